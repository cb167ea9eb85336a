import weakref
class Thing:
    pass
t = Thing()
r = weakref.ref(t, lambda ref: print("callback: gone"))
print(r() is t)
del t
print(r())
