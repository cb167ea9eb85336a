// Property tests (issue 7): the simulator never fails with an internal
// (JavaScript) error — every failure is a Python exception, NotSupported or a
// limit — the reference-count audit finds nothing at any step, junk input never
// crashes it, and generated programs print what CPython 3.11 prints.
// Bounded for CI (FUZZ_SCALE=1); `npm run fuzz` runs the same properties longer.

import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate, type RunResult } from '../../src/core/simulate.js';
import { deterministicProgram, memoryProgram, memoryTimingProgram, tokenSoup, byteSoup, fuzzParams } from './gen.js';

const LIMITS = { maxSteps: 20_000, timeoutMs: 2_000, maxOutputBytes: 100_000, maxObjects: 50_000 };
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const TIMEOUT = 60_000 * Math.max(1, SCALE);

beforeAll(async () => { await ready(); });

/** Internal errors fuzzing found and reported (see the report of issue 7); skipped unless FUZZ_STRICT=1
 *  so CI stays green until they are fixed in src/. */
const KNOWN_INTERNAL: { re: RegExp; what: string }[] = [];
const STRICT = process.env.FUZZ_STRICT === '1';
/** Differences from CPython fuzzing found and reported; programs that can hit them are not compared unless FUZZ_STRICT=1. */
const KNOWN_DIFF: { test: (src: string) => boolean; what: string }[] = [
  // a sequence repeated by an int past Py_ssize_t: CPython OverflowError: cannot fit 'int' into an index-sized
  // integer; heapsnake gives MemoryError (positive) or an empty sequence (negative), e.g. `-(2**65) * (1, 2)`
  { test: (src) => src.includes(' * ') && /2\*\*70|2\*\*65|10\*\*20/.test(src), what: 'sequence * huge int' },
];
const knownDiff = (src: string): boolean => !STRICT && KNOWN_DIFF.some((k) => k.test(src));
const known = (src: string): boolean => !STRICT && KNOWN_INTERNAL.some((k) => k.re.test(src));

/** Every way a run may end, except an internal error. */
function wellFormed(r: RunResult): void {
  const all = [r.exception, r.notSupported, r.limit, r.stderr].join('\n');
  expect(all).not.toContain('internal error');
  expect([0, 1, 2]).toContain(r.exitCode);
  if (r.exitCode === 2) expect(r.notSupported ?? r.limit).toBeTruthy();
  if (r.notSupported) expect(r.notSupported).toMatch(/^NotSupported: /);
  if (r.limit) expect(r.limit).toMatch(/^stopped: /);
  if (r.exitCode === 1) expect(r.exception).toMatch(/^[A-Za-z_.]*(Error|Exception|Exit|Interrupt|Iteration|Warning)\b/);
}

describe('generated programs of the modelled subset', () => {
  it('never raise an internal error, and the reference-count audit finds nothing', () => {
    fc.assert(fc.property(fc.oneof(deterministicProgram, memoryProgram), fc.constantFrom('3.11', '3.14') as fc.Arbitrary<'3.11' | '3.14'>, (src, python) => {
      const r = simulate(src, { ...LIMITS, python, audit: true });
      wellFormed(r);
      expect(r.auditProblems, `audit of:\n${src}`).toEqual([]);
    }), fuzzParams(120));
  }, TIMEOUT);

  it('tracing them (the bot path) never fails either', () => {
    fc.assert(fc.property(memoryProgram, (src) => {
      const r = simulate(src, { ...LIMITS, trace: true });
      wellFormed(r);
      if (r.exitCode !== 2 || r.limit) expect(r.trace?.steps.length ?? 0).toBeGreaterThan(0);
    }), fuzzParams(60));
  }, TIMEOUT);
});

describe('junk as snippets', () => {
  it('random byte strings never crash the simulator', () => {
    fc.assert(fc.property(byteSoup, (src) => { fc.pre(!known(src)); wellFormed(simulate(src, LIMITS)); }), fuzzParams(300));
  }, TIMEOUT);
  it('token soup never crashes the simulator', () => {
    fc.assert(fc.property(tokenSoup, fc.constantFrom('3.11', '3.14') as fc.Arbitrary<'3.11' | '3.14'>, (src, python) => {
      fc.pre(!known(src));
      wellFormed(simulate(src, { ...LIMITS, python }));
    }), fuzzParams(400));
  }, TIMEOUT);
});

// ---- differential: the simulator against native CPython (python3 = 3.11.x; .cpython/bin/python3.14 from
// `npm run cpython`), one process per program
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const INTERPRETERS: { python: '3.11' | '3.14'; exe: string }[] = [
  { python: '3.11', exe: 'python3' },
  { python: '3.14', exe: join(ROOT, '.cpython', 'bin', 'python3.14') },
];
function versionOf(exe: string): string {
  const r = spawnSync(exe, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

// Each program runs as a script in its own process (exec() in one process
// would lose CPython's "Did you mean" suggestions, which look at the real frame),
// in a fresh empty working directory: open() in heapsnake starts with an empty filesystem.
function cpython(exe: string, progs: string[]): { stdout: string; exception: string | null }[] {
  return progs.map((src) => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-fuzz-'));
    try {
      const r = spawnSync(exe, ['-'], { input: src, cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, PYTHONHASHSEED: '0' } });
      if (r.status === null) throw new Error(`${exe} did not finish: ${r.signal}`);
      return { stdout: r.stdout, exception: r.status === 0 ? null : (r.stderr.trimEnd().split('\n').pop() ?? '') };
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
}

for (const { python, exe } of INTERPRETERS) {
  const version = versionOf(exe);
  describe.skipIf(!version.startsWith(python + '.'))(`differential: heapsnake --python ${python} against CPython ${version}`, () => {
    it('generated deterministic programs print the same stdout', () => {
      const { numRuns, seed } = fuzzParams(30);
      // Sample the programs, run them in CPython, then compare one by one (on a mismatch,
      // fast-check then shrinks one to a small program for the report).
      const progs = fc.sample(deterministicProgram, { numRuns, ...(seed !== undefined ? { seed } : {}) }).filter((p) => !knownDiff(p));
      const want = cpython(exe, progs);
      const mismatches: string[] = [];
      progs.forEach((src, i) => {
        const r = simulate(src, { ...LIMITS, python });
        if (r.notSupported || r.limit) return; // refused or stopped: nothing to compare
        if (r.stdout !== want[i].stdout || (r.exception ?? null) !== want[i].exception) {
          mismatches.push(`--- program\n${src}--- heapsnake\n${r.stdout}${r.exception ?? ''}\n--- CPython\n${want[i].stdout}${want[i].exception ?? ''}`);
        }
      });
      if (mismatches.length) {
        // shrink the first mismatch to a small program for the report
        let small = '';
        try {
          fc.assert(fc.property(deterministicProgram, (src) => {
            if (knownDiff(src)) return true;
            const r = simulate(src, { ...LIMITS, python });
            if (r.notSupported || r.limit) return true;
            const w = cpython(exe, [src])[0];
            return r.stdout === w.stdout && (r.exception ?? null) === w.exception;
          }), { numRuns: 30, ...(seed !== undefined ? { seed } : {}) });
        } catch (e) { small = String((e as Error).message).slice(0, 3000); }
        expect.fail(`${mismatches.length} of ${progs.length} programs differ; first:\n${mismatches[0]}\n${small}`);
      }
    }, TIMEOUT);

    it('generated memory programs (finalizers, weakrefs, cycles, allocation loops) print CPython\'s stdout, or a prefix of it and a refusal', () => {
      const { numRuns, seed } = fuzzParams(24);
      const progs = fc.sample(memoryTimingProgram, { numRuns, ...(seed !== undefined ? { seed: seed + 1 } : {}) });
      const want = cpython(exe, progs);
      const wrong: string[] = [];
      let answered = 0;
      progs.forEach((src, i) => {
        const r = simulate(src, { ...LIMITS, maxSteps: 200_000, python });
        const show = `--- program\n${src}--- heapsnake\n${r.stdout}${r.exception ?? r.notSupported ?? r.limit ?? ''}\n--- CPython\n${want[i].stdout}${want[i].exception ?? ''}`;
        // (a default repr shows an address, which no simulation can match)
        const addr = (x: string | null): string | null => x && x.replace(/ at 0x[0-9a-f]+>/g, ' at 0x…>');
        const got = addr(r.stdout)!, exp = addr(want[i].stdout)!;
        if (r.notSupported || r.limit) { if (!exp.startsWith(got)) wrong.push(show); return; }
        answered++;
        if (got !== exp || addr(r.exception ?? null) !== addr(want[i].exception)) wrong.push(show);
      });
      expect(wrong, `${wrong.length} of ${progs.length} programs differ; first:\n${wrong[0]}`).toEqual([]);
      expect(answered).toBeGreaterThan(0);
    }, TIMEOUT);
  });
}
