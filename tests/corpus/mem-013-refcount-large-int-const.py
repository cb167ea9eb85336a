# checks: a large int literal is also referenced by the code object's constants; int('1000') is not
import sys

x = 1000
print("literal 1000      :", sys.getrefcount(x))
y = int("1000")
print("computed 1000     :", sys.getrefcount(y))
print("equal, not same   :", x == y, x is y)
z = 1000
print("second literal    :", x is z)
print("literal, 2 names  :", sys.getrefcount(x))
