# checks: weakref callbacks fire immediately on refcount death, but only at gc.collect() for a cycle
import gc
import weakref

gc.disable()
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name

def cb(label):
    def callback(ref):
        print("  callback", label, "ref() ->", ref())
    return callback

a = Obj("a")
ra = weakref.ref(a, cb("a"))
print("del a")
del a
print("after del a")

b = Obj("b")
c = Obj("c")
b.peer, c.peer = c, b
rb = weakref.ref(b, cb("b"))
rc = weakref.ref(c, cb("c"))
print("del b, c")
del b, c
print("after del b, c:", rb() is not None, rc() is not None)
n = gc.collect()
print("collected", n)
print("dead now:", rb() is None, rc() is None)

d = Obj("d")
rd = weakref.ref(d, cb("d"))
del rd
print("del d (ref already gone)")
del d
print("end")
