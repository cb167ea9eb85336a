d = {"a": 1, "b": 2}
keys = d.keys()
print(keys)
d["c"] = 3
print(keys)
print(len(keys))
vals = list(d.values())
d["a"] = 100
print(vals)
