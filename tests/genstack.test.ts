// sys.getsizeof(generator) — that is, co_stacksize and nlocalsplus — against both real
// interpreters on generated generator-function shapes (tests/genstack-shapes.ts): with blocks,
// except … as handlers, try/finally, yield from, return/break/continue inside them.
// GENSTACK_N shapes per version (default 400), from seed GENSTACK_SEED (default 1);
// `node scripts/genstack.mjs --n 3000` runs many more and prints the mismatches.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { havePython, PYTHONS } from './stdlib/oracle.js';
import { ready, simulate } from '../src/core/simulate.js';
import { shape, MEASURE_PY } from './genstack-shapes.js';

const N = Number(process.env.GENSTACK_N ?? 400);
const SEED = Number(process.env.GENSTACK_SEED ?? 1);
const VERBOSE = !!process.env.GENSTACK_VERBOSE;

describe('generator sizes (co_stacksize) against CPython on generated shapes', () => {
  beforeAll(async () => { await ready(); });
  for (const v of ['3.14', '3.11'] as const) {
    it.skipIf(!havePython(v))(`${N} shapes from seed ${SEED} (${v})`, () => {
      const srcs = Array.from({ length: N }, (_, k) => shape(SEED + k));
      const r = spawnSync(PYTHONS[v], ['-c', MEASURE_PY], { input: JSON.stringify(srcs), encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 26 });
      expect(r.status, r.stderr).toBe(0);
      const real = JSON.parse(r.stdout) as ([number, number] | null)[];
      let same = 0, refused = 0, skipped = 0;
      const bad: string[] = [];
      srcs.forEach((src, k) => {
        const want = real[k];
        if (!want) { skipped++; return; } // a SyntaxError in CPython (e.g. `continue` in a finally on 3.11? none expected)
        const s = simulate(`import sys\n${src}print(sys.getsizeof(g()))\n`, { python: v, timeoutMs: 20000 });
        if (s.notSupported) {
          refused++;
          // a refusal must be about the size, not a construct of the shape
          if (!/getsizeof\(\) of a generator/.test(s.notSupported)) bad.push(`seed ${SEED + k}: refused ${s.notSupported}\n${src}`);
          return;
        }
        const got = s.stdout.trim();
        if (got === String(want[0])) same++;
        else bad.push(`seed ${SEED + k}: heapsnake ${got || s.exception} CPython ${want[0]} (co_stacksize ${want[1]})\n${src}`);
      });
      console.log(`genstack ${v}: ${same} same, ${refused} refused, ${skipped} SyntaxError in CPython, ${bad.length} different of ${N}`);
      if (VERBOSE) for (const b of bad) console.log(b);
      expect(bad.slice(0, 5)).toEqual([]);
    });
  }
});
