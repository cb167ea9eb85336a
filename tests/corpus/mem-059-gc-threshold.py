# checks: gc.get_threshold() default values and set_threshold
import gc

print("default threshold:", gc.get_threshold())
gc.set_threshold(1000, 15, 15)
print("after set        :", gc.get_threshold())
gc.set_threshold(500)
print("only first given :", gc.get_threshold())
print("enabled          :", gc.isenabled())
print("generations in get_count:", len(gc.get_count()))
print("len(get_stats()) :", len(gc.get_stats()))
print("stats keys       :", sorted(gc.get_stats()[0]))
