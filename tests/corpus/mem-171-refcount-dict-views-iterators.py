# checks: sys.getrefcount of a dict and its values while views, iterators and items() tuples exist
import sys

class Val:
    pass

v = Val()
d = {"a": v, "b": 1}
print("dict alone     :", sys.getrefcount(d))
ks = d.keys()
print("with keys view :", sys.getrefcount(d))
it = iter(d)
print("with iterator  :", sys.getrefcount(d))
vals = d.values()
print("with values    :", sys.getrefcount(d))
del ks, it, vals
print("views dropped  :", sys.getrefcount(d))
print("value v        :", sys.getrefcount(v))
pairs = list(d.items())
print("in items list  :", sys.getrefcount(v))
del pairs
print("list dropped   :", sys.getrefcount(v))
for key, value in d.items():
    if key == "a":
        print("loop binding   :", sys.getrefcount(v))
del key, value
print("after loop     :", sys.getrefcount(v))
copy = dict(d)
print("dict copy      :", sys.getrefcount(v))
