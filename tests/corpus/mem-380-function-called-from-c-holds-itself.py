# checks: a Python function called from C code (a sort key, a __repr__ that str()/repr() run, a `!=` that falls back to __eq__, 3.11's f(*args)) has a frame holding its own reference to the function (Python/ceval.c: _PyEval_Vector), and a slot holds the special method it looked up (Objects/typeobject.c: lookup_maybe_method)
import sys
def key(x):
    print("key", x, sys.getrefcount(key))
    return -x
print(sorted([1, 2], key=key))
def direct():
    print("direct", sys.getrefcount(direct))
direct()
def spread(a, b):
    print("spread", sys.getrefcount(spread), sys.getrefcount(a))
pair = [[1], [2]]
spread(*pair)
class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        print("repr", sys.getrefcount(self), sys.getrefcount(Tag.__dict__["__repr__"]))
        return "<Tag " + self.name + ">"
    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other), sys.getrefcount(Tag.__dict__["__eq__"]))
        return self.name == other.name
t = Tag("a")
u = Tag("b")
print(repr(t))
print(str(t))
print(t != u)
print(t == u)
