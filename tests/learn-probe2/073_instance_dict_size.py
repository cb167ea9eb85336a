import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
s = SlotPoint(1, 2)
print(p.__dict__)
print(hasattr(s, "__dict__"))
print(sys.getsizeof(p), sys.getsizeof(s))
print(sys.getsizeof(p) + sys.getsizeof(p.__dict__) > sys.getsizeof(s))
