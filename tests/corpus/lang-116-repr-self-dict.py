# checks: recursive repr of a dict containing itself ({...}), dict<->list cycles, dict views repr
d = {"name": "root"}
d["self"] = d
print(d)
print(repr(d) == str(d), d["self"]["self"]["name"])
config = {"children": []}
config["children"].append(config)
config["children"].append({"parent": config, "id": 2})
print(config)
a = {}
b = {"a": a}
a["b"] = b
print(a)
print(b)
print(d.keys(), d.items())
print(list(d.values()))
mixed = [d, {1: [2, {3: "x"}]}]
print(mixed)
