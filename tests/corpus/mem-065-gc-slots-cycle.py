# checks: a cycle of __slots__ instances (no __dict__) and what gc.collect() counts
import gc

gc.disable()
gc.collect()

class Link:
    __slots__ = ("next", "label")
    def __init__(self, label):
        self.label = label
        self.next = None

a, b = Link("a"), Link("b")
a.next, b.next = b, a
del a, b
print("slots two-cycle:", gc.collect())
c = Link("c")
c.next = c
del c
print("slots self-loop:", gc.collect())
