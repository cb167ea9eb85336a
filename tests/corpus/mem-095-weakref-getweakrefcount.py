# checks: weakref.getweakrefcount and getweakrefs; refs without callbacks are shared
import weakref

class T:
    pass

t = T()
print("count 0:", weakref.getweakrefcount(t))
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print("two plain refs are the same object:", r1 is r2)
print("count:", weakref.getweakrefcount(t))
r3 = weakref.ref(t, lambda r: None)
print("with callback:", weakref.getweakrefcount(t), r3 is r1)
p = weakref.proxy(t)
print("with proxy:", weakref.getweakrefcount(t))
print("getweakrefs length:", len(weakref.getweakrefs(t)))
del r1, r2
print("after dropping plain refs:", weakref.getweakrefcount(t))
print("getweakrefcount of an int:", weakref.getweakrefcount(5))
