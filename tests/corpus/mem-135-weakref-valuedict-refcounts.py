# checks: what a WeakValueDictionary holds: the key strongly (twice: dict key and KeyedRef.key), the value only weakly
import weakref, sys

class V:
    pass

d = weakref.WeakValueDictionary()
v = V()
key = "k" + str(1)
d[key] = v
print("value refcount:", sys.getrefcount(v))
print("dict refcount:", sys.getrefcount(d))
print("key refcount:", sys.getrefcount(key))
wr = d.data[key]
print("entry type:", type(wr).__name__, "size:", sys.getsizeof(wr), "key:", wr.key is key)
print("KeyedRef refcount:", sys.getrefcount(wr))
del wr
del v
print("after del v:", len(d), key in d, d.get(key, "gone"))
print("key refcount now:", sys.getrefcount(key))
x, y = V(), V()
d.update(x=x, y=y)
print(sorted(d.keys()), len(d))
print("pop:", d.pop("x") is x, len(d))
print("setdefault:", d.setdefault("z", x) is x)
print(sorted(d), d == {"y": y, "z": x}, d == {"y": y})
d.clear()
print("cleared:", len(d))
try:
    d["n"] = 5
except TypeError as e:
    print("TypeError:", e)
