# checks: getsizeof of weakref.ref objects and exception instances
import sys
import weakref

class Target:
    pass

t = Target()
r = weakref.ref(t)
print("weakref.ref     :", sys.getsizeof(r))
print("with callback   :", sys.getsizeof(weakref.ref(t, lambda ref: None)))
print("proxy           :", sys.getsizeof(weakref.proxy(t)))
print("Exception()     :", sys.getsizeof(Exception()))
print("ValueError('x') :", sys.getsizeof(ValueError("x")))
print("KeyError(1, 2)  :", sys.getsizeof(KeyError(1, 2)))
print("OSError()       :", sys.getsizeof(OSError()))
print("StopIteration() :", sys.getsizeof(StopIteration()))
