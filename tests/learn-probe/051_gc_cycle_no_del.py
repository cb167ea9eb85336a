import gc
import weakref

class Node:
    pass

a = Node()
b = Node()
a.peer = b
b.peer = a
wa = weakref.ref(a)
del a, b
print("alive before collect:", wa() is not None)
gc.collect()
print("alive after collect:", wa() is not None)
