data = [("apple", 3, 1.5), ("banana", 1, 0.25), ("cherry", 2, 3.0), ("date", 3, 0.75)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: (t[1], -t[2])))
print(max(data, key=lambda t: t[2])[0], min(data, key=lambda t: len(t[0]))[0])
print(list(map(lambda t: t[0].upper(), data)))
print(list(filter(lambda t: t[1] > 1, data)))
f = lambda x, y=2: x ** y
print(f(3), f(2, 10), (lambda: "hi")(), f.__name__)
print(sorted(["b10", "a2", "b2", "a10"], key=lambda s: (s[0], int(s[1:]))))
