import weakref

class T:
    pass

t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print("same ref object:", r1 is r2)
print("weakref count:", weakref.getweakrefcount(t))
p = weakref.proxy(t)
print("weakref count:", weakref.getweakrefcount(t))
