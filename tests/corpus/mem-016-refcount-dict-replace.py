# checks: overwriting a dict value releases the old value's reference
import sys

class Val:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("drop Val", self.n)

v1 = Val(1)
d = {"slot": v1}
print("v1 in dict:", sys.getrefcount(v1))
d["slot"] = Val(2)
print("v1 replaced:", sys.getrefcount(v1))
del v1
print("now overwrite slot again")
d["slot"] = None
print("pop missing default:", d.pop("nope", "default"))
print("done")
