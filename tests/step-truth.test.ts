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
import { probeStepPictures, probeFunctionSteps } from '../scripts/step-probe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SUBSET = [
  'corpus/lang-077-parse-loop-errors.py', 'corpus/lang-096-file-append.py', 'corpus/lang-095-file-readlines-iter.py',
  'corpus/mem-370-attributeerror-holds-obj.py', 'corpus/mem-216-list-shrink-to-empty.py', 'corpus/lang-025-continue-skip.py',
  'corpus/lang-103-round-banker.py', 'learn-probe/030_linked_list.py', 'learn-probe/072_del_attr.py', 'learn-probe/029_slots_error.py',
  'learn-probe/014_cycle_gc.py', 'learn-probe/040_mutable_default.py',
];

// Steps INSIDE functions (`node scripts/step-probe.mjs --functions ...`): programs the function probe found wrong
// (a function called from C holds itself: lang-033, lang-060's `!=`, lang-207's list emptied while sorting, the
// 3.14 comprehension call lang-035, the bound special methods of mem-383) and ones with recursion and methods.
const FN_SUBSET = [
  'corpus/lang-033-args-kwargs.py', 'corpus/lang-035-closure-late-binding.py', 'corpus/lang-060-operator-overload.py',
  'corpus/lang-207-sort-comparison-order.py', 'corpus/lang-240-bytes-dunder.py', 'corpus/mem-380-function-called-from-c-holds-itself.py',
  'corpus/mem-383-special-method-bound-and-arg-tuple.py', 'learn-probe/031_tree.py', 'corpus/lang-067-custom-exceptions.py', 'corpus/lang-208-subclass-compare-minmax.py',
  'corpus/lang-281-str-object-identity.py',
];
// locals aliasing one object (passed twice to the probe), a closure cell, recursion, a method
const FN_STEPS = 'class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.nxt = nxt\n    def size(self):\n        n = 1\n        cur = self.nxt\n        while cur is not None:\n            n += 1\n            cur = cur.nxt\n        return n\ndef build(k, acc):\n    acc.append(k)\n    if k == 0:\n        return None\n    same = acc\n    return Node([k], build(k - 1, same))\ndef outer():\n    box = [1, 2]\n    def inner():\n        w = box + [3]\n        return w\n    got = inner()\n    return got\nhead = build(3, [])\nprint(head.size(), outer())\n';

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

  it.skipIf(!pythons()[v])(`inside functions, are CPython's for ${FN_SUBSET.length} programs`, () => {
    let checked = 0, ok = 0, steps = 0;
    const bad: string[] = [];
    for (const f of FN_SUBSET) {
      const r = probeFunctionSteps(readFileSync(join(here, f), 'utf8'), v, { simulate });
      checked += r.checked; ok += r.ok; steps += r.steps;
      if (r.verdict !== 'ok' && r.verdict !== 'refused') bad.push(`${f}: ${r.verdict} ${r.details.join('; ')}`);
    }
    expect(bad).toEqual([]);
    expect(steps).toBeGreaterThanOrEqual(100);
    expect(checked).toBeGreaterThanOrEqual(400);
    expect(ok).toBeGreaterThanOrEqual(checked - 5);
  });

  it.skipIf(!pythons()[v])('inside functions, count the probe call itself exactly (aliased locals, cells, recursion)', () => {
    const good = probeFunctionSteps(FN_STEPS, v, { simulate });
    expect(good.details.filter((d: string) => d.startsWith('DIFF'))).toEqual([]);
    expect(['ok', 'refused']).toContain(good.verdict); // (3.14 draws "refcount ?" for some shared constants)
    expect(good.diff).toBe(0);
    expect(good.ok).toBeGreaterThanOrEqual(150);
    expect(good.steps).toBeGreaterThanOrEqual(15);
    // an object passed twice (`acc` and `same` in build) is among the checked ones
    let twice = 0;
    probeFunctionSteps(FN_STEPS, v, { simulate, corrupt: (ps: { passed?: number }[]) => { twice += ps.filter((p) => p.passed === 2).length; return ps; } });
    expect(twice).toBeGreaterThan(0);
    // off by one at one function step
    let n = 0;
    const r = probeFunctionSteps(FN_STEPS, v, { simulate, corrupt: (ps: { refcount: number }[]) => (n++ === 4 ? ps.map((p, i) => (i === 0 ? { ...p, refcount: p.refcount + 1 } : p)) : ps) });
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
