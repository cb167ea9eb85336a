# checks: a cycle still reachable from a live object is not collected
import gc
import weakref

gc.disable()
gc.collect()

class Node:
    pass

a, b = Node(), Node()
a.peer, b.peer = b, a
keeper = [a]
watch = weakref.ref(b)
del a, b
print("collected while reachable:", gc.collect())
print("b alive:", watch() is not None)
keeper.clear()
print("collected after clear:", gc.collect())
print("b alive:", watch() is not None)
