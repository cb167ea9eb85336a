import weakref

class S:
    __slots__ = ("x",)

class SW:
    __slots__ = ("x", "__weakref__")

try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
obj = SW()
r = weakref.ref(obj)
print(r() is obj)
