import sys
obj = object()
print(sys.getrefcount(obj))
d = {"k": obj}
print(sys.getrefcount(obj))
d["k2"] = obj
print(sys.getrefcount(obj))
d.clear()
print(sys.getrefcount(obj))
