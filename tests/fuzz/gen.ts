// Generators for the fuzzing properties: programs from a small grammar of the
// subset heapsnake models, and junk (byte strings, token soup).
//
// `deterministicProgram` is for the differential property: its output does not
// depend on addresses, hash seeds or timing (no id(), no sets of strings), and
// every top-level statement is wrapped so one exception does not end the run:
// `except Exception as e: print('!', type(e).__name__)`.

import fc from 'fast-check';

const VARS = ['a', 'b', 'c', 'd'];
const indent = (s: string, n = 1): string => s.split('\n').map((l) => '    '.repeat(n) + l).join('\n');

const intLit = fc.oneof(fc.integer({ min: -5, max: 300 }).map(String), fc.constantFrom('2**70', '-(2**65)', '10**20', '0', '1', '256', '257'));
const strLit = fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', 'é', '\u{1F40D}', "'", '"', '\\\\'), maxLength: 5 }).map((s) => JSON.stringify(s));
const atom = fc.oneof(intLit, strLit, fc.constantFrom('None', 'True', 'False', '1.5', '-0.25', '2j', '(1-1j)', '()', '[]', '{}'), fc.constantFrom(...VARS));

export const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.array(tie('e'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(tie('e'), { maxLength: 3 }).map((xs) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`),
    fc.array(fc.tuple(fc.oneof(intLit, strLit), tie('e')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '//', '%', '==', '<', 'is', 'in', 'and', 'or'), tie('e')).map(([x, op, y]) => `(${x} ${op} ${y})`),
    fc.tuple(fc.constantFrom('len', 'str', 'repr', 'bool', 'list', 'tuple', 'sorted', 'abs', 'type'), tie('e')).map(([f, x]) => `${f}(${x})`),
    fc.tuple(tie('e'), fc.integer({ min: -3, max: 3 })).map(([x, i]) => `${x}[${i}]`),
    // slicing goes through list()/str(): heapsnake --python 3.11 raises KeyError for a dict sliced
    // (`{}[0:0]`), CPython 3.11 TypeError: unhashable type: 'slice' (reported; 3.12+ made slices hashable)
    fc.tuple(fc.constantFrom('list', 'str'), tie('e'), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })).map(([f, x, i, j]) => `${f}(${x})[${i}:${j}]`),
    fc.tuple(fc.constantFrom(...VARS), tie('e')).map(([v, x]) => `[${v} for ${v} in range(3) if ${x}]`),
    fc.tuple(fc.integer({ min: 0, max: 4 })).map(([n]) => `{i: i * i for i in range(${n})}`),
  ),
})).e;

const v = fc.constantFrom(...VARS);

export const stmt: fc.Arbitrary<string> = fc.letrec<{ s: string }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(v, expr).map(([x, e]) => `${x} = ${e}`),
    fc.tuple(v, expr).map(([x, e]) => `${x} += ${e}`),
    fc.tuple(v, expr).map(([x, e]) => `${x}.append(${e})`),
    v.map((x) => `${x}.append(${x})`),
    fc.tuple(v, v).map(([x, y]) => `${x} = [${y}, ${x}]`),
    v.map((x) => `${x}.pop()`),
    v.map((x) => `del ${x}`),
    fc.tuple(v, fc.integer({ min: -2, max: 2 })).map(([x, i]) => `del ${x}[${i}]`),
    fc.array(expr, { minLength: 1, maxLength: 3 }).map((xs) => `print(${xs.join(', ')})`),
    v.map((x) => `print(${x})`),
    fc.tuple(v, fc.integer({ min: 0, max: 4 }), fc.array(tie('s'), { minLength: 1, maxLength: 2 })).map(([x, n, b]) => `for ${x} in range(${n}):\n${indent(b.join('\n'))}`),
    fc.tuple(expr, fc.array(tie('s'), { minLength: 1, maxLength: 2 }), fc.array(tie('s'), { minLength: 1, maxLength: 2 })).map(([c, a, b]) => `if ${c}:\n${indent(a.join('\n'))}\nelse:\n${indent(b.join('\n'))}`),
    fc.tuple(v, expr, expr).map(([x, body, arg]) => `def f(${x}):\n    return ${body}\nprint(f(${arg}))`),
    fc.tuple(v, expr).map(([x, e]) => `def g(n):\n    for i in range(n):\n        yield (i, ${e})\n${x} = list(g(3))`),
    fc.tuple(v, expr).map(([x, e]) => `class K:\n    def __init__(self, v):\n        self.v = v\n        self.me = self\n    def __repr__(self):\n        return 'K(' + repr(self.v) + ')'\n${x} = K(${e})\nprint(${x}, ${x}.v)`),
    fc.tuple(v, v).map(([x, y]) => `${x} = {'self': None}\n${x}['self'] = ${x}\n${y} = ${x}\nprint(${x})`),
    fc.constantFrom('import gc\nprint(gc.collect())', 'import gc\ngc.collect()', 'a = b = c = d = None'),
    fc.tuple(v, expr).map(([x, e]) => `try:\n    ${x} = ${e}\n    raise ValueError(${x})\nexcept ValueError as err:\n    print(type(err).__name__, len(err.args))`),
    fc.tuple(v, expr).map(([x, e]) => `with open('f.txt', 'w') as fh:\n    fh.write(str(${e}))\nwith open('f.txt') as fh:\n    ${x} = fh.read()\nprint(${x})`),
  ),
})).s;

const wrap = (s: string): string => `try:\n${indent(s)}\nexcept Exception as e:\n    print('!', type(e).__name__)`;

/** A program whose output CPython defines and does not depend on addresses or hash seeds. */
export const deterministicProgram: fc.Arbitrary<string> = fc.array(stmt, { minLength: 1, maxLength: 8 })
  .map((ss) => ['a = [1, 2]', 'b = (3, "x")', 'c = {"k": a}', 'd = 7', ...ss.map(wrap), 'print("end", a, b, c, d)'].join('\n') + '\n');

/** Programs with the memory-heavy constructs too (finalizers, weak references, cycles), unwrapped. */
const memStmt = fc.oneof(
  stmt,
  fc.constantFrom(
    'class D:\n    def __del__(self):\n        print("del", type(self).__name__)\nx = D()\nx.self = x\ndel x',
    'class E:\n    def __del__(self):\n        raise RuntimeError("in del")\ne = E()\ndel e',
    'import weakref\nclass W:\n    pass\nw = W()\nr = weakref.ref(w, lambda ref: print("cb", ref() is None))\ndel w\nprint(r())',
    'import weakref\nclass W:\n    pass\nw = W()\nws = weakref.WeakValueDictionary()\nws[1] = w\ndel w\nprint(len(ws))',
    'def gen():\n    x = [1, 2]\n    yield x\n    yield len(x)\nit = gen()\nprint(next(it))\ndel it',
    'def outer():\n    y = []\n    def inner():\n        y.append(1)\n        return y\n    return inner\nh = outer()\nprint(h(), h())',
    'import sys\nprint(sys.getrefcount(a) > 0)',
    'import gc\nl = []\nl.append(l)\ndel l\nprint(gc.collect())',
    'try:\n    1 / 0\nexcept ZeroDivisionError as z:\n    saved = z\nprint(type(saved).__name__)',
    'import sys\nprint(sys.getsizeof([1, 2, 3]), sys.getsizeof("abc"))',
  ),
);
export const memoryProgram: fc.Arbitrary<string> = fc.array(memStmt, { minLength: 1, maxLength: 8 }).map((ss) => ss.join('\n') + '\n');

/**
 * Memory programs with allocation loops of sizes around the collectors' thresholds (700 on 3.11, 2,000
 * on 3.14, and CPython's start-up count), so that CPython's automatic collections fall at different
 * places: what heapsnake prints must be CPython's output or a prefix of it followed by a refusal
 * (src/core/gc.ts timingUnknown, src/core/gcwatch.ts).
 */
const timingStmt = fc.oneof(
  memStmt,
  fc.constantFrom(
    'import gc\nclass C:\n    pass\nfor i in range(40):\n    c = C(); c.me = c\nprint(gc.collect())',
    'class Q:\n    def __del__(self):\n        print("Q del")\nfor i in range(3):\n    q = Q(); q.me = q',
    'import weakref\nclass N:\n    pass\nn = N(); n.me = n\nwr = weakref.ref(n)\ndel n\nprint(wr() is None)',
    'import weakref\nclass N:\n    pass\nws = weakref.WeakSet()\nitems = [N() for i in range(5)]\nfor x in items:\n    ws.add(x)\ndel x\nitems.pop()\nprint(len(ws))',
    'import weakref\nclass F:\n    pass\nf = F()\nfin = weakref.finalize(f, print, "finalized")\ndel f\nprint(fin.alive)',
    'import weakref\nclass F:\n    pass\nf = F(); f.me = f\nfin2 = weakref.finalize(f, print, "cycle finalized")\ndel f',
    'class P:\n    def __del__(self):\n        print("P del")\np = P(); q = P(); p.q = q; q.p = p\ndel p, q',
    'import gc\ngc.disable()', 'import gc\ngc.enable()', 'import gc\nprint(gc.collect(0))', 'import gc\nprint(gc.get_count())',
    'import gc\nt = (1, 2)\nprint(gc.is_tracked(t), gc.is_tracked([t]))',
    'import gc\nclass G:\n    pass\ng = G()\nholder = [g]\nprint(len(gc.get_referrers(g)))',
    'import sys\nx = [1]\ny = x\nprint(sys.getrefcount(x))',
  ),
);
const filler = fc.constantFrom(20, 90, 300, 700, 1500, 2100, 3000).map((n) => `keep${n} = [[] for i in range(${n})]`);
export const memoryTimingProgram: fc.Arbitrary<string> = fc.array(fc.oneof({ weight: 3, arbitrary: timingStmt }, { weight: 1, arbitrary: filler }), { minLength: 2, maxLength: 10 })
  .map((ss) => ss.join('\n') + '\n');

const TOKENS = ['def', 'class', 'if', 'else', 'elif', 'for', 'while', 'in', 'return', 'yield', 'lambda', 'try', 'except', 'finally', 'with', 'as',
  'import', 'from', 'del', 'global', 'nonlocal', 'pass', 'break', 'continue', 'raise', 'not', 'and', 'or', 'is', 'await', 'async', 'match', 'case',
  'x', 'y', 'f', 'print', 'len', 'None', 'True', '0', '1', '10**9', '1.5', '"s"', "'", '"""', 'b"x"', 'f"{x}"', '(', ')', '[', ']', '{', '}', ':', ',', '.', ';', '=',
  '==', '+', '-', '*', '**', '/', '//', '%', '@', '<', '>', '->', ':=', '...', '\\', '#', '\n', '\n    ', '\t', ' ', '\0', '\u202e', '\u{1F40D}', '\ufeff'];
export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((ts) => ts.join(' '));
export const byteSoup: fc.Arbitrary<string> = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('utf8'));

/** Runs and seed: small in CI; `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_SCALE (multiplies every
 *  property's run count) and FUZZ_SEED (reproduces a run: fast-check prints the seed of a failure). */
export function fuzzParams(ciRuns: number): { numRuns: number; seed?: number } {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  // CI runs are reproducible (a fixed seed); `npm run fuzz` passes its own seeds, FUZZ_RANDOM=1 draws one
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? undefined : 20261124;
  return { numRuns: Math.max(1, Math.round(ciRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))), ...(seed !== undefined ? { seed } : {}) };
}
