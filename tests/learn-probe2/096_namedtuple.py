from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1])
x, y = p
print(x + y)
print(p._asdict())
q = p._replace(x=10)
print(q, p)
print(Point._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
Person = namedtuple("Person", "name age", defaults=[0])
print(Person("Ann"))
