"""Notes on the module namespace."""
# checks: __main__'s namespace: the names CPython puts there before the first line, and how its dict grows
import sys

print("doc     :", __doc__)
print("name    :", __name__, __package__, __spec__)
names = dir()
print("dir()   :", names)
print("dunders :", len([n for n in globals() if n.startswith("__")]))
before = sys.getsizeof(globals())
for i in range(12):
    globals()["var%d" % i] = i
after = sys.getsizeof(globals())
print("dict    :", before, "->", after, "bytes")
print("var11   :", var11)
del var0
print("'var0' in dir():", "var0" in dir())
