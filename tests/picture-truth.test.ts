// The numbers the picture draws are CPython's: for a subset of the corpus and the learner snippets, the
// refcount and the size on every box of the last picture (the 'end of program' step) reachable from a
// module-level name are checked against real CPython through an atexit epilogue
// (scripts/picture-probe.mjs explains how; `node scripts/picture-probe.mjs tests/corpus tests/learn-probe`
// runs it over everything). The subset is bounded to finish well within a minute; it holds the programs
// with the most objects to check and the ones for bugs the probe found (mem-330..338).
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate } from '../src/core/simulate.js';
import { probeProgram, pythons, runCPython } from '../scripts/picture-probe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SUBSET = [
  'learn-probe/095_many_instances_size.py', 'learn-probe/032_cache_dict.py',
  'corpus/lang-207-sort-comparison-order.py', 'corpus/mem-276-shared-keys-exhausted.py', 'corpus/lang-085-nested-comprehension.py',
  'corpus/mem-034-sizeof-generator-vs-list.py', 'corpus/topic-generators.py', 'corpus/lang-114-counter-namedtuple.py',
  'corpus/mem-128-sizeof-collections.py', 'corpus/lang-095-file-readlines-iter.py', 'corpus/lang-035-closure-late-binding.py',
  'corpus/lang-054-slots.py', 'corpus/mem-274-except-as-refcount-in-function.py', 'corpus/mem-120-gc-get-referents.py',
  'corpus/lang-120-print-str-vs-repr.py', 'corpus/lang-078-generator-basics.py',
  'corpus/mem-330-module-code-freed-at-end.py', 'corpus/mem-331-stdout-flushed-when-script-ends.py',
  'corpus/mem-332-generator-frame-holds-function.py', 'corpus/mem-333-traceback-frame-holds-function.py',
  'corpus/mem-334-sizeof-slots-weakref.py', 'corpus/mem-335-namedtuple-fields-refcount.py',
  'corpus/mem-336-sizeof-readlines.py', 'corpus/mem-337-sizeof-gc-referents.py', 'corpus/mem-338-sizeof-id-static.py',
];

// a program that prints nothing itself: the epilogue's lines are the whole output
const QUIET = 'class Box:\n    def __init__(self, v):\n        self.v = v\nitems = [[1, 2], "ab cd" * 2, {"k": 1.5}, Box((3.25, "x y"))]\nlabel = "-".join(["a", "b"])\n';

beforeAll(async () => { await ready(); });

describe.each(['3.14', '3.11'] as const)('the picture\'s refcounts and sizes on Python %s', (v) => {
  it.skipIf(!pythons()[v])(`are CPython's for ${SUBSET.length} programs`, () => {
    let checked = 0, ok = 0;
    const bad: string[] = [];
    for (const f of SUBSET) {
      const r = probeProgram(readFileSync(join(here, f), 'utf8'), v, { simulate });
      checked += r.checked; ok += r.ok;
      // every program of the subset has objects to check; a refusal is allowed, a wrong number is not
      if (r.verdict !== 'ok' && r.verdict !== 'refused') bad.push(`${f}: ${r.verdict} ${r.details.join('; ')}`);
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(300);
    expect(ok).toBeGreaterThanOrEqual(checked - 5);
  });

  it.skipIf(!pythons()[v])('fail when a drawn refcount is off by one', () => {
    const good = probeProgram(QUIET, v, { simulate });
    expect(good.verdict).toBe('ok');
    expect(good.ok).toBeGreaterThanOrEqual(6);
    const r = probeProgram(QUIET, v, { simulate, corrupt: (ps: { refcount: number }[]) => ps.map((p, i) => (i === 2 ? { ...p, refcount: p.refcount + 1 } : p)) });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(1);
    expect(r.details.join('\n')).toMatch(/picture draws refcount/);
  });

  it.skipIf(!pythons()[v])('fail when a drawn size is wrong', () => {
    const r = probeProgram(QUIET, v, { simulate, corrupt: (ps: { size: number | null }[]) => ps.map((p) => (p.size === null ? p : { ...p, size: p.size + 8 })) });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(r.checked);
  });

  it.skipIf(!pythons()[v])('fail when heapsnake and CPython print different numbers', () => {
    // CPython's answer for the first object made one higher: the probe must see heapsnake disagree
    const cpython = (ver: string, src: string) => {
      const c = runCPython(ver, src);
      return c.stdout ? { ...c, stdout: c.stdout.replace(/^\d+/, (n: string) => String(Number(n) + 1)) } : c;
    };
    const r = probeProgram(QUIET, v, { simulate, cpython });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(1);
    expect(r.details.join('\n')).toMatch(/heapsnake prints .*, CPython/);
  });
});
