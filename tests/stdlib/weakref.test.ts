// The weakref module's Python half (WeakSet, WeakKeyDictionary, WeakValueDictionary,
// finalize, KeyedRef) and atexit against CPython. Every expected output is produced at
// test time by the real CPython 3.11.7 and 3.14.10 (see oracle.ts).
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'WeakSet and WeakKeyDictionary': `
import weakref, sys
class L:
    def __init__(s, n): s.n = n
objs = [L(i) for i in range(4)]
ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws, 5 in ws, sys.getrefcount(objs[0]), sys.getsizeof(ws), sys.getsizeof(ws.data))
keep = objs[0]
objs.pop(); objs.pop()
print(len(ws), sorted(o.n for o in ws))
ws2 = weakref.WeakSet(objs[:1])
print(len(ws | ws2), len(ws & ws2), len(ws - ws2), ws2 <= ws, ws == weakref.WeakSet(objs), ws2 < ws, ws.isdisjoint(ws2))
ws.discard(objs[0]); print(len(ws))
ws.remove(objs[1]); print(len(ws))
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
try:
    ws.add(1)
except TypeError as e:
    print('TypeError', e)
print(repr(weakref.WeakSet()), type(ws).__module__, type(ws).__qualname__)
wk = weakref.WeakKeyDictionary()
k1 = L(1)
wk[k1] = 'v'
print(sys.getrefcount(k1), wk.get(k1), wk.get(L(9), 'missing'), len(wk.keyrefs()), sys.getsizeof(wk))
print(wk.setdefault(k1, 'x'), wk.pop(k1), len(wk))
wk[k1] = [1]
print([v for v in wk.values()], [k.n for k in wk.keys()], [(k.n, v) for k, v in wk.items()])
del wk[k1]
print(len(wk), 5 in wk)
`,
  'weakref subclasses with __slots__ (KeyedRef)': `import weakref, sys
class A: pass
a = A()
class K1(weakref.ref):
    __slots__ = "key",
class K2(weakref.ref):
    __slots__ = ("a", "b")
class K4(weakref.ref):
    __slots__ = ()
print([sys.getsizeof(k(a)) for k in (K1, K2, K4)])
k = weakref.KeyedRef(a, None, "name")
print(k.key, k() is a, sys.getsizeof(k), sys.getrefcount(k), weakref.getweakrefcount(a))
r = weakref.ref(a)
print(r is weakref.ref(a), k is not r, hash(r) == hash(a))
del a
print(k(), r(), hash(r) is not None)
`,
  'atexit register/unregister': `import atexit
def a(*x, **k):
    print("a", x, k)
def b():
    print("b")
    raise ValueError("boom")
atexit.register(a, 1, k=2)
atexit.register(b)
atexit.register(a, 3)
print(atexit.unregister(a))
print(atexit.register(a, 5) is a)
def late():
    print("late")
def c():
    print("c")
    atexit.register(late)
atexit.register(c)
print("end")
`,
};

describeAgainstCPython('weakref and atexit', SNIPPETS);
