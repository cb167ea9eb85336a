# checks: each new instance takes a usable slot of its class's shared keys (while more than one is left);
# a new attribute name with no slot left gives that instance a __dict__ of its own, a counted object
import gc, sys
gc.collect()
class P:
    pass
few = [P() for i in range(3)]
p = P(); q = P()
p.q = q; q.p = p
print("few:", [type(r).__name__ for r in gc.get_referents(q)])
del p, q
print(gc.collect())

class Q:
    pass
many = [Q() for i in range(30)]
a = Q(); b = Q()
a.b = b
print("one new name:", [type(r).__name__ for r in gc.get_referents(a)])
b.a = a
print("no slot left:", [type(r).__name__ for r in gc.get_referents(b)])
b.a2 = 1
print(sorted(vars(b)))
del a, b
print(gc.collect())
many[0].x = 1
many[1].x = 2
print([type(r).__name__ for r in gc.get_referents(many[0])], [type(r).__name__ for r in gc.get_referents(many[1])])
