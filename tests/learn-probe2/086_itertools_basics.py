import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
colors = itertools.cycle("RGB")
print([next(colors) for _ in range(5)])
print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.repeat("x", 3)))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
