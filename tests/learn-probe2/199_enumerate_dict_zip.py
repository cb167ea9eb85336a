prices = {"apple": 1.0, "kiwi": 0.5, "melon": 3.0}
for i, (fruit, price) in enumerate(prices.items(), start=1):
    print(f"{i}. {fruit:<6} ${price:>5.2f}")
names = list(prices)
print(dict(zip(names, range(len(names)))), list(zip(*prices.items())))
total = sum(p for p in prices.values())
print(f"total ${total:.2f}", max(prices.items(), key=lambda kv: kv[1]))
print({v: k for k, v in enumerate(names)}, list(reversed(list(prices.items()))))
