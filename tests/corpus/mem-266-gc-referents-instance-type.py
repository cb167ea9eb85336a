# checks: gc.get_referents of an instance of a class lists its attribute values (or its __dict__ once made), its __slots__, and then its class (subtype_traverse visits the heap type last)
import gc
class Player:
    pass
class Pos:
    __slots__ = ("x", "y")
p = Player()
print([type(r).__name__ for r in gc.get_referents(p)])
p.name = "ada"
p.items = ["sword"]
print([type(r).__name__ for r in gc.get_referents(p)])
print(Player in gc.get_referents(p))
pos = Pos()
pos.x = [0]
pos.y = {"z": 1}
print([type(r).__name__ for r in gc.get_referents(pos)])
d = p.__dict__
print([type(r).__name__ for r in gc.get_referents(p)])
print([type(r).__name__ for r in gc.get_referents([p, pos])])
