# checks: a class is in a reference cycle with itself (its __mro__ holds it), so only the cycle collector frees it
import gc
import weakref

def make_point_class():
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y
    return Point

Point = make_point_class()
p = Point(1, 2)
alive = weakref.ref(Point)
print("class alive:", alive() is Point)
del p, Point
print("after del, still alive:", alive() is not None)
found = gc.collect()
print("gc found objects:", found > 0)
print("after gc, alive:", alive() is not None)
