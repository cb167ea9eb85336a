# checks: gc.get_count() right after gc.collect() and after allocating containers
import gc

gc.disable()
gc.collect()
print("after collect:", gc.get_count())
keep = [[] for _ in range(10)]
c = gc.get_count()
print("after 10 lists (+1 outer):", c)
gc.collect()
print("after collect again:", gc.get_count())
