import weakref, gc

class Res:
    def __init__(self, name):
        self.name = name

def gone(ref):
    print("callback: a resource is gone")

r1 = Res("a")
w1 = weakref.ref(r1, gone)
w2 = weakref.ref(r1)
print(w1() is r1, w1 is w2, weakref.getweakrefcount(r1))
del r1
print(w1(), w2())
r2 = Res("b")
p = weakref.proxy(r2)
print(p.name)
del r2
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
