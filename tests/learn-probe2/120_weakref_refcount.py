import sys
import weakref

class Data:
    pass

d = Data()
print(sys.getrefcount(d))
r = weakref.ref(d)
print(sys.getrefcount(d), weakref.getweakrefcount(d))
strong = [d, d]
print(sys.getrefcount(d))
print(r() is d)
del strong
d2 = r()
print(sys.getrefcount(d))
del d, d2
print(r())
