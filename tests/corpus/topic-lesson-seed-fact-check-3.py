import gc
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print(gc.collect() > 0)
