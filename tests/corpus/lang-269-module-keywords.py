# checks: keywords to the modelled modules' C functions: accepted where CPython names the parameter, "takes no keyword arguments" (3.11 names math.log just log()), each version's unknown-keyword message
import gc
import math
import sys

print(sys.getsizeof(object=[]), sys.getsizeof(1, default=0) > 0)
print(math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9), gc.collect(generation=0) >= 0)
tries = [
    lambda: math.gcd(a=12, b=8),
    lambda: math.log(x=8),
    lambda: math.isclose(1.0, 1.0, reltol=0.1),
    lambda: gc.collect(gen=0),
    lambda: sys.getsizeof(obj=1),
    lambda: sys.getrefcount(object=1),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
