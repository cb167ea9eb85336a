# checks: type(obj.method)(func, obj) builds a bound method (and its argument errors); a weakref.ref subclass whose __new__ calls ref.__new__ needs no __init__
import weakref

class Cat:
    def speak(self):
        return "meow from " + self.name

def shout(self):
    return self.name.upper()

c = Cat()
c.name = "tom"
MethodType = type(c.speak)
m = MethodType(shout, c)
print(m(), m.__self__ is c, m.__func__ is shout)
for args in [(shout,), (1, c), (shout, None)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

class TaggedRef(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, obj, tag):
        self = weakref.ref.__new__(cls, obj)
        self.tag = tag
        return self

t = TaggedRef(c, "pet")
print(type(t).__name__, t.tag, t() is c)
