# checks: at interpreter exit, __del__ objects held by containers built by a display run in each container's dealloc order
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

objs = [V(0), V(1), V(2)]
d = {"a": V("a"), "b": V("b")}
t = (V("t0"), V("t1"))
single = V("single")
print("end")
