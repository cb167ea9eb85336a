# checks: a dict or list lookup holds an extra reference to the stored key while its __eq__ runs (dictobject.c: Py_INCREF(startkey))
import sys
class K:
    def __init__(self, name): self.name = name
    def __hash__(self): return 1
    def __eq__(self, other):
        print(self.name, "==", other.name, sys.getrefcount(self), sys.getrefcount(other))
        return self.name == other.name
a, b, c = K("a"), K("b"), K("a")
d = {a: 1, b: 2}
print(d[c])
print(c in [b, a])
print(a == c)
