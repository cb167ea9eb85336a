# checks: refcounts of objects captured by nested closures, shared cells, and closures made in a loop
import sys

class Data:
    pass

d = Data()
print("start        :", sys.getrefcount(d))

def outer():
    x = d
    def a():
        return x
    def b():
        return x
    print("  in outer   :", sys.getrefcount(d))
    return a, b

fa, fb = outer()
print("two closures :", sys.getrefcount(d))
print("shared cell  :", fa.__closure__[0] is fb.__closure__[0])
del fa
print("one left     :", sys.getrefcount(d))
del fb
print("none left    :", sys.getrefcount(d))

makers = []
for i in range(3):
    def get(v=d):
        return v
    makers.append(get)
print("3 defaults   :", sys.getrefcount(d))
makers.clear()
print("cleared      :", sys.getrefcount(d))
get = None
print("get rebound  :", sys.getrefcount(d))
lam = [lambda: d for _ in range(3)]
print("lambdas (global):", sys.getrefcount(d))
