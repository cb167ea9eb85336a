# checks: tuple/list unpacking, starred targets, nested unpacking, swap, * and ** in calls and literals
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *empty = [1]
print(x, empty)
(p, q), r = (1, 2), 3
print(p, q, r)
for name, (lo, hi) in [("a", (1, 2)), ("b", (3, 4))]:
    print(name, lo + hi)
merged = [*range(3), *"ab", *(9,)]
print(merged)
d1, d2 = {"x": 1}, {"y": 2, "x": 5}
print({**d1, **d2}, {*[1, 2], *[2, 3]})
print(*[1, 2, 3], sep="-")
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
