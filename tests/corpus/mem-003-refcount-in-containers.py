# checks: putting an object in a list, dict (as value and key) and tuple adds references
import sys

class Box:
    pass

b = Box()
print("start       :", sys.getrefcount(b))
lst = [b]
print("in list     :", sys.getrefcount(b))
d = {"k": b}
print("dict value  :", sys.getrefcount(b))
d2 = {b: 1}
print("dict key    :", sys.getrefcount(b))
tup = (b, b)
print("tuple twice :", sys.getrefcount(b))
lst.append(b)
print("list twice  :", sys.getrefcount(b))
lst.clear()
print("list cleared:", sys.getrefcount(b))
del d, d2, tup
print("all gone    :", sys.getrefcount(b))
