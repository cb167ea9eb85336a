# checks: an object referenced from an instance attribute vs a __slots__ slot
import sys

class Plain:
    def __init__(self, v):
        self.v = v

class Slotted:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v

payload = [1, 2, 3]
print("alone      :", sys.getrefcount(payload))
p = Plain(payload)
print("Plain.v    :", sys.getrefcount(payload))
s = Slotted(payload)
print("+Slotted.v :", sys.getrefcount(payload))
del p
print("-Plain     :", sys.getrefcount(payload))
s.v = None
print("-slot      :", sys.getrefcount(payload))
print("has __dict__:", hasattr(Plain(0), "__dict__"), hasattr(s, "__dict__"))
