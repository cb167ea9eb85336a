import sys
item = object()
base = sys.getrefcount(item)
holders = [item, item, item]
print(sys.getrefcount(item) - base)
d = {"a": item, "b": item}
print(sys.getrefcount(item) - base)
t = (item,)
print(sys.getrefcount(item) - base)
del holders
print(sys.getrefcount(item) - base)
d.clear()
print(sys.getrefcount(item) - base)
