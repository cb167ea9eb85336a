# checks: sys.getrefcount() of an object a garbage cycle held, once heapsnake's own automatic collection freed that cycle: CPython's collection may not have run yet (refused, not guessed)
import sys

class Node:
    pass

keep = []
for i in range(660):
    keep.append(Node())
x = Node()
box = [x]
box.append(box)
del box
for i in range(100):
    keep.append(Node())
print(len(keep))
print(sys.getrefcount(x))
