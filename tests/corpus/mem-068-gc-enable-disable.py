# checks: gc.disable()/gc.enable()/gc.isenabled() and manual collection while disabled
import gc

print("initially enabled:", gc.isenabled())
gc.disable()
print("after disable    :", gc.isenabled())
gc.collect()
x = []
x.append(x)
del x
print("manual collect works while disabled:", gc.collect())
gc.disable()
print("disable twice    :", gc.isenabled())
gc.enable()
print("after enable     :", gc.isenabled())
gc.enable()
print("enable twice     :", gc.isenabled())
