# checks: obj.method() passes self without a bound method object (LOAD_ATTR method form), unless the class defines __getattr__/__getattribute__
import sys
class A:
    def count_self(self):
        return sys.getrefcount(self)
    def count_other(self, other):
        return sys.getrefcount(other)
a = A()
b = A()
print(a.count_self(), A.count_self(a), a.count_other(b))
m = a.count_self
print(m())
class G(A):
    def __getattr__(self, name):
        return None
g = G()
print(g.count_self(), G.count_self(g))
