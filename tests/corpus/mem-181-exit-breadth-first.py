# checks: at exit 3.14 finalizes __main__'s objects breadth first from its globals, 3.11 in the collector's list order
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Box:
    def __init__(self, inner):
        self.inner = inner

deep = [[[V("three levels")]], V("one level")]
made = [V(i) for i in range(3)]
shown = [V("a"), V("b")]
filled = {}
filled["x"] = V("x")
filled["y"] = V("y")
chain = Box(Box(V("in a box in a box")))
last = V("last global")
print("end")
