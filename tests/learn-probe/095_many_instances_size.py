import sys

class P:
    def __init__(self, x):
        self.x = x

class SP:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

plain = [P(i) for i in range(100)]
slotted = [SP(i) for i in range(100)]
print("plain total:", sum(sys.getsizeof(p) + sys.getsizeof(p.__dict__) for p in plain))
print("slotted total:", sum(sys.getsizeof(s) for s in slotted))
