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
print("regular:", sys.getsizeof(p))
print("slots:", sys.getsizeof(s))
print("has dict:", hasattr(p, "__dict__"), hasattr(s, "__dict__"))
