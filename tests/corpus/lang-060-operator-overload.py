# checks: arithmetic/comparison dunders (__add__, __sub__, __mul__, __rmul__, __neg__, __abs__, __lt__, __bool__)
import math
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, -a, abs(a))
print(a == Vec(3, 4), a < b, a > b, sorted([a, b, Vec(0, 1)]))
print(bool(Vec(0, 0)), bool(b), sum([a, b], Vec(0, 0)))
a += b
print(a, max([a, b]), a != b)
