# checks: gc.garbage stays empty even for cycles with __del__ (PEP 442)
import gc

gc.disable()
gc.collect()

class Finalized:
    def __del__(self):
        print("__del__ ran")

a, b = Finalized(), Finalized()
a.b, b.a = b, a
del a, b
print("before collect, garbage:", gc.garbage)
n = gc.collect()
print("collected something:", n > 0)
print("after collect, garbage:", gc.garbage)
print("type:", type(gc.garbage).__name__)
