# checks: getsizeof of list/dict subclasses with named __slots__, and the bases that cannot take slots
import sys
class L1(list):
    __slots__=("a",)
class L2(list):
    __slots__=("a","b")
class D1(dict):
    __slots__=("a",)
class D2(dict):
    __slots__=("a","b")
l=L2([1,2,3])
l.a=1
d=D1(x=1)
print(sys.getsizeof(L1()), sys.getsizeof(L2()), sys.getsizeof(l), sys.getsizeof(D1()), sys.getsizeof(D2()), sys.getsizeof(d))
try:
    class T(tuple):
        __slots__=("a",)
except TypeError as e:
    print(e)
try:
    class I(int):
        __slots__=("a",)
except TypeError as e:
    print(e)
