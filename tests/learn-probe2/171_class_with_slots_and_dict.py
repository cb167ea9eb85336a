import sys
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"

ps = [P(i, i * 2) for i in range(3)]
print(ps, sys.getsizeof(ps[0]))
try:
    ps[0].z = 1
except AttributeError as e:
    print(e)
print(P.__slots__, hasattr(ps[0], "__dict__"), P.x)
del ps[0].x
try:
    print(ps[0].x)
except AttributeError as e:
    print(e)
