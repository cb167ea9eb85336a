# checks: after gc.collect() both counts restart at 0, so a few allocations cannot start a collection: the reference a garbage cycle holds is still counted, and gc.collect() then drops it
import gc, sys

class Node:
    pass

gc.collect()
x = Node()
box = [x]
box.append(box)
del box
keep = []
for i in range(100):
    keep.append(Node())
print(sys.getrefcount(x))
print(gc.collect())
print(sys.getrefcount(x))
