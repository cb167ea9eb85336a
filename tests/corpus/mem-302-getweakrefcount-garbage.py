# checks: weakref.getweakrefcount() of an object whose weak reference sits in a garbage cycle, after allocations where CPython's automatic collection may have run (refused, not guessed)
import weakref

class Node:
    pass

x = Node()
holder = Node()
holder.me = holder
holder.r = weakref.ref(x)
print(weakref.getweakrefcount(x))
del holder
keep = []
for i in range(1900):
    keep.append(Node())
print(len(keep))
print(weakref.getweakrefcount(x))
