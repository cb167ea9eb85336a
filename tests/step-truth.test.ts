// The numbers drawn at every module-level STEP are CPython's, not only the end picture's
// (tests/picture-truth.test.ts). scripts/step-probe.mjs explains how: a probe function is called at the
// start of each module-level line and prints sys.getrefcount / sys.getsizeof of what the module's names
// reach; both CPythons and heapsnake run that program, and the picture of the original run's step must
// draw refcount = printed − 1 and size = printed. `node scripts/step-probe.mjs tests/corpus tests/learn-probe`
// runs it over everything. The subset here is bounded to finish well within a minute; it holds programs the
// probe found wrong (lang-077, lang-096, lang-280/281, mem-370/371) and ones with many steps and objects.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate } from '../src/core/simulate.js';
import { pythons, runCPython } from '../scripts/picture-probe.mjs';
import { probeStepPictures } from '../scripts/step-probe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SUBSET = [
  'corpus/lang-077-parse-loop-errors.py', 'corpus/lang-096-file-append.py', 'corpus/lang-095-file-readlines-iter.py',
  'corpus/mem-370-attributeerror-holds-obj.py', 'corpus/mem-216-list-shrink-to-empty.py', 'corpus/lang-025-continue-skip.py',
  'corpus/lang-103-round-banker.py', 'learn-probe/030_linked_list.py', 'learn-probe/072_del_attr.py', 'learn-probe/029_slots_error.py',
  'learn-probe/014_cycle_gc.py', 'learn-probe/040_mutable_default.py',
];

// a program whose every line changes what the names reach
const STEPS = 'class Box:\n    def __init__(self, v):\n        self.v = v\nitems = []\nitems.append([1, 2])\nb = Box("ab cd" * 2)\nitems.append(b)\nalias = items[0]\ndel items[0]\nlabel = "-".join(["a", "b"])\n';

beforeAll(async () => { await ready(); });

describe.each(['3.14', '3.11'] as const)("every step's refcounts and sizes on Python %s", (v) => {
  it.skipIf(!pythons()[v])(`are CPython's for ${SUBSET.length} programs`, () => {
    let checked = 0, ok = 0, steps = 0;
    const bad: string[] = [];
    for (const f of SUBSET) {
      const r = probeStepPictures(readFileSync(join(here, f), 'utf8'), v, { simulate });
      checked += r.checked; ok += r.ok; steps += r.steps;
      if (r.verdict !== 'ok' && r.verdict !== 'refused') bad.push(`${f}: ${r.verdict} ${r.details.join('; ')}`);
    }
    expect(bad).toEqual([]);
    expect(steps).toBeGreaterThanOrEqual(100);
    expect(checked).toBeGreaterThanOrEqual(500);
    expect(ok).toBeGreaterThanOrEqual(checked - 5);
  });

  it.skipIf(!pythons()[v])('fail when a drawn refcount is off by one at one step', () => {
    const good = probeStepPictures(STEPS, v, { simulate });
    expect(good.verdict).toBe('ok');
    expect(good.steps).toBeGreaterThanOrEqual(5);
    let n = 0;
    const r = probeStepPictures(STEPS, v, { simulate, corrupt: (ps: { refcount: number }[]) => (n++ === 3 ? ps.map((p, i) => (i === 0 ? { ...p, refcount: p.refcount + 1 } : p)) : ps) });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(1);
    expect(r.details.join('\n')).toMatch(/picture draws refcount/);
  });

  it.skipIf(!pythons()[v])('fail when a drawn size is wrong', () => {
    const r = probeStepPictures(STEPS, v, { simulate, corrupt: (ps: { size: number | null }[]) => ps.map((p) => (p.size === null ? p : { ...p, size: p.size + 8 })) });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(r.checked);
  });

  it.skipIf(!pythons()[v])('fail when heapsnake and CPython print different numbers', () => {
    // CPython's answer at the second probed step made one higher: the probe must see heapsnake disagree
    const cpython = (ver: string, src: string) => {
      const c = runCPython(ver, src);
      let k = 0;
      return c.stdout ? { ...c, stdout: c.stdout.replace(/^#hs# (\d+) (\d+)/gm, (m: string, n: string, x: string) => (k++ === 1 ? `#hs# ${n} ${Number(x) + 1}` : m)) } : c;
    };
    const r = probeStepPictures(STEPS, v, { simulate, cpython });
    expect(r.verdict).toBe('DIFF');
    expect(r.diff).toBe(1);
    expect(r.details.join('\n')).toMatch(/heapsnake prints .*, CPython/);
  });
});
