# checks: repr with mutual references between lists/dicts and a custom object whose __repr__ shows a container
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __repr__(self):
        return f"Node({self.name!r}, links={[n.name for n in self.links]})"
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
print(a, b, [a, b])
graph = {"a": [], "b": []}
graph["a"].append(graph["b"])
graph["b"].append(graph["a"])
print(graph)
ring = [0]
cur = ring
for i in range(1, 4):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(ring)
print(ring)
shared = ["s"]
print([shared, shared, (shared,)])
box = {"list": [1]}
box["list"].append(box["list"])
box["again"] = box["list"]
print(box)
