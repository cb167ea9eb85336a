# checks: sys.getrefcount() of an object a garbage cycle also holds, after allocations where CPython's automatic collection may have run: that reference may already be gone (refused, not guessed)
import sys

class Node:
    pass

x = Node()
print(sys.getrefcount(x))
box = [x]
box.append(box)
print(sys.getrefcount(x))
del box
keep = []
for i in range(100):
    keep.append(Node())
print(len(keep))
print(sys.getrefcount(x))
