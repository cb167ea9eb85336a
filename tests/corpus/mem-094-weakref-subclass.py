# checks: subclasses of list/dict can be weakly referenced; __slots__ classes need '__weakref__'
import weakref

class MyList(list):
    pass

class MyDict(dict):
    pass

class Slim:
    __slots__ = ("x",)

class SlimWeak:
    __slots__ = ("x", "__weakref__")

for cls in (MyList, MyDict, Slim, SlimWeak):
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "weakref ok, alive:", r() is obj)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
ml = MyList([1, 2])
r = weakref.ref(ml)
del ml
print("MyList ref after del:", r())
