// Generated generator-function shapes for the co_stacksize differential (tests/genstack.test.ts,
// scripts/genstack.mjs): with blocks, try/except (with and without `as`), try/finally, loops,
// yield / yield from / return / break / continue at every nesting, and expressions that hold
// a few values on the stack around a yield. The body never runs: only sys.getsizeof(g()) is
// compared, which is 168 + 8 * (nlocalsplus + co_stacksize) on both versions.
import { rng } from '../src/app/rng.js';


interface Ctx { loop: boolean; depth: number; names: number; max: number }

export function shape(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const fresh = (c: Ctx) => `v${c.names++ % 4}`;
  const expr = (): string => pick([
    'a', '1', 'f(a)', 'f(a, b, c)', '[a, b]', 'a + b * c', '(a, (b, c))', 'f(a, (yield b))',
    '{a: b, c: (yield)}', 'x.y(z, 2)', '(yield)', 'f(*a)', 'a[b:c]', 'g(h(a, b), k(c, d, e))',
    'f(a, b=1, c=(yield))', 'f(*a, b=1, c=2)', 'o.m(*a, **k, b=1, c=f(x, y))', 'f(a, **k)', 'f(**k)',
    'f(*a, b=(yield), **k)', `f(*a, ${Array.from({ length: 16 }, (_, i) => `k${i}=${i === 7 ? 'g(x, y)' : i}`).join(', ')})`,
    'a if f(b) else (c, d)', 'a and f(b, c) or d', 'a < f(b) < c', 'not (a in b)', '[x * 2 for x in f(a, b)]',
    '{k: (v, 1) for k, v in a}', '(x for x in a)', 'lambda q, r=f(a): q', "f'{a!r:>{b}} {f(c, d)}'", '(v0 := f(a, b))',
    '[*a, *f(b, c)]', '{**a, b: c}', '{a, b, *c}', '-a ** f(b)', 'a[f(b), c:d]', 'o.m(a)(b)', '(a, *b)',
    "{'a': f(x), 'b': (yield), 'c': 1}", "{'k': a, **m, 'j': f(b, c), 'i': 2}", "{'x': 1, 'y': -2}", 'f(a, b, c, *d)',
    '[f(a), g(b, c), *d, e]', '{a, f(b, c), *d}', '(a, b, f(c, d), *e)',
    `[${Array.from({ length: 33 }, (_, i) => (i === 20 ? 'f(a, (yield))' : `a${i}`)).join(', ')}]`,
    `{${Array.from({ length: 20 }, (_, i) => (i === 17 ? 'k: f(a, b)' : i % 3 ? `'s${i}': a` : `a${i}: b`)).join(', ')}}`,
    `{${Array.from({ length: 16 }, (_, i) => `'c${i}': ${i === 9 ? '(yield)' : 'a'}`).join(', ')}}`,
    `o.m(${Array.from({ length: 31 }, (_, i) => (i === 4 ? 'g(a, b, c)' : `a${i}`)).join(', ')})`,
  ]);
  const simple = (c: Ctx): string => pick([
    'yield ' + expr(), 'yield', `${fresh(c)} = yield ${expr()}`, 'yield from ' + pick(['a', '[1, 2]', 'f(a, b)', 'g()']),
    `${fresh(c)} = yield from h()`, 'pass', `${fresh(c)} = ${expr()}`, 'f(a, b)', 'del a[0]',
    `${fresh(c)}, ${fresh(c)} = a`, 'x.y = (yield a)', `${fresh(c)} += f(a, (yield))`, 'a[b] += (yield c)',
    'a[b:c] = (yield)', `${fresh(c)}, *${fresh(c)} = yield`, 'assert a, f(b)', 'raise E(a) from f(b)',
    'import os.path as op', 'global gq', `${fresh(c)} = x.y.z = (yield)`, 'a.b += f(c)',
  ]);
  const ind = (n: number) => '    '.repeat(n);
  const block = (c: Ctx, lvl: number, n: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(...stmt(c, lvl));
    return out;
  };
  const body = (c: Ctx, lvl: number): string[] => block({ ...c, depth: c.depth + 1 }, lvl, chance(0.7) ? 1 : 2);
  const stmt = (c: Ctx, lvl: number): string[] => {
    const i = ind(lvl);
    const k = c.depth >= c.max ? 0 : r();
    if (k < 0.35) {
      const ends: string[] = [];
      if (chance(0.12)) ends.push(pick(['return', 'return 1', 'return a', 'return f(a)', 'return (yield)', 'return -1', 'return (1, 2)', 'return 2 ** 3']));
      if (c.loop && chance(0.1)) ends.push(pick(['break', 'continue']));
      return [i + simple(c), ...ends.map((e) => i + e)];
    }
    if (k < 0.55) {
      const items = pick([['cm()'], ['cm() as w'], ['a as (p, q)'], ['cm() as w', 'cm2()'], ['a', 'b as z', 'c'], ['cm(a, (yield))']]);
      return [`${i}with ${items.join(', ')}:`, ...body(c, lvl + 1)];
    }
    if (k < 0.78) {
      const out = [`${i}try:`, ...body(c, lvl + 1)];
      const nh = pick([0, 1, 1, 2, 3]);
      const fin = nh === 0 || chance(0.3);
      for (let h = 0; h < nh; h++) {
        const bare = h === nh - 1 && chance(0.2);
        const ty = bare ? '' : ' ' + pick(['ValueError', '(KeyError, TypeError)', 'E', 'f(a)']);
        const as = !bare && chance(0.6) ? ` as ${pick(['e', 'err', 'v0'])}` : '';
        out.push(`${i}except${ty}${as}:`, ...body(c, lvl + 1));
      }
      if (nh > 0 && chance(0.25)) out.push(`${i}else:`, ...body(c, lvl + 1));
      if (fin) out.push(`${i}finally:`, ...body(c, lvl + 1));
      return out;
    }
    if (k < 0.9) {
      const out = [`${i}for ${pick(['x', 'x, y', 'v1'])} in ${pick(['a', 'range(3)', 'f(a, b)', '(yield)'])}:`, ...body({ ...c, loop: true }, lvl + 1)];
      if (chance(0.2)) out.push(`${i}else:`, ...body(c, lvl + 1));
      return out;
    }
    if (k < 0.95) return [`${i}while ${pick(['a', 'f(a)', 'x < 3'])}:`, ...body({ ...c, loop: true }, lvl + 1)];
    const out = [`${i}if ${pick(['a', 'f(a, b)', '(yield)'])}:`, ...body(c, lvl + 1)];
    if (chance(0.4)) out.push(`${i}else:`, ...body(c, lvl + 1));
    return out;
  };
  const c: Ctx = { loop: false, depth: 0, names: Math.floor(r() * 4), max: pick([1, 2, 2, 3]) };
  const lines = block(c, 1, chance(0.6) ? 1 : 2);
  // a generator for sure: a body whose only yield sits after a return is still one
  if (!lines.some((l) => /\byield\b/.test(l))) lines.push('    yield');
  return `def g():\n${lines.join('\n')}\n`;
}

/** The CPython side: one process measures every shape (exec in a fresh namespace). */
export const MEASURE_PY = `
import sys, json
out = []
for src in json.load(sys.stdin):
    ns = {}
    try:
        exec(compile(src, 'shape', 'exec'), ns)
        gen = ns['g']()
        out.append([sys.getsizeof(gen), ns['g'].__code__.co_stacksize])
    except SyntaxError as e:
        out.append(None)
print(json.dumps(out))
`;
