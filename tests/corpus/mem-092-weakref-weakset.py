# checks: WeakSet length follows the lifetime of its members
import weakref

class Listener:
    def __init__(self, n):
        self.n = n

listeners = weakref.WeakSet()
keep = [Listener(i) for i in range(5)]
for l in keep:
    listeners.add(l)
del l
print("len:", len(listeners))
keep.pop()
keep.pop()
print("after 2 pops:", len(listeners))
print("members:", sorted(x.n for x in listeners))
temp = Listener(99)
listeners.add(temp)
print("with temp:", len(listeners))
temp = None
keep.clear()
print("after clear:", len(listeners))
