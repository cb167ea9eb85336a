# checks: gc.get_count() is exact right after a full gc.collect(); young collections bump the next generation's count
import gc
gc.collect()
print(gc.get_count())
pairs = []
gc.collect(0)
print(gc.get_count())
gc.collect(0)
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
