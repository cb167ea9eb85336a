import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
s = S(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(s))
print(hasattr(p, "__dict__"), hasattr(s, "__dict__"))
