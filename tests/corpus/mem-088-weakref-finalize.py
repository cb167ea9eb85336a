# checks: weakref.finalize runs its callback once when the object is freed
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name

def cleanup(name):
    print("cleanup", name)

f = TempFile("a.tmp")
fin = weakref.finalize(f, cleanup, "a.tmp")
print("alive:", fin.alive)
del f
print("alive after del:", fin.alive)
g = TempFile("b.tmp")
fin2 = weakref.finalize(g, cleanup, "b.tmp")
print("call early returns:", fin2())
print("second call returns:", fin2())
del g
print("end")
