# checks: references a set or a list method holds while __eq__ runs (setobject.c Py_INCREF(startkey) and the added key's pre-increment; listobject.c list_index/count/remove; 3.14 BUILD_SET steals)
import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return self.n == o.n
a, b, c = K(1), K(2), K(1)
s = {a, b}
print(c in s)
f = frozenset([a, b])
print(c in f)
s.add(c)
s.discard(K(2))
t = {k for k in [b, c]}
l = [b, a]
print(l.index(c), l.count(c))
l.remove(c)
print(len(s), len(t), len(l))
