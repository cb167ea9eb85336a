# checks: order of __del__ and weakref callbacks when the referent dies
import weakref

class Watched:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cb1(ref):
    print("callback 1, ref() is", ref())

def cb2(ref):
    print("callback 2")

w = Watched("w")
r1 = weakref.ref(w, cb1)
r2 = weakref.ref(w, cb2)
print("deleting")
del w
print("after del")
