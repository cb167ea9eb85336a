# checks: adding references to None/False changes their refcount on 3.11 but not once they are immortal
import sys

before = sys.getrefcount(None)
nones = [None] * 10000
after = sys.getrefcount(None)
print("delta for [None] * 10000:", after - before)
del nones
print("delta after del:", sys.getrefcount(None) - before)
f0 = sys.getrefcount(False)
falses = [False] * 50
print("delta for 50 x False:", sys.getrefcount(False) - f0)
e0 = sys.getrefcount(())
empties = [()] * 20
print("delta for 20 x ():", sys.getrefcount(()) - e0)
