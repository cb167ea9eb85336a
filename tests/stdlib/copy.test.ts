// The copy module against CPython: copy/deepcopy of containers and instances, memo.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'copy and deepcopy': `import copy, sys
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
a = [1, [2, 3], {'k': [4]}, (5, [6]), P([7], 8)]
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b[1] is a[1], c[1] is a[1], c[4] is a[4], c[4].x is a[4].x, c[3] is a[3])
t = (1, 2, 'x'); print(copy.deepcopy(t) is t, copy.copy(t) is t)
p = P(1, [2]); q = copy.copy(p); print(q, q is p, q.y is p.y, copy.deepcopy(p).y is p.y)
s = S(); s2 = copy.copy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2, r2[1] is r2)
class L(list): pass
l = L([1, [2]]); l2 = copy.deepcopy(l); print(l2, type(l2).__name__, l2[1] is l[1])
class D(dict): pass
d = D(a=[1]); d2 = copy.copy(d); print(d2, type(d2).__name__, d2['a'] is d['a'])
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(C()), copy.deepcopy(C()))
print(copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.copy(len) is len, copy.deepcopy(P) is P)
print(sys.getrefcount(p))
m = {}; copy.deepcopy([p], m); print(len(m), sys.getrefcount(p))
del m; print(sys.getrefcount(p))
print(copy.Error, copy.error)
`
};

describeAgainstCPython('copy', SNIPPETS);
