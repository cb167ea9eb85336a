import itertools
nums = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(nums), 0)))
print(list(enumerate(["a", "b"], 1)), list(zip(itertools.count(), "xy")))
pairs = list(itertools.pairwise([1, 4, 9, 16]))
print(pairs, [b - a for a, b in pairs])
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched")
