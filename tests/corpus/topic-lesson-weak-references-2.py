import weakref
class Thing:
    pass
t = Thing()
r = weakref.ref(t, lambda ref: print("callback"))
del t
print(r())
