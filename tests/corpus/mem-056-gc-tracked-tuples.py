# checks: tuples of atoms are untracked by the GC (lazily, during a collection); tuples with lists stay tracked
import gc

gc.disable()
n = int("3")
atoms = (n, n + 1, "".join(["x", "y"]))
with_list = (n, [n])
empty = tuple([])
print("before collect: atoms", gc.is_tracked(atoms), "with list", gc.is_tracked(with_list), "empty", gc.is_tracked(empty))
gc.collect()
print("after collect : atoms", gc.is_tracked(atoms), "with list", gc.is_tracked(with_list), "empty", gc.is_tracked(empty))
nested = (atoms, (n,))
print("nested atoms before:", gc.is_tracked(nested))
gc.collect()
print("nested atoms after :", gc.is_tracked(nested))
const = (1, 2, 3)
print("constant tuple     :", gc.is_tracked(const))
