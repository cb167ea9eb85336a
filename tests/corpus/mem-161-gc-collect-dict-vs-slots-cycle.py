# checks: gc.collect() counts for cycles of instances with __dict__ vs __slots__, and of a self-referencing dict
import gc

gc.disable()
gc.collect()

class WithDict:
    pass

class WithSlots:
    __slots__ = ("other",)

a, b = WithDict(), WithDict()
a.other, b.other = b, a
del a, b
print("two __dict__ instances:", gc.collect())

a, b = WithSlots(), WithSlots()
a.other, b.other = b, a
del a, b
print("two __slots__ instances:", gc.collect())

d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())

x = WithDict()
x.me = x
del x
print("instance pointing to itself:", gc.collect())

chain = [WithDict() for _ in range(3)]
for i in range(3):
    chain[i].next = chain[(i + 1) % 3]
del chain
print("ring of three:", gc.collect())
