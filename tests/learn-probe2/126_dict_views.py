d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
d["d"] = 4
print(k, len(v))
print(k & {"a", "z"}, k - {"a"}, "a" in k, ("a", 1) in i)
print(list(reversed(d)), list(reversed(d.items())))
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("e", 5), d.setdefault("b", 99), d)
print(d.popitem(), d)
print(list(d.items())[0], sorted(d.values(), reverse=True))
