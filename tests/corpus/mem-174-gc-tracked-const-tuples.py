# checks: gc.is_tracked of tuples of atoms vs containers, and how gc.collect() untracks atom-only tuples
import gc

gc.disable()
a, b = 1, "two"
t_atoms = (a, b, 3.0)
t_list = (a, [])
t_nested = (a, (b, 3))
t_built = tuple([1, 2, 3])
print("atoms   :", gc.is_tracked(t_atoms))
print("list    :", gc.is_tracked(t_list))
print("nested  :", gc.is_tracked(t_nested))
print("built   :", gc.is_tracked(t_built))
print("const   :", gc.is_tracked((1, 2)))
print("empty   :", gc.is_tracked(()))
gc.collect()
print("-- after collect --")
print("atoms   :", gc.is_tracked(t_atoms))
print("list    :", gc.is_tracked(t_list))
print("nested  :", gc.is_tracked(t_nested))
print("built   :", gc.is_tracked(t_built))
d = {"k": 1}
print("dict atoms  :", gc.is_tracked(d))
d["lst"] = [1]
print("dict + list :", gc.is_tracked(d))
d.pop("lst")
gc.collect()
print("after pop + collect:", gc.is_tracked(d))
