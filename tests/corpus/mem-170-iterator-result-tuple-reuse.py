# checks: dict.items() iterators, enumerate and zip keep their last result tuple (reused when unshared), which holds the items
import sys
class V: pass
v = V()
d = {"a": v}
for k, val in d.items():
    print("items unpack:", sys.getrefcount(v))
del k, val
print("after loop:", sys.getrefcount(v))
lst = [v]
for i, x in enumerate(lst):
    print("enumerate:", sys.getrefcount(v))
del i, x
for a, b in zip(lst, lst):
    print("zip:", sys.getrefcount(v))
del a, b
print("after loops:", sys.getrefcount(v))
it = iter(d.items())
k, val = next(it)
print("manual next:", sys.getrefcount(v))
del it
print("iterator gone:", sys.getrefcount(v))
