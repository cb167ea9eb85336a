# checks: empty str, empty tuple and empty bytes are singletons; empty list/dict are not
e1 = "".join([])
e2 = "abc"[3:]
lit_s, lit_t = "", ()
print("empty str singleton  :", e1 is e2 is lit_s)
t1 = tuple([])
t2 = (1, 2)[2:]
print("empty tuple singleton:", t1 is t2 is lit_t)
b1 = bytes(0)
b2 = b"xyz"[3:]
print("empty bytes singleton:", b1 is b2)
l1, l2 = [], []
print("empty lists          :", l1 is l2)
d1, d2 = {}, {}
print("empty dicts          :", d1 is d2)
f1, f2 = frozenset(), frozenset([])
print("empty frozensets     :", f1 is f2)
print("str() is ''          :", str() is lit_s)
