import gc
class Node:
    pass
gc.collect()
kept = []
for i in range(2):
    a = Node()
    a.me = a
    if i == 0:
        kept.append(a)
del a
print(gc.collect())
