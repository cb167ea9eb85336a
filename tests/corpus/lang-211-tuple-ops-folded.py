# checks: (1, 2) + (3,) and ("a b",) * 2 are folded into constants (ast_opt.c / flowgraph.c safe_multiply limits), so each call returns the same tuple
import sys
def joined(): return (1, 2) + (3,)
def twice(): return ("a b",) * 2
def limit(): return (1,) * 256
def over(): return (1,) * 257
def nested(): return ((1, 2, 3, 4, 5),) * 200
print(joined() is joined(), twice() is twice(), limit() is limit(), over() is over(), nested() is nested())
t = twice()
print(t, t[0] is t[1], sys.getrefcount(t))
def floats(): return (2.5, 3.5)
x = floats()[0]
print(sys.getrefcount(x))
