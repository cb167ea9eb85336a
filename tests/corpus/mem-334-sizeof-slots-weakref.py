# checks: sys.getsizeof of instances of classes mixing __slots__, __dict__ and __weakref__: 3.11 keeps __weakref__ as a pointer in the object, 3.12+ keeps it with __dict__ in a pre-header
import sys
class Point:
    __slots__ = ("x", "y")
class Loose(Point):
    pass
class Plain:
    pass
class Narrow(Plain):
    __slots__ = ("x",)
class Both:
    __slots__ = ("__dict__", "__weakref__")
class WeakOnly:
    __slots__ = ("x", "__weakref__")
class WeakDict(WeakOnly):
    pass
objs = [cls() for cls in [Point, Loose, Plain, Narrow, Both, WeakOnly, WeakDict]]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
