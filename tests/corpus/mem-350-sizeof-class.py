# checks: sys.getsizeof of a class: PyHeapTypeObject plus the 768-byte shared keys its instances' dicts use (none with __slots__ or over Exception); a class's methods do not count
import sys

class Empty:
    pass

class Slotted:
    __slots__ = ('x', 'y')

class Busy:
    def a(self): pass
    def b(self): pass
    def c(self): pass
    def d(self): pass

class Child(Empty):
    pass

class Oops(Exception):
    pass

print(sys.getsizeof(Empty), sys.getsizeof(Slotted))
print(sys.getsizeof(Busy) == sys.getsizeof(Empty), sys.getsizeof(Child))
print(sys.getsizeof(Oops))
e = Empty()
e.x = 1
print(sys.getsizeof(Empty))
