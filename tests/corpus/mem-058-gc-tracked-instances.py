# checks: gc.is_tracked for lists, instances, slotted instances and instance __dict__
import gc

gc.disable()

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

class NoSlots:
    __slots__ = ()

print("list of ints   :", gc.is_tracked([1, 2, 3]))
print("plain instance :", gc.is_tracked(Plain()))
print("slotted        :", gc.is_tracked(Slotted()))
print("empty __slots__:", gc.is_tracked(NoSlots()))
p = Plain()
p.x = 1
print("instance dict  :", gc.is_tracked(p.__dict__))
p.y = [1]
print("dict with list :", gc.is_tracked(p.__dict__))
print("generator      :", gc.is_tracked(x for x in []))
print("frozenset      :", gc.is_tracked(frozenset([1, 2])))
