# checks: getsizeof(obj.__dict__) for instance dicts (key-sharing / inline values)
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print("instance         :", sys.getsizeof(p))
print("instance __dict__:", sys.getsizeof(p.__dict__))
print("plain dict, same :", sys.getsizeof({"x": 1, "y": 2}))
p.z = 3
print("after adding z   :", sys.getsizeof(p.__dict__))
q = Point(3, 4)
q.extra1 = 1
q.extra2 = 2
q.extra3 = 3
print("with 5 attrs     :", sys.getsizeof(q.__dict__))
print("keys:", list(q.__dict__))
