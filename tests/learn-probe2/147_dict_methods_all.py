d = {"a": 1}
d.update([("b", 2), ("c", 3)])
d.update(d=4)
print(d)
print(d.get("z"), d.get("z", 0), d.setdefault("e", []), d)
d["e"].append(1)
print(d.pop("e"), d.popitem(), d)
print(list(d), list(d.values()), list(d.items()))
print(d.copy() == d, d.copy() is d)
print({1: "a", True: "b", 1.0: "c"})
print(dict([("x", 1), ("y", 2)]), dict(x=1, y=2), dict({"z": 0}, w=1))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(len({}), {} == dict(), bool({}))
