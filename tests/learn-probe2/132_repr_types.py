print(type(1), type(1.0), type("s"), type([]), type({}), type(()), type(set()), type(None))
print(type(len), type(print), type(lambda: 0), type(range(3)), type(zip()))
def f(): pass
class C:
    def m(self): pass
print(type(f).__name__, type(C), type(C()), type(C().m).__name__)
print(C, C.m.__qualname__, f.__qualname__)
print(int, str, object, type, Exception)
print(repr(int), str.upper, [].append.__name__)
print(isinstance(True, int), type(True) is int, bool.__mro__)
print(type(type), type(object), object.__base__, int.__base__)
