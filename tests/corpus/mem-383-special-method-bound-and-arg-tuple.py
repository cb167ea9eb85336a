# checks: bytes(x) and complex(x) call their type through an argument tuple (no vectorcall: Objects/call.c _PyObject_MakeTpCall; str(x) and int(x) too on 3.11), and __bytes__, __complex__, __round__, __reversed__, __dir__ are looked up bound (Objects/typeobject.c: _PyObject_LookupSpecial), so the object has two references more while they run; __str__, __int__ through a slot see only the tuple
import sys
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __bytes__(self):
        print("bytes", sys.getrefcount(self))
        return b"m"
    def __complex__(self):
        print("complex", sys.getrefcount(self))
        return complex(self.cents, 0)
    def __round__(self, n=None):
        print("round", sys.getrefcount(self))
        return self.cents
    def __reversed__(self):
        print("reversed", sys.getrefcount(self))
        return iter([])
    def __dir__(self):
        print("dir", sys.getrefcount(self))
        return ["cents"]
    def __str__(self):
        print("str", sys.getrefcount(self))
        return "money"
    def __int__(self):
        print("int", sys.getrefcount(self))
        return self.cents
m = Money(250)
print(bytes(m), complex(m), round(m), list(reversed(m)), dir(m), str(m), int(m))
print(sys.getrefcount(m))
