# checks: gc.is_tracked of dicts as container values come and go, and of instance __dict__s
import gc

gc.disable()
d = {}
print("empty          :", gc.is_tracked(d))
d["n"] = 1
d["s"] = "text"
print("atoms          :", gc.is_tracked(d))
d["t"] = (1, 2)
print("tuple value    :", gc.is_tracked(d))
e = dict.fromkeys(["a", "b"], 0)
print("fromkeys atoms :", gc.is_tracked(e))
e.setdefault("c", [])
print("setdefault list:", gc.is_tracked(e))
f = {"x": 1}
f.update({"y": {}})
print("update with {} :", gc.is_tracked(f))
g = {"x": 1}.copy()
print("copy of atoms  :", gc.is_tracked(g))

class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

p = Point()
print("instance       :", gc.is_tracked(p))
print("its __dict__   :", gc.is_tracked(p.__dict__))
