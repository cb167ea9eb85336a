# checks: functools.partial and itertools.repeat keep references to their arguments
import sys
import functools
import itertools

config = {"verbose": True}
print("start:", sys.getrefcount(config))
show = functools.partial(print, "config:")
bound = functools.partial(dict.get, config)
print("partial holds it:", sys.getrefcount(config))
print("bound('verbose'):", bound("verbose"))
rep = itertools.repeat(config, 3)
print("repeat holds it once:", sys.getrefcount(config))
copies = list(rep)
print("after list(repeat):", sys.getrefcount(config))
del bound, rep, copies
print("after del:", sys.getrefcount(config))
