// The trace's explanations of introspection calls (src/core/explain.ts, docs/trace.md):
// for every corpus program whose CPython 3.11 and 3.14 outputs differ and that calls
// sys.getrefcount, sys.getsizeof, gc.collect or gc.is_tracked (or uses `is`), each explanation adds up
// to its value, the value is what CPython printed (tests/corpus/*.expected.json), and
// `trace --compare` shows both versions' explanations for every call whose result differs.
// And, away from those calls: the labelled holders of an object number exactly its
// reference count, across the first few hundred steps of several programs.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate, RunResult } from '../src/core/simulate.js';
import { formatTraceText, callText, explainValue, relativeValue, compareExplanations } from '../src/core/tracetext.js';
import { refHolders, explainRoots, ExplainEvent } from '../src/core/explain.js';
import { getVM } from '../src/core/classes.js';
import { PyCell, PyObject } from '../src/core/object.js';
import { RULES, PyVersion } from '../src/core/version.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const CALLS = /\b(getrefcount|getsizeof|is_tracked|collect)\s*\(|\bis\b/;
type Expected = Record<PyVersion, { stdout: string }>;
const differing = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().filter((f) => {
  const e = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
  return e['3.14'].stdout !== e['3.11'].stdout;
});
const withCalls = differing.filter((f) => CALLS.test(readFileSync(join(dir, f), 'utf8')));

beforeAll(async () => { await ready(); });

const explanations = (r: RunResult): ExplainEvent[] => r.trace!.events.filter((e): e is ExplainEvent => e.kind === 'explain');

/** The call's source text when it is printed as it is: a print() argument or an f-string field. */
function printedDirectly(line: string, call: string): boolean {
  if (!/^\s*print\(/.test(line)) return false;
  const at = line.indexOf(call);
  if (at < 0) return false;
  const before = line.slice(0, at).trimEnd().slice(-1), after = line.slice(at + call.length).trimStart()[0];
  return ['(', ',', '{'].includes(before) && [')', ',', '}', ':'].includes(after);
}

describe('explanations of the corpus programs whose versions differ', () => {
  it('finds them', () => {
    // the corpus grows; these bounds only guard against the listing silently finding nothing
    expect(differing.length).toBeGreaterThan(50);
    expect(withCalls.length).toBeGreaterThan(40);
  });
  for (const f of withCalls) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const lines = src.split('\n');
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
      const runs = {} as Record<PyVersion, RunResult>;
      const problems: string[] = [];
      let checked = 0, direct = 0;
      for (const v of ['3.14', '3.11'] as const) {
        const r = simulate(src, { python: v, trace: true, maxSnapshots: 0, timeoutMs: 30000 });
        runs[v] = r;
        const cp = expected[v].stdout;
        const nth = new Map<string, number>();
        let lastStep = -1;
        for (const e of explanations(r)) {
          if (e.step !== lastStep) { nth.clear(); lastStep = e.step; }
          const key = `${e.line}:${e.call}`;
          const k = nth.get(key) ?? 0;
          nth.set(key, k + 1);
          const where = `${v} line ${e.line} ${e.call} → ${e.value}`;
          // the parts add up to the value (an immortal count or a tracking answer is a sentence instead)
          if (e.call === 'is' || e.call === 'gc.is_tracked') {
            if (!e.note) problems.push(`${where}: no reason given`);
          } else if (!(e.call === 'sys.getrefcount' && e.note)) {
            const sum = e.parts.reduce((n, [, x]) => n + x, 0);
            if (!e.exact || String(sum) !== e.value) problems.push(`${where}: parts add up to ${sum} (exact: ${e.exact})`);
          }
          if (e.call === 'sys.getrefcount' && e.note && e.value !== String(RULES[v].immortalRefcnt)) problems.push(`${where}: a note for a non-immortal count`);
          // the value is what CPython printed, where the program prints the call's result as it is
          const call = callText(lines[e.line - 1], e, k);
          if (!printedDirectly(lines[e.line - 1] ?? '', call)) continue;
          direct++;
          const end = cp.indexOf('\n', e.out);
          const printed = cp.slice(e.out, end < 0 ? undefined : end);
          if (!new RegExp(`(^|[^\\w.])${e.value}($|[^\\w.])`).test(printed)) problems.push(`${where}: CPython printed ${JSON.stringify(printed)}`);
          else checked++;
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBe(direct);
      if (process.env.EXPLAIN_DEBUG) console.log(f, direct);
      // --compare: every call whose result differs between the versions is shown with both explanations
      const text = formatTraceText(runs['3.14'], runs['3.11']);
      const cmp = compareExplanations(runs['3.14'].trace!, runs['3.11'].trace!);
      const missing: string[] = [];
      const nth = new Map<string, number>();
      let lastStep = -1;
      for (const e of explanations(runs['3.14'])) {
        if (e.step !== lastStep) { nth.clear(); lastStep = e.step; }
        const key = `${e.line}:${e.call}`;
        const k = nth.get(key) ?? 0;
        nth.set(key, k + 1);
        const o = cmp.pairOf(e);
        if (!o || o.value === e.value) continue;
        const block = `line ${e.line}: ${callText(lines[e.line - 1], e, k)} differs:\n    3.14: ${explainValue(e)}\n    3.11: ${relativeValue(o, e)}\n`;
        if (!text.includes(block)) missing.push(block);
      }
      expect(missing).toEqual([]);
    });
  }
});

describe('the holders explain.ts names for an object number its reference count', () => {
  const programs = ['mem-004-refcount-function-arg', 'mem-012-refcount-local-vs-global', 'mem-117-refcount-kwargs', 'mem-141-comprehension-inlined',
    'mem-143-comprehension-scoping', 'mem-152-refcount-attr-chain', 'mem-178-refcount-maybe-unbound-locals', 'topic-getrefcount'];
  for (const v of ['3.14', '3.11'] as const) {
    it(`over the first 300 steps of ${programs.length} programs on ${v}`, () => {
      const problems: string[] = [];
      let compared = 0;
      for (const p of programs) {
        const src = readFileSync(join(dir, `${p}.py`), 'utf8');
        let steps = 0;
        simulate(src, {
          python: v, trace: true, maxSnapshots: 0, timeoutMs: 30000,
          onStep: (_heap, line) => {
            const vm = getVM();
            const roots = explainRoots();
            if (!roots || vm.runDepth !== 1 || ++steps > 300) return;
            // every object a frame's name refers to, and what those objects hold
            const seen = new Set<PyObject>();
            const note = (o: PyObject | null | undefined) => { if (o && !o.imm && !o.dead) seen.add(o); };
            for (let f = vm.top; f; f = f.back) for (const x of f.lp) note(x instanceof PyCell ? x.ref : x);
            if (roots.globals) for (const e of roots.globals.entries) if (e) note(e.value);
            for (const o of [...seen]) { const out: [string, PyObject][] = []; o.refs(out); for (const [, r] of out) note(r); }
            for (const o of seen) {
              const { counted } = refHolders(o, roots);
              compared++;
              if (counted.length !== o.rc) problems.push(`${p} line ${line}: ${o.type.name}#${o.id} refcount ${o.rc}, holders ${counted.join(' + ')}`);
            }
          },
        });
      }
      expect(problems).toEqual([]);
      expect(compared).toBeGreaterThan(500);
    });
  }
});

describe('every sys.getrefcount explanation in the corpus names all the references it counts', () => {
  const all = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().filter((f) => /getrefcount/.test(readFileSync(join(dir, f), 'utf8')));
  for (const v of ['3.14', '3.11'] as const) {
    it(`on ${v} (${all.length} programs)`, () => {
      const problems: string[] = [];
      let n = 0;
      for (const f of all) {
        const r = simulate(readFileSync(join(dir, f), 'utf8'), { python: v, trace: true, maxSnapshots: 0, timeoutMs: 30000 });
        for (const e of explanations(r)) {
          if (e.call !== 'sys.getrefcount' || e.note) continue;
          n++;
          if (!e.exact || String(e.parts.length) !== e.value) problems.push(`${f} line ${e.line}: ${e.value} = ${e.parts.map(([l]) => l).join(' + ')}`);
        }
      }
      expect(problems).toEqual([]);
      expect(n).toBeGreaterThan(100);
    });
  }
});

it('--compare says where the other version stopped (its later calls have no pair)', () => {
  const src = 'import sys\na = []\nprint(sys.getrefcount(a))\nprint(sys.getrefcount(None))\n';
  const r = simulate(src, { python: '3.14', trace: true });
  const o = simulate(src, { python: '3.11', trace: true });
  expect(o.notSupported).toMatch(/\(line 4\)/);
  const text = formatTraceText(r, o);
  expect(text).toContain('(on 3.11 heapsnake stopped: NotSupported: ');
  expect(text).toMatch(/^line 4: sys\.getrefcount\(None\) → \d+: immortal/m);
  expect(text).not.toContain('differs');
});
