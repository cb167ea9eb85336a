# checks: enumerate with start, zip of unequal lengths, zip(*...) unzip, dict(zip()), zip strict mode error
names = ["ann", "bob", "cy"]
scores = [88, 92, 75, 100]
for i, name in enumerate(names):
    print(i, name)
for rank, name in enumerate(names, start=1):
    print(f"#{rank} {name}")
print(list(zip(names, scores)))
print(list(zip(names, scores, "xyz!")), list(zip()))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(names, scores)))
print(list(enumerate("hey", 10)))
for (i, n), s in zip(enumerate(names), scores):
    print(i, n, s)
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
