# checks: weakref.finalize callbacks for objects alive at exit run at interpreter shutdown
import weakref

class Conn:
    pass

def closing(name):
    print("closing", name)

c1 = Conn()
c2 = Conn()
c3 = Conn()
f1 = weakref.finalize(c1, closing, "c1")
f2 = weakref.finalize(c2, closing, "c2")
f3 = weakref.finalize(c3, closing, "c3 (atexit disabled)")
f3.atexit = False
print("atexit flags:", f1.atexit, f2.atexit, f3.atexit)
print("end of script")
