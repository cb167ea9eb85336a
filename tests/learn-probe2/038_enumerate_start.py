fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for n, f in enumerate(fruits, start=1):
    print(f"{n}. {f}")
print(list(enumerate("abc", 10)))
e = enumerate(fruits)
print(next(e))
print(next(e))
print(dict(enumerate(fruits)))
