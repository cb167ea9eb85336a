import gc
class Node:
    pass
gc.collect()
kept = []
for i in range(2):
    a = Node()
    a.me = a
del a
print(gc.collect())
