# checks: a set of objects hashed by identity is ordered by their addresses: sorted(), set(), any()/all() and WeakSet's set operations answer, printing the items in the set's own order is refused
import weakref
class V:
    def __init__(self, n):
        self.n = n
vs = [V(i) for i in range(5)]
s = set(vs)
print(len(s), sorted(v.n for v in s), any(v.n == 3 for v in s), all(v.n < 9 for v in s), len(set(s) | set(vs[:2])))
ws = weakref.WeakSet(vs)
ws2 = weakref.WeakSet(vs[:2])
print(len(ws | ws2), len(ws & ws2), len(ws - ws2), ws2 <= ws, ws == weakref.WeakSet(vs), sorted(x.n for x in ws))
fs = frozenset(v for v in s)
print(len(fs), vs[0] in fs)
if True:
    for v in ws:
        print(v.n)
