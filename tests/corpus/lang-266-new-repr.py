# checks: X.__new__ of a built-in type is a builtin bound to the type defining it ("built-in method __new__ of type object"); a class inherits it; __init__ is a plain function or an inherited slot wrapper
import weakref

class Greeter:
    def __init__(self, name):
        self.name = name

class Empty:
    pass

class MyList(list):
    pass

def shown(f):
    return repr(f).split(' at 0x')[0]

print(shown(weakref.ref.__new__))
print(shown(object.__new__))
print(shown(list.__new__))
print(shown(Greeter.__new__))
print(shown(Greeter.__init__))
print(Empty.__init__)
print(MyList.__init__)
print(Empty.__new__ is object.__new__, MyList.__new__ is list.__new__, list.__new__ is object.__new__)
print(shown(dict.fromkeys))
