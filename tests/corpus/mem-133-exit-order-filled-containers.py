# checks: at interpreter exit, __del__ objects added to a list or dict after it was created (3.11 and 3.14 differ)
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

objs = [V(i) for i in range(3)]
d = {}
d["a"] = V("a")
d["b"] = V("b")
d["c"] = V("c")
print("end")
