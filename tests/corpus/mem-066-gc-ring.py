# checks: gc.collect() count for rings of N instances and N lists
import gc

gc.disable()
gc.collect()

class Node:
    pass

for n in [1, 2, 5, 10, 100]:
    nodes = [Node() for _ in range(n)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % n]
    del nodes, node
    print(f"ring of {n:3d} instances -> collected {gc.collect()}")
for n in [1, 10]:
    lists = [[] for _ in range(n)]
    for i in range(n):
        lists[i].append(lists[(i + 1) % n])
    del lists
    print(f"ring of {n:3d} lists     -> collected {gc.collect()}")
