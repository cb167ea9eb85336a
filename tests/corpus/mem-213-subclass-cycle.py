# checks: a list or dict subclass instance with attributes in a reference cycle is found by the collector (its items and its __dict__ are both traversed)
import gc
class L(list):
    pass
gc.collect()
l = L()
l.x = 1
l.append(l)
del l
print(gc.collect())
class D(dict):
    pass
d = D()
d.y = 2
d["k"] = d
del d
print(gc.collect())
