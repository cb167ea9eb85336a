# checks: str(), f-strings and format() give the str object __str__ returns, and an exception's str() is its argument itself (Objects/exceptions.c: BaseException_str; Objects/object.c: PyObject_Str); print() of such an object leaves that str in stdout's buffer
import sys
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return self.n
for T in [ValueError, AttributeError, NameError, KeyError, OSError, ImportError, StopIteration, TypeError, RuntimeError]:
    m = "message here"
    e = T(m)
    s = str(e)
    print(T.__name__, s is m, f"{e}" is m, format(e) is m)
x = Named("the name")
print(str(x) is x.n, f"{x}" is x.n, sys.getrefcount(x.n))
print(x)
print(sys.getrefcount(x.n))
try:
    int("abc")
except ValueError as err:
    msg = str(err)
    print(msg is err.args[0], sys.getrefcount(msg))
print(sys.getrefcount(msg))
y = Named("other name")
print(sys.getrefcount(y.n))
print(y)
print(sys.getrefcount(y.n))
s = "hello there"
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
e = ValueError("bad value here")
print(sys.getrefcount(e.args[0]))
print(e)
print(sys.getrefcount(e.args[0]))
