names = ["ann", "bob", "cy"]
lengths = {n: len(n) for n in names}
print(lengths)
squares = {x: x ** 2 for x in range(6) if x % 2}
print(squares)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
prices = {"apple": 1.2, "pear": 0.8, "kiwi": 2.5}
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap)
print({k.upper(): round(v * 1.1, 2) for k, v in prices.items()})
