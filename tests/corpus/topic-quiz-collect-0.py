import gc
class Node:
    pass
gc.collect()
kept = []
for i in range(1):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
del a, b
print(gc.collect())
