from collections import defaultdict

words = ["apple", "bat", "bar", "atom", "cat", "ant"]
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(dict(groups))
print(groups["z"])
print(len(groups), "z" in groups)
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print(dict(graph))
