// The functools module against CPython: partial, reduce, lru_cache/cache, wraps, total_ordering, cached_property.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'methods and partial descriptors': `import functools, sys
class A:
    def __init__(self, k): self.k = k
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        print("  compute", self.k, x)
        return x * self.k
    @functools.cache
    def c(self): return self.k + 1
    p = functools.partial(lambda *a: a, 'p')
a = A(2)
print(a.m(3), a.m(3), A(5).m(3), A.m.cache_info().hits, a.c(), a.c())
print(a.p(1))
print(type(A.__dict__['m']).__name__, A.m.__name__, A.m.__qualname__, type(functools.partial(print)))
class P2(functools.partial):
    pass
print(P2(print, 1).args, isinstance(P2(print), functools.partial))
`,
  'partial flattening and Placeholder': `import functools
from functools import partial
def f(*a, **k): return a, k
print(hasattr(partial, '__get__'))
try:
    from functools import Placeholder as _
    p = partial(f, _, 2, _, 3, x=1)
    print(p(10, 30, 40), repr(p), p.args)
    q = partial(p, 'a')
    print(q(3), q.args)
    try: p(1)
    except TypeError as e: print(e)
    try: partial(f, 1, _)
    except TypeError as e: print(e)
    try: partial(f, x=_)
    except TypeError as e: print(e)
    print(repr(_), type(_).__name__)
except ImportError as e:
    print("no Placeholder")
print(partial(partial(f, 1, a=1), 2, b=2))
r = partial(f, 1); r.attr = 5
print(partial(r, 2).func is r, r.__dict__)
class D:
    meth = partial(f, 'x')
print(D.meth(1), D().meth(2)[0][:1])
`,
  'argument errors and reprs': `import functools
from functools import partial, reduce, lru_cache, wraps
try:
    print('reduce(lambda a, b: a + b, [])', '->', repr((reduce(lambda a, b: a + b, []))))
except Exception as e:
    print('reduce(lambda a, b: a + b, [])', '!!', type(e).__name__, e)
try:
    print('reduce(lambda a, b: a + b)', '->', repr((reduce(lambda a, b: a + b))))
except Exception as e:
    print('reduce(lambda a, b: a + b)', '!!', type(e).__name__, e)
try:
    print('reduce(lambda a, b: a + b, [1], 2, 3)', '->', repr((reduce(lambda a, b: a + b, [1], 2, 3))))
except Exception as e:
    print('reduce(lambda a, b: a + b, [1], 2, 3)', '!!', type(e).__name__, e)
try:
    print('reduce(lambda a, b: a + b, [1], initial=5)', '->', repr((reduce(lambda a, b: a + b, [1], initial=5))))
except Exception as e:
    print('reduce(lambda a, b: a + b, [1], initial=5)', '!!', type(e).__name__, e)
try:
    print('reduce(1, [1, 2])', '->', repr((reduce(1, [1, 2]))))
except Exception as e:
    print('reduce(1, [1, 2])', '!!', type(e).__name__, e)
try:
    print('reduce(max, 5)', '->', repr((reduce(max, 5))))
except Exception as e:
    print('reduce(max, 5)', '!!', type(e).__name__, e)
try:
    print('partial()', '->', repr((partial())))
except Exception as e:
    print('partial()', '!!', type(e).__name__, e)
try:
    print('partial(1)', '->', repr((partial(1))))
except Exception as e:
    print('partial(1)', '!!', type(e).__name__, e)
try:
    print('partial(print, 1, a=2)', '->', repr((partial(print, 1, a=2))))
except Exception as e:
    print('partial(print, 1, a=2)', '!!', type(e).__name__, e)
try:
    print('partial(partial(print, 1, x=1), 2, y=2)', '->', repr((partial(partial(print, 1, x=1), 2, y=2))))
except Exception as e:
    print('partial(partial(print, 1, x=1), 2, y=2)', '!!', type(e).__name__, e)
try:
    p = partial(print, 1)
    p.foo = 1
    print('p = partial(print, 1); p.foo = 1; partial(p, 2)', '->', repr((partial(p, 2))))
except Exception as e:
    print('p = partial(print, 1); p.foo = 1; partial(p, 2)', '!!', type(e).__name__, e)
class P(partial): pass
try:
    print('P(print, 1)', '->', repr((P(print, 1))))
except Exception as e:
    print('P(print, 1)', '!!', type(e).__name__, e)
try:
    p = partial(print)
    p.func = 1
    print('p = partial(print); p.func = 1', '-> ok')
except Exception as e:
    print('p = partial(print); p.func = 1', '!!', type(e).__name__, e)
try:
    p = partial(print)
    del p.args
    print('p = partial(print); del p.args', '-> ok')
except Exception as e:
    print('p = partial(print); del p.args', '!!', type(e).__name__, e)
try:
    print('partial(print).args, partial(print).keywords, partial(print, k=1).keywords', '->', repr((partial(print).args, partial(print).keywords, partial(print, k=1).keywords)))
except Exception as e:
    print('partial(print).args, partial(print).keywords, partial(print, k=1).keywords', '!!', type(e).__name__, e)
try:
    print("lru_cache(maxsize='a')", '->', repr((lru_cache(maxsize='a'))))
except Exception as e:
    print("lru_cache(maxsize='a')", '!!', type(e).__name__, e)
try:
    print('lru_cache(5, 3)', '->', repr((lru_cache(5, 3))))
except Exception as e:
    print('lru_cache(5, 3)', '!!', type(e).__name__, e)
try:
    print('lru_cache(typed=1)', '->', repr((lru_cache(typed=1))))
except Exception as e:
    print('lru_cache(typed=1)', '!!', type(e).__name__, e)
try:
    print('functools.cache', '->', repr((functools.cache)))
except Exception as e:
    print('functools.cache', '!!', type(e).__name__, e)
try:
    print('lru_cache(maxsize=2)', '->', repr((lru_cache(maxsize=2))))
except Exception as e:
    print('lru_cache(maxsize=2)', '!!', type(e).__name__, e)
try:
    f = lru_cache(lambda: 1)
    print('f = lru_cache(lambda: 1); f.cache_info(), f.cache_parameters()', '->', repr((f.cache_info(), f.cache_parameters())))
except Exception as e:
    print('f = lru_cache(lambda: 1); f.cache_info(), f.cache_parameters()', '!!', type(e).__name__, e)
try:
    f = lru_cache(None)(len)
    print("f = lru_cache(None)(len); f('ab'), f('ab'), f.cache_info(), f.__wrapped__, f.__name__", '->', repr((f('ab'), f('ab'), f.cache_info(), f.__wrapped__, f.__name__)))
except Exception as e:
    print("f = lru_cache(None)(len); f('ab'), f('ab'), f.cache_info(), f.__wrapped__, f.__name__", '!!', type(e).__name__, e)
try:
    f = lru_cache(None)(len)
    print('f = lru_cache(None)(len); type(f), type(f).__module__, type(f).__qualname__', '->', repr((type(f), type(f).__module__, type(f).__qualname__)))
except Exception as e:
    print('f = lru_cache(None)(len); type(f), type(f).__module__, type(f).__qualname__', '!!', type(e).__name__, e)
try:
    print('functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES', '->', repr((functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)))
except Exception as e:
    print('functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES', '!!', type(e).__name__, e)
try:
    print('wraps(len)', '->', repr((wraps(len))))
except Exception as e:
    print('wraps(len)', '!!', type(e).__name__, e)
try:
    print('functools.update_wrapper(len, len)', '->', repr((functools.update_wrapper(len, len))))
except Exception as e:
    print('functools.update_wrapper(len, len)', '!!', type(e).__name__, e)
try:
    print('functools.total_ordering(object)', '->', repr((functools.total_ordering(object))))
except Exception as e:
    print('functools.total_ordering(object)', '!!', type(e).__name__, e)
class A: pass
try:
    print('functools.total_ordering(A)', '->', repr((functools.total_ordering(A))))
except Exception as e:
    print('functools.total_ordering(A)', '!!', type(e).__name__, e)
try:
    print('functools.cmp_to_key(lambda a, b: a - b)', '->', repr((functools.cmp_to_key(lambda a, b: a - b))))
except Exception as e:
    print('functools.cmp_to_key(lambda a, b: a - b)', '!!', type(e).__name__, e)
try:
    print('sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))', '->', repr((sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))))
except Exception as e:
    print('sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))', '!!', type(e).__name__, e)
try:
    print('functools.cmp_to_key(lambda a, b: a - b)(1) < 5', '->', repr((functools.cmp_to_key(lambda a, b: a - b)(1) < 5)))
except Exception as e:
    print('functools.cmp_to_key(lambda a, b: a - b)(1) < 5', '!!', type(e).__name__, e)
try:
    k = functools.cmp_to_key(lambda a, b: a - b)
    print('k = functools.cmp_to_key(lambda a, b: a - b); k(1) < k(2), k(1) == k(1), k(3) >= k(2), k(1).obj', '->', repr((k(1) < k(2), k(1) == k(1), k(3) >= k(2), k(1).obj)))
except Exception as e:
    print('k = functools.cmp_to_key(lambda a, b: a - b); k(1) < k(2), k(1) == k(1), k(3) >= k(2), k(1).obj', '!!', type(e).__name__, e)
`,
  'behaviour and reference counts': `import sys, functools
from functools import partial, lru_cache, cache, wraps, total_ordering, cached_property, reduce, update_wrapper
rc = sys.getrefcount
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, c=9, d=6), p.func is f, p.args, p.keywords, repr(p)[:30])
p2 = partial(p, 7)
print(p2(), p2.args, p2.keywords, p2.func is f)
class Obj: pass
o = Obj()
print(rc(o)); q = partial(f, o); print(rc(o)); del q; print(rc(o))
q = partial(f, x=o); print(rc(o)); del q; print(rc(o))
@lru_cache(maxsize=3)
def sq(x, y=1):
    print("  calc", x, y)
    return x * y
print(sq(2), sq(2), sq(2, 1), sq(2, y=1), sq(x=2), sq(3, 3), sq.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.__wrapped__.__name__, fib.__name__, type(fib).__name__)
print(sq.cache_parameters(), fib.cache_parameters())
k = Obj()
@lru_cache(maxsize=None)
def keep(x): return [x]
r = keep(k); print(rc(k)); del r; print(rc(k)); keep.cache_clear(); print(rc(k))
@lru_cache(maxsize=0)
def nocache(x): return x
print(nocache(1), nocache(1), nocache.cache_info())
try:
    sq([1])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    inner.extra = 1
    return inner
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__module__, documented.__wrapped__, sorted(documented.__dict__))
def g(): pass
g.attr = 'a'
def h(): pass
update_wrapper(h, g, assigned=('__name__',), updated=())
print(h.__name__, hasattr(h, 'attr'), h.__wrapped__ is g)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) > V(0), V(1) >= V(1), V(1) <= V(0), V.__gt__.__name__, V.__le__ is not None)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        if not isinstance(o, W): return NotImplemented
        return self.v >= o.v
print(W(1) < W(2), W(3) > W(2), W(2) <= W(2))
try:
    W(1) < 5
except TypeError as e:
    print(e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__, type(C.__dict__['val']).__name__, C.val.attrname)
del c.val
print(c.val, c.n)
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: a + b, ['a', 'b']))
print(partial(max, key=len)(['aa', 'b'], ['ccc']))
class PP(partial): pass
print(repr(PP(f, 1))[:15], isinstance(PP(f), partial))
`
};

describeAgainstCPython('functools', SNIPPETS);
