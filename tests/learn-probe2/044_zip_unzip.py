pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
keys = ["x", "y"]
vals = [10, 20]
d = dict(zip(keys, vals))
print(d)
z = zip(keys, vals)
print(list(z))
print(list(z))
