# checks: getrefcount of the same kind of object held by a global name vs a function local
import sys

g = [1, 2]
print("global:", sys.getrefcount(g))

def f():
    loc = [1, 2]
    print("local :", sys.getrefcount(loc))
    other = loc
    print("local, two names:", sys.getrefcount(loc))

f()
print("global again:", sys.getrefcount(g))
