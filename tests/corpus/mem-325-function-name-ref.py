# checks: a function holds a reference to the str set as its __name__ / __qualname__ / __module__, released when the function is freed
import sys

def f():
    pass

n = "".join(["re", "named"])
print(sys.getrefcount(n))
f.__name__ = n
f.__qualname__ = n
print(sys.getrefcount(n), f.__name__ is n)
m = "".join(["my", "mod"])
f.__module__ = m
print(sys.getrefcount(m))
f.__name__ = "f2"
print(sys.getrefcount(n))
del f
print(sys.getrefcount(n), sys.getrefcount(m))
