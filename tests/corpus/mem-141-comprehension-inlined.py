# PEP 709 (3.12+): list/set/dict comprehensions run inline in the enclosing frame;
# their variables are isolated all the same, lambdas still capture per-iteration cells,
# and an exception inside restores the enclosing names. Same output on 3.11 and 3.14.
import sys
data = [10, 20, 30]
x = 'outer'
sq = [x * 2 for x in data if x]
print(x, sq)
def f(data):
    y = 5
    r = [y + z for z in data]
    s = {k: v for k, v in [(1, 2), (3, 4)]}
    print(r, s)
    try:
        print(z)
    except NameError as e:
        print("NameError:", e)
    z = 'mine'
    r2 = [z for z in 'ab']
    print(z, r2)
    return r
f(data)
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
def g():
    a = 1
    return [lambda: x + a for x in range(3)]
print([h() for h in g()])
grid = [[1, 2], [3, 4]]
print([[c * 10 for c in row] for row in grid])
class C:
    k = 3
    t = [v + 1 for v in range(3)]
print(C.t, hasattr(C, 'v'))
items = [object() for _ in range(2)]
print([sys.getrefcount(o) for o in items])
def rc(items):
    return [sys.getrefcount(o) for o in items]
print(rc(items))
def boom(xs):
    q = 'keep'
    try:
        return [1 // v for v in xs]
    except ZeroDivisionError:
        return 'caught'
print(boom([1, 0]))
total = 0
vals = [(total := total + v) for v in [1, 2, 3]]
print(total, vals)
print({c for c in 'hello'} == set('hello'))
print([(a, b) for a in range(3) for b in range(a)])
print(sum(v for v in range(4)))
