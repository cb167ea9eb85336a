import sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
t = (1, 2)
print(sys.getsizeof(p) == sys.getsizeof(t), p == t, isinstance(p, tuple))
print(p._fields, p._asdict(), Point._make([3, 4]), p._replace(y=5))
x, y = p
print(x, y, p[0], p.x, hash(p) == hash(t))
try:
    Point(1)
except TypeError as e:
    print(e)
print(Point.__name__, Point.x, type(p).__mro__[1])
