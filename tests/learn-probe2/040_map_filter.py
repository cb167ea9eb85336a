nums = ["1", "2", "3", "10"]
ints = list(map(int, nums))
print(ints)
print(list(map(lambda x: x * 2, ints)))
print(list(filter(lambda x: x > 2, ints)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(pow, [2, 3], [3, 2])))
m = map(str.upper, ["a", "b"])
print(m.__class__.__name__, list(m), list(m))
