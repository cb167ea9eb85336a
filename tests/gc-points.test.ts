// Where CPython may run an automatic collection (src/core/gc.ts: crossingPossible, gcEvalBreaker; gcwatch.ts:
// watchPoint, mayBeGone), checked against the real interpreters: first the facts the model rests on, measured
// with a gc.callbacks hook that reads the interrupted frame's instruction, then programs heapsnake answers
// (identical to CPython's output) or refuses (after CPython's own output).
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ready } from '../src/topics/page.js';
import { simulate } from '../src/core/simulate.js';
import { RULES } from '../src/core/version.js';

type V = '3.14' | '3.11';
const PY: Record<V, string> = { '3.14': join(__dirname, '..', '.cpython', 'bin', 'python3.14'), '3.11': 'python3' };
const havePython = (v: V): boolean => (v === '3.11' ? spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)']).status === 0 : existsSync(PY[v]));
const dir = mkdtempSync(join(tmpdir(), 'hs-points-'));
let n = 0;
function real(src: string, v: V, args: string[] = []): string {
  const f = join(dir, `p${n++}.py`);
  writeFileSync(f, src);
  // (in the temporary directory: corpus programs that write files leave them there, not in the checkout)
  const r = spawnSync(PY[v], [f, ...args], { cwd: dir, encoding: 'utf8', timeout: 20000 });
  return r.stdout;
}

// A collection scheduled by the allocations on the snippet's line 2 runs at the first eval-breaker check after
// them: the hook prints the instruction it interrupted, or "outside" when it ran after the snippet.
const WHERE = `import gc, sys, dis
where = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        where.append((f.f_code, f.f_lasti))
def pyf(): return 1
def gen():
    while True: yield 1
g = gen(); next(g)
lst = [1, 2]; s = 'abc'
keep = []
code = compile(sys.argv[1], '<snippet>', 'exec')
gc.collect()
t = gc.get_threshold()[0]
while gc.get_count()[0] < t - 3: keep.append([])
gc.callbacks.append(cb)
exec(code)
gc.callbacks.clear()
out = []
for c, lasti in where:
    if c is code or c.co_name in ('pyf', 'gen'):
        ins = [i.opname for i in dis.get_instructions(c) if i.offset == lasti]
        out.append(c.co_name + ':' + (ins[0] if ins else '?'))
    else: out.append('outside')
print(out[0] if out else 'none')
`;
const snippet = (stmt: string): string => `x = 1 + 2\na1 = []; a2 = []; a3 = []; a4 = []; a5 = []; a6 = []\ny = x * 3\n${stmt}\nz = 5\n`;

describe('CPython 3.14.10: where a scheduled collection runs (the facts gc.ts: gcEvalBreaker rests on)', () => {
  const cases: [string, string][] = [
    ['w = 7', 'outside'], // stores and arithmetic do not check
    ['w = lst[0]', 'outside'],
    ['del a1', 'outside'],
    ['w = len(lst)', '<module>:CALL'], // a CALL's first, generic run checks at its end
    ['w = lst.copy()', '<module>:CALL'],
    ['w = sorted(lst, reverse=True)', 'outside'], // CALL_KW does not
    ['w = pyf()', 'pyf:RESUME'], // a Python function's RESUME
    ['w = next(g)', 'gen:RESUME'], // a generator resumed after a plain yield
    ['for i in lst: pass', '<module>:JUMP_BACKWARD'],
    ["w = f'{s!s}'", '<module>:CONVERT_VALUE'], // PyObject_Str calls PyErr_CheckSignals
    ["w = f'{x}'", '<module>:FORMAT_SIMPLE'],
    ['w = 10**20 * x', '<module>:BINARY_OP'], // x_mul's SIGCHECK on a multi-digit int
  ];
  it.skipIf(!havePython('3.14'))('each construct, as measured', () => {
    for (const [stmt, want] of cases) {
      // (dis names the adaptive forms by their base instruction: RESUME_CHECK and JUMP_BACKWARD_NO_JIT read as the base)
      const got = real(WHERE, '3.14', [snippet(stmt)]).trim();
      expect(got, stmt).toBe(want);
    }
  });
  it.skipIf(!havePython('3.14'))('a specialized CALL_LEN does not check: the loop\'s backward jump does', () => {
    const src = `import gc, sys, dis
hits = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        hits.append([i.opname for i in dis.get_instructions(f.f_code, adaptive=True) if i.offset == f.f_lasti][0])
lst = [1]; keep = []
def h(n):
    i = 0
    while i < n:
        a = []; b = []; c = []
        len(lst)
        keep.append(a)
        i += 1
gc.callbacks.append(cb)
h(6000)
gc.callbacks.clear()
print(sorted(set(hits)))
`;
    expect(real(src, '3.14').trim()).toBe("['JUMP_BACKWARD_NO_JIT']");
  });
  for (const v of ['3.14', '3.11'] as V[]) {
    it.skipIf(!havePython(v))(`${v}: print() allocates a counted object ${v === '3.11' ? 'at times' : 'only first after a full collection (its free list emptied)'} (VersionRules.printAllocates), and a collection it starts runs before the text`, () => {
      const src = 'import gc\na = gc.get_count()\nprint("x")\nb = gc.get_count()\nprint("y", 5)\nc = gc.get_count()\ngc.collect(0)\nd = gc.get_count()\nprint("z")\ne = gc.get_count()\ngc.collect()\nf = gc.get_count()\nprint("w")\ng = gc.get_count()\nprint("v")\nh = gc.get_count()\nprint(b[0] - a[0] - 1, c[0] - b[0] - 1, e[0] - d[0] - 1, g[0] - f[0] - 1, h[0] - g[0] - 1)\n';
      expect(real(src, v).trim().split('\n').pop()).toBe(v === '3.11' ? '-1 -1 0 1 0' : '0 -1 -1 1 0');
      const order = `import gc, sys
def cb(phase, info):
    if phase == 'start': sys.stdout.write('<GC>')
keep = []
gc.collect()
while gc.get_count()[0] < gc.get_threshold()[0]: keep.append([])
gc.callbacks.append(cb)
print('line')
gc.callbacks.clear()
`;
      expect(real(order, v)).toBe('<GC>line\n');
    });
  }
});

describe('temporary objects of builtins: a bound special method, an iterator (VersionRules.tempObjectsCounted)', () => {
  // with the free lists warm (the expression ran 100 times after gc.collect(), which empties them), does the
  // expression alone start a collection once the count sits at the threshold? format.ts: format calls
  // gc.ts: gcTransientAllocation for the bound ones; str.format formats exact str/int/float/complex itself
  const bound = ["f'{n}'", "f'{1.5}'", "f'{7:>4}'", 'format(n)', "'{}'.format(n)", "f'{True}'",
    'round(2.5)', 'sys.getsizeof(n)', 'math.floor(7)', 'sum(L)', 'max(L)', 'max(3, 4)', 'any(L)'];
  const direct = ["f'{7}'", "'{}'.format(1.5)", "'{:>3}'.format(7)", "'{}'.format(7)", 'math.floor(2.5)', 'sum(range(3))', 'abs(-5)'];
  for (const v of ['3.14', '3.11'] as V[]) {
    it.skipIf(!havePython(v))(`${v}: ${RULES[v].tempObjectsCounted ? 'counted' : 'from a free list'}`, () => {
      for (const e of [...bound, ...direct]) {
        const src = `import gc, sys, math\nclass Node:\n    pass\nn = Node()\nL = [1, 2]\ndef cb(phase, info):\n    if phase == 'start': sys.stdout.write('<GC>')\nkeep = []\ngc.collect()\nfor i in range(100):\n    s = ${e}\n    t = (i, i)\nwhile gc.get_count()[0] < gc.get_threshold()[0]: keep.append([])\ngc.callbacks.append(cb)\ns = ${e}\ngc.callbacks.clear()\nsys.stdout.write('end\\n')\n`;
        expect(real(src, v), e).toBe(RULES[v].tempObjectsCounted && bound.includes(e) ? '<GC>end\n' : 'end\n');
      }
    });
  }
});

describe('answered where no point came between the garbage and its observation, refused where one may have', () => {
  beforeAll(async () => { await ready(); });
  const node = 'import gc\nclass Node:\n    pass\n';
  const cycle = 'a = Node(); b = Node()\na.o = b; b.o = a\ndel a, b\n';
  const cases: [string, string, { '3.14': 'answer' | 'refuse'; '3.11': 'answer' | 'refuse' }][] = [
    ['collect right after the del', node + cycle + 'print(gc.collect())\n', { '3.14': 'answer', '3.11': 'answer' }],
    ['a print between (3.14: no allocation, so no point)', node + cycle + 'print("deleted")\nprint(gc.collect())\n', { '3.14': 'answer', '3.11': 'answer' }],
    ['an allocation and a call between', node + cycle + 'n = len([1])\nprint(gc.collect())\n', { '3.14': 'refuse', '3.11': 'answer' }],
    ['a loop of cycles (each backward jump is a point)', node + 'for i in range(10):\n    a = Node(); b = Node(); a.o = b; b.o = a\nprint(gc.collect())\n', { '3.14': 'refuse', '3.11': 'answer' }],
    ['the same after gc.collect(): the count is 0', node + 'gc.collect()\nfor i in range(10):\n    a = Node(); b = Node(); a.o = b; b.o = a\nprint(gc.collect())\n', { '3.14': 'answer', '3.11': 'answer' }],
    ['200 cycles: past 3.11\'s margin too', node + 'for i in range(200):\n    a = Node(); b = Node(); a.o = b; b.o = a\nprint(gc.collect())\n', { '3.14': 'refuse', '3.11': 'refuse' }],
  ];
  for (const v of ['3.14', '3.11'] as V[]) {
    it(`${v}: as CPython prints, or refused after CPython's output`, () => {
      for (const [name, src, want] of cases) {
        const s = simulate(src, { python: v });
        if (want[v] === 'refuse') expect(s.notSupported, `${name} (${v})`).toMatch(/gc\.collect\(\) once CPython may have run an automatic collection.*(at line \d+|earlier), after this garbage was made/);
        else expect(s.notSupported, `${name} (${v})`).toBeNull();
        if (havePython(v)) {
          const cp = real(src, v);
          if (s.notSupported) expect(cp.startsWith(s.stdout), name).toBe(true);
          else expect(s.stdout, `${name} (${v})`).toBe(cp);
        }
      }
    });
  }
});

describe("the start count's bound (VersionRules.gcStartupMax) holds for CPython's own start counts", () => {
  // every 8th corpus program without compile-time warnings: CPython's count at its first line, against the bound
  // heapsnake assumes for a script with that many code objects (module, functions, classes, lambdas, and on 3.11
  // comprehensions: counted by CPython's own compile())
  const corpus = join(__dirname, 'corpus');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.py')).sort().filter((_, i) => i % 8 === 0);
  const measure = `import sys, warnings
def codes(c): return 1 + sum(codes(k) for k in c.co_consts if hasattr(k, 'co_code'))
for f in sys.argv[1:]:
    src = open(f).read()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: c = compile(src, f, 'exec')
        except SyntaxError: continue
    if w: continue
    import subprocess
    r = subprocess.run([sys.executable, '-c', 'import gc; print(gc.get_count()[0])\\n' + src], capture_output=True, text=True, timeout=20)
    if r.stdout: print(codes(c), r.stdout.split()[0])
`;
  for (const v of ['3.14', '3.11'] as V[]) {
    it.skipIf(!havePython(v))(`${v}: measured start counts are within it`, () => {
      const rows = real(measure, v, files.map((f) => join(corpus, f))).trim().split('\n').map((l) => l.split(' ').map(Number));
      expect(rows.length).toBeGreaterThan(30);
      const m = RULES[v].gcStartupMax;
      for (const [codes, count] of rows) {
        // (`import gc` itself adds VersionRules.importCountedObjects.gc before the count is read)
        expect(count - RULES[v].importCountedObjects.gc, `${codes} code objects`).toBeLessThanOrEqual(Math.min(m.base + m.perCode * codes, RULES[v].gcThreshold[0]));
      }
    }, 120_000);
  }
});
