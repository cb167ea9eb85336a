# checks: a bound method object holds a strong reference to its instance
import sys

class Greeter:
    def hello(self):
        return "hi"

g = Greeter()
print("instance        :", sys.getrefcount(g))
m = g.hello
print("with bound meth :", sys.getrefcount(g))
print("m.__self__ is g :", m.__self__ is g)
m2 = g.hello
print("two bound meths :", sys.getrefcount(g))
print("new object each access:", m is m2, m == m2)
del m, m2
print("after del       :", sys.getrefcount(g))
