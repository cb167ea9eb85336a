// The complex type against CPython (Objects/complexobject.c): arithmetic with both
// versions' mixed real/complex rules and signed zeros, Annex G recovery (3.14),
// powers and their errors, the constructor and its messages, repr, hash, ==,
// sum(), format specs. Expected output comes from the real CPython 3.11.7 and
// 3.14.10 at test time (see oracle.ts).
import { describe, it, expect, beforeAll } from 'vitest';
import { describeAgainstCPython, TRY } from './oracle.js';
import { simulate, ready } from '../../src/core/simulate.js';

const INF = `inf = float('inf'); nan = float('nan')\n`;

const SNIPPETS: Record<string, string> = {
  'signed zeros of mixed arithmetic': `${TRY}${INF}
for a, b in [(2, 0j), (0.0, 0j), (-0.0, 0j), (0j, 0.0), (1 + 1j, -0.0), (-1, 0j), (1, 1 + 0j), (-1, 2j), (1, complex(1, -0.0))]:
    t(f'{a!r} {b!r}', lambda: (a + b, a - b, b - a, a * b, b * a))
    t(f'{a!r} / {b!r}', lambda: a / b)
    t(f'{b!r} / {a!r}', lambda: b / a)
`,
  'infinities and NaNs (Annex G on 3.14)': `${TRY}${INF}
t('inf*(1+2j)', lambda: inf * (1 + 2j))
t('c(inf,0)*c(1,nan)', lambda: complex(inf, 0) * complex(1, nan))
t('c(nan,1e300)*c(1e300,1e300)', lambda: complex(nan, 1e300) * complex(1e300, 1e300))
t('c(inf,inf)*c(inf,inf)', lambda: complex(inf, inf) * complex(inf, inf))
t('c(inf,nan)/(1+1j)', lambda: complex(inf, nan) / (1 + 1j))
t('(1+1j)/c(inf,nan)', lambda: (1 + 1j) / complex(inf, nan))
t('1/c(inf,inf)', lambda: 1 / complex(inf, inf))
t('c(inf,nan)/2', lambda: complex(inf, nan) / 2)
t('c(nan,1)*2', lambda: complex(nan, 1) * 2)
t('abs', lambda: (abs(complex(nan, inf)), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(3e307 + 4e307j)))
t('abs overflow', lambda: abs(complex(1.7e308, 1.7e308)))
`,
  'powers': `${TRY}${INF}
for a, b in [(1 + 2j, 2), (1 + 2j, -2), (1j, 2), (0j, 0), (0j, -1), (0j, 1j), (0j, 0.5), (1e-200j, -2), (1 + 1j, 100.0),
             (1 + 1j, 101), (1 + 1j, -101), (2 + 0j, 1025), (1 + 1j, inf), (1e200 + 1e200j, 2), (1.2 + 1e300j, 3),
             (2, 1j), (-8, 1 / 3), (-1, 0.5), (-2.5, 1.5), (-1e300, 1.5), (3 + 4j, 0.5), (1j, 1j), (2, 0.5j)]:
    t(f'{a!r} ** {b!r}', lambda: a ** b)
t('pow3', lambda: pow(1j, 2, 3))
t('pow3 int', lambda: pow(2, 1j, 3))
t('pow3 float', lambda: pow(2.0, 1j, 3))
t('dunder', lambda: (1j).__pow__(2, 5))
`,
  'constructor and strings': `${TRY}
for args in [(), (2,), (2.5, -1), (True,), (1j,), (1, 2), ('1+2j',), (' ( -1.5e-3-2J ) ',), ('j',), ('-j',),
             ('+1.5e3',), ('1_000j',), ('1__0j',), ('_1j',), ('nan+infj',), ('-inf-nanj',), ('infinityj',), ('1e',), ('1 + 2j',),
             ('',), ('(1+2j',), ('1+2j)',), ('\\u0661+2j',), ('1+2j', 1), (1, '2'), (None,), ([],), (b'1',), (1, None), (10**400,), (1, 2, 3)]:
    t(repr(args), lambda: complex(*args))
t('kw', lambda: complex(real=1, imag=2))
t('kw imag', lambda: complex(imag=-0.0))
t('kw str', lambda: complex(real='1'))
t('kw bad', lambda: complex(foo=1))
t('kw dup', lambda: complex(1, real=2))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __complex__(self): return 3j
t('float', lambda: complex(F()))
t('index', lambda: complex(I(), F()))
t('special', lambda: complex(C()))
z = 1 + 2j
t('same', lambda: complex(z) is z)
t('int', lambda: int(z))
t('float', lambda: float(z))
`,
  'repr, hash, == and bool': `${TRY}${INF}
for z in [0j, -0j, complex(-0.0, 0), complex(0, -0.0), 1e16j, complex(1e17, 1), 1e20 + 1e-20j, complex(nan, inf), complex(-1, nan),
          complex(1.5, -2.25), complex(-0.0, -0.0), 100j, complex(2.0**70, -3.5)]:
    t(repr(z), lambda: (str(z), hash(z) if z == z else 'nan', bool(z), z == z.real, z != z.imag))
t('eq', lambda: (1 + 0j == 1, 1 == 1 + 0j, 1.0 != 1 + 0j, True == 1 + 0j, (1e300 + 0j) == 10**300, 2**53 + 1 == complex(2**53 + 1), 1j == None))
t('keys', lambda: {1: 'a', 1.0: 'b', 1 + 0j: 'c', -1: 'd', complex(-1): 'e'})
t('ordering', lambda: 1j < 1j)
t('ordering int', lambda: 2 >= 1j)
t('members', lambda: (complex.real, complex.imag, (2j).real, (2j).imag, (2).imag, (2.5).imag))
t('readonly', lambda: setattr(1j, 'imag', 1))
t('conjugate', lambda: ((1 + 2j).conjugate(), (2).conjugate(), (1j).__complex__(), (1j).__getnewargs__()))
`,
  'subclasses': `${TRY}
import sys
class C(complex):
    pass
class F(float):
    pass
class D(C):
    def __repr__(self):
        return 'D' + complex.__repr__(self)
c = C(1, 2)
c.tag = 'x'
t('sizes', lambda: (sys.getsizeof(C(1)), sys.getsizeof(c), sys.getsizeof(F(1.5)), sys.getsizeof(D(2j))))
t('ops', lambda: (c + 1, type(c + 1).__name__, -c, type(+c).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j), c.tag))
t('repr', lambda: (D(3), [D(-1j)], str(D(1)), complex(D(4)), type(complex(D(4))).__name__))
t('new', lambda: (C(), C('1+1j'), C(2.5, -1), type(C(1j)).__name__))
`,
  'sum phases': `${TRY}
t('a', lambda: (sum([0.1j] * 10), sum([0.1 + 0.1j] * 10, 0j), sum([1, 0.1j, 0.1j, 0.1j], 0.0)))
t('b', lambda: (sum([1e16, 1j, 1.0, 1.0]), sum([1e16j, 1, 1]), sum([1j, 1e16, 1, 1.0])))
t('c', lambda: (sum([1j, -0.0]), sum([-0.0j, -0.0], -0.0), sum([complex(0, -0.0), 0]), sum([complex(0, -0.0), 0.0])))
t('d', lambda: (sum([0.1, 3, 0.1, 0.1, 0.1]), sum([1e16, 1, 1], 0.0), sum([10**16, 1, 1], 0.0), sum([0.1, 10**20, -10**20, 0.1])))
t('e', lambda: (sum([2**62, 2**62, 0.1, 0.1, 0.1]), sum([0.1j, 10**20, -10**20, 0.1]), sum([True, 0.5, 1j])))
t('f', lambda: sum([1j, 'a']))
`,
  'format': `${TRY}
for spec in ['', '>10', '<12', '^14', '*^15', '.2f', '.3e', 'g', '.3', '+', ' ', '+.1f', '10.2f', 'E', 'F', '.0f', '=10', '010', '%', 'd', 's',
             ',.2f', '_.3e', '#g', '#.0f', 'z.2f', '#.3', '20,.2f', '<30_.4e', 'z.0f', '+,.1f',
             ',', '_', '#', 'z', '#,', 'z#', '+#', ' z', '>20,', '#^20', 'z<12', ',.3', 'z.3', 'n', '.3n', '>12n']:
    for z in [1 + 2j, 2j, -1.5 - 0.25j, complex(-0.0, 0), complex(float('nan'), float('-inf')), 1e20 + 1e-5j, complex(0, -0.0),
              1234567.891 - 0.0004j, complex(-0.0, -0.0), 12345678901234567890.0 - 1e-7j, complex(-1234.5, 0)]:
        t(f'{spec!r} {z!r}', lambda: format(z, spec))
t('f-string', lambda: f'{3-4j:.1f} {2j:>6} {1+1j!r:>9} {1j!s}')
t('percent', lambda: '%s %r' % (1 + 1j, 2j))
t('float z', lambda: (format(float('-inf'), 'z.2f'), format(-0.0, 'z.1f'), format(-1e-9, 'z.3e')))
t('percent d', lambda: '%d' % 1j)
t('percent f', lambda: '%.2f' % 1j)
for fmt in ['%x', '%X', '%o', '%d', '%c']:
    for v in [1j, 'ab', 2.5, [1], -1, 0x110000]:
        t(f'{fmt} {v!r}', lambda: fmt % v)
`,
};

describeAgainstCPython('complex against CPython', SNIPPETS);

describe('complex refusals', () => {
  beforeAll(async () => { await ready(); });
  it('an Annex G recovery whose result depends on the sign of a NaN is refused on 3.14, computed on 3.11', () => {
    const src = 'print((1.2+1e300j) ** -4)\n';
    expect(simulate(src, { python: '3.14' }).notSupported).toMatch(/sign of a NaN/);
    expect(simulate(src, { python: '3.11' }).stdout).toBe('(nan+nanj)\n');
  });
  it('a complex argument to complex() with an imag (a DeprecationWarning on 3.14) is refused there only', () => {
    const src = 'print(complex(1j, 1j))\n';
    expect(simulate(src, { python: '3.14' }).notSupported).toMatch(/DeprecationWarning/);
    expect(simulate(src, { python: '3.11' }).stdout).toBe('(-1+1j)\n');
  });
  it('complex.from_number (3.14 only) is refused on the type, not reported missing', () => {
    const src = 'print(complex.from_number(2))\n';
    expect(simulate(src, { python: '3.14' }).notSupported).toMatch(/complex\.from_number/);
    expect(simulate(src, { python: '3.11' }).exception).toMatch(/AttributeError: type object 'complex' has no attribute 'from_number'/);
  });
  it('cmath stays refused', () => {
    expect(simulate('import cmath\nprint(cmath.sqrt(-1))\n', { python: '3.14' }).notSupported).not.toBeNull();
  });
});
