# checks: getsizeof of instances of a plain class vs a __slots__ class
import sys

class Plain:
    def __init__(self):
        self.x = 1
        self.y = 2

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2

class Empty:
    __slots__ = ()

p, s = Plain(), Slotted()
print("Plain instance  :", sys.getsizeof(p))
print("Slotted instance:", sys.getsizeof(s))
print("Empty slots     :", sys.getsizeof(Empty()))
print("object()        :", sys.getsizeof(object()))
print("Plain has __dict__:", hasattr(p, "__dict__"))
