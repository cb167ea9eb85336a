# checks: order of weakref callbacks and __del__ for a cycle collected by gc vs freed by refcount
import gc
import weakref

gc.disable()
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

print("refcount death:")
solo = Obj("solo")
r1 = weakref.ref(solo, lambda r: print("  callback solo"))
del solo
print("cycle death:")
a, b = Obj("a"), Obj("b")
a.b, b.a = b, a
r2 = weakref.ref(a, lambda r: print("  callback a"))
del a, b
gc.collect()
print("end")
