import weakref

class Car:
    pass

c = Car()
r = weakref.ref(c)
print("alive:", r() is c)
del c
print("after del:", r())
