class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
p = Point(1, 2)
try:
    p.z
except AttributeError as e:
    print(e)
try:
    p.move()
except AttributeError as e:
    print(e)
try:
    Point.x
except AttributeError as e:
    print(e)
try:
    p < p
except TypeError as e:
    print(e)
try:
    p + 1
except TypeError as e:
    print(e)
try:
    len(p)
except TypeError as e:
    print(e)
try:
    for _ in p:
        pass
except TypeError as e:
    print(e)
try:
    p[0]
except TypeError as e:
    print(e)
