# checks: a weakref to a member of a cycle becomes dead only after gc.collect(); its callback fires then
import gc
import weakref

gc.disable()
gc.collect()

class Node:
    pass

a, b = Node(), Node()
a.other, b.other = b, a
r = weakref.ref(a, lambda ref: print("callback: a is gone"))
del a, b
print("after del, alive:", r() is not None)
print("collecting")
gc.collect()
print("after collect, alive:", r() is not None)
