import gc
print("gc enabled:", gc.isenabled())
gc.disable()
print("gc enabled:", gc.isenabled())
gc.enable()
print("gc enabled:", gc.isenabled())
print("thresholds length:", len(gc.get_threshold()))
