# checks: on 3.11 sum() over a list makes a list iterator, a counted allocation that can start a collection: a weakref read after it is refused, not answered from before
import gc
import weakref

class Node:
    pass

scores = [3, 5, 8]
keep = []
for i in range(428):
    keep.append(Node())
a = Node()
a.me = a
r = weakref.ref(a)
del a
total = sum(scores)
print(r() is None)
print(total)
