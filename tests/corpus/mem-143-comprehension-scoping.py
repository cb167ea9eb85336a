# Comprehensions on 3.14 (inlined, PEP 709) and 3.11 (functions): scoping, refcounts of the loop
# variable, class bodies, walrus, exceptions, closures over comprehension variables.
import sys
a = [1000, 2000]
print([sys.getrefcount(v) for v in a])
def f(a):
    return [sys.getrefcount(v) for v in a]
print(f(a))
class K:
    base = 10
    try:
        vals = [base + i for i in range(2)]
    except NameError as e:
        print("class:", e)
    ok = [i * 2 for i in range(3)]
print(K.ok)
x = 'keep'
try:
    r = [1 // (x - 1) for x in [3, 2, 1]]
except ZeroDivisionError:
    print('x after error:', x)
y = [(n := i * i) for i in range(4)]
print(n, y)
def gen():
    for k in range(2):
        yield [k * j for j in range(3)]
print(list(gen()))
class M:
    def meth(self, xs):
        return {x: self for x in xs} is not None
print(M().meth([1]))
def outer():
    q = [lambda: (i, j) for i in range(2) for j in 'ab']
    return [f() for f in q]
print(outer())
def cellish():
    i = 'outer-i'
    fs = [lambda: i for i in range(2)]
    return i, [f() for f in fs]
print(cellish())
print([[(lambda: c + row[0])() for c in row] for row in [[1], [2, 3]]])
def uses_global():
    return [len(w) for w in WORDS]
WORDS = ['a', 'bb']
print(uses_global())
print(sys.getrefcount(a[0]))
def inner_fn():
    z = 5
    def g():
        return [z + t for t in range(2)]
    return g()
print(inner_fn())
print([i for i in range(3) if i for _ in range(i)])
