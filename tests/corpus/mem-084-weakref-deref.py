# checks: weakref.ref returns the object while it lives and None after it is freed
import weakref

class Data:
    def __init__(self, v):
        self.v = v

d = Data(42)
r = weakref.ref(d)
print("deref alive :", r().v)
print("r() is d    :", r() is d)
alias = d
del d
print("after del d (alias lives):", r() is not None)
del alias
print("after del alias:", r())
print("ref to a temporary is dead at once:", weakref.ref(Data(1))() is None)
