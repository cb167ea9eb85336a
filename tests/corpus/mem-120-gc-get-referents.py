# checks: gc.get_referents lists the objects a container directly refers to
import gc

inner = [1, 2]
outer = [inner, "x", 3]
refs = gc.get_referents(outer)
print("count:", len(refs))
print("first is inner:", refs[0] is inner)
print("values:", refs)
d = {"k": inner}
print("dict referents:", gc.get_referents(d))
t = (inner, inner)
print("tuple referents count:", len(gc.get_referents(t)))
print("int referents:", gc.get_referents(int("5")))
