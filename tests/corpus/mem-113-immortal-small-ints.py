# checks: references to a small cached int vs a large runtime int (immortal small ints on 3.12+)
import sys

big = int("123456789")
print("runtime big int:", sys.getrefcount(big))
print("small ints have a huge refcount:", all(sys.getrefcount(v) > 10**8 for v in (0, 1, 100, 256)))
before = sys.getrefcount(7)
sevens = [7] * 1000
print("refcount delta for 1000 refs to 7:", sys.getrefcount(7) - before)
del sevens
print("delta after del:", sys.getrefcount(7) - before)
b0 = sys.getrefcount(big)
bigs = [big] * 1000
print("refcount delta for 1000 refs to big:", sys.getrefcount(big) - b0)
