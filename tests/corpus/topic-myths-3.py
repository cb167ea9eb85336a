import gc
import weakref
gc.disable()  # only the gc.collect() below runs
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
watch = weakref.ref(a)
del a, b
print(watch() is None)
gc.collect()
print(watch() is None)
