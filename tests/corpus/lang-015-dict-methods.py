# checks: dict insertion order, get/setdefault/pop/popitem/items/keys/values/update, | merge, KeyError uncaught
stock = {"apple": 3, "banana": 0}
stock["cherry"] = 12
stock["apple"] += 2
print(stock)
print(stock.get("kiwi"), stock.get("kiwi", 0), stock.get("apple"))
print(stock.setdefault("kiwi", 7), stock.setdefault("apple", 99))
print(stock)
print(stock.pop("banana"), stock.pop("nope", "gone"))
stock.update({"apple": 1, "date": 4}, fig=2)
print(stock)
for k, v in stock.items():
    print(f"{k:>8}: {v}")
print(list(stock.keys()), list(stock.values()))
print(stock.popitem(), len(stock))
del stock["kiwi"]
stock["kiwi"] = 0
print(stock, {"x": 1} | {"y": 2, "x": 3})
print(dict(zip("abc", range(3))), dict.fromkeys([1, 2], "?"))
print(stock["mango"])
