# checks: tuple literals incl. single-element, concatenation, count/index, immutability, tuple in list
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, type(single).__name__, type(not_tuple).__name__)
print(t + single, t * 2, len(t), t[-1], t[::-1])
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3))
empty = ()
print(empty, len(empty), tuple("abc"), tuple([1, [2, 3]]))
point = 3, 4
x, y = point
print(x, y, point)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
