data = [(("Ann", "Lee"), 25), (("Bob", "Ray"), 30)]
for (first, last), age in data:
    print(f"{last}, {first}: {age}")
points = {"a": (1, 2), "b": (3, 4)}
for name, (x, y) in points.items():
    print(name, x + y)
[a, b], c = [1, 2], 3
print(a, b, c)
(p, *q), r = "xyz", 0
print(p, q, r)
