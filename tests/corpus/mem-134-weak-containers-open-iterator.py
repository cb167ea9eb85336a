# checks: weak containers while an iterator over them is open (3.11 delays removals with _IterationGuard; 3.12+ iterates over a copy)
import weakref

class V:
    def __init__(self, n):
        self.n = n

vals = {i: V(i) for i in range(5)}
d = weakref.WeakValueDictionary(vals)
it = d.items()
k, v = next(it)
del vals[3]
print("len(d), len(d.data):", len(d), len(d.data))
try:
    rest = sorted(k for k, _ in it)
    print("rest:", rest)
except RuntimeError as e:
    print("RuntimeError:", e)
print("after:", len(d), len(d.data))
del v, it

ws = weakref.WeakSet(vals.values())
g = iter(ws)
first = next(g)
vals.clear()
print("set while iterating:", len(ws), len(ws.data))
del g
print("iterator closed:", len(ws), len(ws.data))
del first
print("first dropped:", len(ws))

wk = weakref.WeakKeyDictionary()
a, b = V(1), V(2)
wk[a] = 1
wk[b] = 2
keys = wk.keys()
x = next(keys)
del a, b
print("keys while iterating:", len(wk), len(wk.data))
del keys, x
print("iterator closed:", len(wk), len(wk.data))
