print(sum([]), sum([], 10), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)))
print(max([3, 1, 2]), max("abc"), max([1, 2], [1, 3]), min((4, "d"), (4, "c")))
print(max([], default=None), min([5], default=0), max(1, 2, key=lambda x: -x))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), sorted({}, reverse=True), sorted(()))
