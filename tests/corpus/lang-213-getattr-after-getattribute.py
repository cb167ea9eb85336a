# checks: __getattr__ runs when __getattribute__ (or a property) raises AttributeError (typeobject.c: slot_tp_getattr_hook)
class C:
    def __getattr__(self, name):
        print("getattr", name)
        return 42
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
c = C()
c.x = 1
print(c.x)
print(c.y)
class P:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(P().broken)
class Q:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Q().z
except KeyError as e:
    print("KeyError", e)
