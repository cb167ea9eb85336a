import gc
class Node:
    pass
gc.collect()
kept = []
for i in range(3):
    a = Node()
    a.me = a
del a
print(gc.collect())
