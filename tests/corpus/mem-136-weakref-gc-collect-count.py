# checks: gc.collect() counts the weakrefs its callbacks freed (a WeakSet entry, a finalize record) besides the cycle itself
import weakref, gc
class N:
    def __init__(s, n): s.n = n
    def __repr__(s): return f'N{s.n}'
ws = weakref.WeakSet()
a, b = N(1), N(2)
a.other = b; b.other = a
ws.add(a); ws.add(b)
wk = weakref.WeakKeyDictionary({a: 1, b: 2})
wv = weakref.WeakValueDictionary({'a': a, 'b': b})
fa = weakref.finalize(a, print, 'fin a')
fb = weakref.finalize(b, print, 'fin b')
print(len(ws), len(wk), len(wv), fa.alive, fb.peek()[1:])
del a, b
print(len(ws), len(wk), len(wv))
print(gc.collect())
print(len(ws), len(wk), len(wv), fa.alive, fb.alive)
