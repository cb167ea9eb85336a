# checks: dicts holding only atoms vs dicts holding containers, and how tracking changes
import gc

gc.disable()
atoms = {"a": 1, "b": 2.5}
print("dict of atoms        :", gc.is_tracked(atoms))
print("empty dict           :", gc.is_tracked({}))
holder = {"a": 1}
print("holder before        :", gc.is_tracked(holder))
holder["b"] = []
print("holder after list    :", gc.is_tracked(holder))
del holder["b"]
print("holder after del     :", gc.is_tracked(holder))
gc.collect()
print("holder after collect :", gc.is_tracked(holder))
built = dict(x=1, y=2)
print("dict(x=1, y=2)       :", gc.is_tracked(built))
comp = {i: i for i in range(3)}
print("comprehension of ints:", gc.is_tracked(comp))
print("tuple value          :", gc.is_tracked({"t": (1, 2)}))
