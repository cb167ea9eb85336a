# checks: __slots__ prevents new attributes and __dict__, slots with inheritance, unset slot AttributeError
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(10, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Half:
    __slots__ = ("a", "b")
h = Half()
h.a = 1
try:
    print(h.b)
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
r = Loose(0, 0)
r.color = "red"
print(r.color, vars(r), hasattr(Point(0, 0), "color"))
