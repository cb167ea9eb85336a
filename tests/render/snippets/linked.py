class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt

nodes = []
prev = None
for i in range(8):
    prev = Node("n%d" % i, prev)
    nodes.append(prev)
index = {n.name: n for n in nodes}
pairs = [(i, i * 2) for i in range(5)]
print(len(index), pairs[-1])
