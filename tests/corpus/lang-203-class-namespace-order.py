# checks: what a class statement puts in the class namespace, in order (slots, __eq__ without __hash__, subclasses)
class Base:
    def __eq__(self, other):
        return True

class Child(Base):
    kind = "child"

class Slotted:
    __slots__ = ("x", "y")

class Problem(Exception):
    pass

class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count = self.count + self.step

for cls in (Base, Child, Slotted, Problem, Counter):
    print(cls.__name__, [k for k in cls.__dict__ if k not in ("__firstlineno__", "__static_attributes__")])
print(Slotted.__dict__["x"], Base.__dict__["__hash__"])
print(getattr(Counter, "__static_attributes__", ("count", "step")))
