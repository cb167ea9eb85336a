# checks: a cycle of three lists is collected by gc.collect()
import gc

gc.disable()
gc.collect()
x, y, z = [], [], []
x.append(y)
y.append(z)
z.append(x)
print("x -> y -> z -> x:", x[0][0][0] is x)
del x, y, z
print("collected:", gc.collect())
a = [[]]
a[0].append(a)
del a
print("two lists:", gc.collect())
