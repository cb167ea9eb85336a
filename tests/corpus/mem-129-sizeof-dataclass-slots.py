# checks: a dataclass with slots=True is smaller and has no __dict__
import sys
from dataclasses import dataclass

@dataclass
class Regular:
    x: int
    y: int

@dataclass(slots=True)
class Slotted:
    x: int
    y: int

r, s = Regular(1, 2), Slotted(1, 2)
print("Regular :", sys.getsizeof(r), "has __dict__:", hasattr(r, "__dict__"))
print("Slotted :", sys.getsizeof(s), "has __dict__:", hasattr(s, "__dict__"))
print("Regular __dict__ size:", sys.getsizeof(r.__dict__))
print("slots:", Slotted.__slots__)
print("equal values:", (r.x, r.y) == (s.x, s.y))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
