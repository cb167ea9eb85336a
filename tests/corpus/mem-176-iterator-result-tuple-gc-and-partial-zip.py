# checks: the cached result tuple of enumerate/zip/dict item iterators is an object of its own: it joins cycles (gc.collect counts), is re-tracked when recycled, and zip refills it slot by slot
import gc, sys
gc.disable()
class H: pass
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

# h -> iterator -> cached result tuple -> h
h = H()
e = enumerate([h])
h.it = e
next(e)
del h, e
print("enumerate cycle:", gc.collect())
h = H()
z = zip([h], [1])
h.it = z
next(z)
del h, z
print("zip cycle:", gc.collect())
h = H()
d = {"h": h}
it = iter(d.items())
h.it = it
next(it)
del d, h, it
print("items cycle:", gc.collect())
h = H()
d = {"h": h}
it = reversed(d.items())
h.it = it
next(it)
del d, h, it
print("reversed items cycle:", gc.collect())
# never advanced: the (None, None) holder (untracked in 3.14) and zip's tuples
h = H()
h.it = enumerate([h])
del h
print("fresh enumerate cycle:", gc.collect())
h = H()
h.it = zip([h], [h], [h])
del h
print("fresh zip3 cycle:", gc.collect())

# the collector untracks a tuple of atoms; recycling it tracks it again
e = enumerate([1, 2])
t = next(e)
print("tracked", gc.is_tracked(t))
gc.collect()
print("tracked after collect", gc.is_tracked(t))
del t
t = next(e)
print("recycled tracked", gc.is_tracked(t))
del t, e

# zip refills slot by slot: a later argument running out leaves the new items in the cached tuple
u, w = V("u"), V("w")
z2 = zip([u], [w], [])
print(list(z2))
print("partial", sys.getrefcount(u), sys.getrefcount(w))
del z2
print("partial zip gone", sys.getrefcount(u), sys.getrefcount(w))
z3 = zip([V("p0"), V("p1")], [V("q0")])
first = next(z3)
print("first", first[0].n, first[1].n)
del first
print("deleted first")
print(list(z3))
print("z3 exhausted")
del z3
print("z3 gone")
del u, w
print("end")
