# checks: at interpreter exit, objects with __del__ held in nested containers of __main__ are finalized (order differs between versions)
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Box:
    def __init__(self, inner):
        self.inner = inner

table = {"x": [V("x0"), V("x1")], "y": (V("y0"),)}
nested = [[V("n0")], [V("n1"), [V("n2")]]]
boxed = Box(Box(V("b")))
loose = V("loose")
early = V("early")
del early
print("end")
