# checks: sys.getsizeof of a built-in type: sizeof(PyTypeObject), with the GC header on 3.11 only; subclasses of int/tuple get shared keys on 3.14 only
import sys
print(sys.getsizeof(int), sys.getsizeof(list), sys.getsizeof(object))
print(sys.getsizeof(type), sys.getsizeof(ValueError), sys.getsizeof(type(None)))

class MyInt(int):
    pass

class MyTuple(tuple):
    pass

class MyList(list):
    pass

print(sys.getsizeof(MyInt), sys.getsizeof(MyTuple), sys.getsizeof(MyList))
print(sys.getsizeof(MyList) - sys.getsizeof(list))
