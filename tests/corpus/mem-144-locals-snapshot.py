# checks: locals() and dir() inside a function: 3.13+ return a fresh snapshot dict (PEP 667), so deleting it drops its references
import sys
def f(x, y=2):
    z = [x]
    def g():
        return z
    print(dir())
    loc = locals()
    print(sorted(loc), loc['z'] is z)
    print(sys.getrefcount(z))
    del loc
    print(sys.getrefcount(z))
    w = 5
    print(list(locals()))
    print([dir() for q in range(1)])
f(1)
def h():
    print(locals())
    a = 1
    print(locals(), 'a' in dir(), 'b' in dir())
h()
print(locals() is globals())
