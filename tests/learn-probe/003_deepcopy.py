import copy
data = {"name": "x", "tags": ["a", "b"]}
c1 = copy.copy(data)
c2 = copy.deepcopy(data)
data["tags"].append("c")
print("copy tags:", c1["tags"])
print("deepcopy tags:", c2["tags"])
print(c1["tags"] is data["tags"], c2["tags"] is data["tags"])
