# checks: gc.collect() returns 0 when there is no cyclic garbage
import gc

gc.disable()
gc.collect()
print("second collect:", gc.collect())
data = [[i] for i in range(100)]
print("with live data:", gc.collect())
del data
print("after del (freed by refcount):", gc.collect())
print("garbage:", gc.garbage)
