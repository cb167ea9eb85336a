// Runs a snippet through the simulator and through the real interpreters
// (python3 = CPython 3.11.7, .cpython/bin/python3.14 = CPython 3.14.10) and
// returns both outputs, so the expected text always comes from CPython itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll } from 'vitest';
import { simulate, ready } from '../../src/core/simulate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PYTHONS: Record<'3.11' | '3.14', string> = {
  '3.11': 'python3',
  '3.14': join(root, '.cpython', 'bin', 'python3.14'),
};

const have = new Map<string, boolean>();
export function havePython(v: '3.11' | '3.14'): boolean {
  let h = have.get(v);
  if (h === undefined) {
    const want = v === '3.11' ? '(3, 11)' : '(3, 14)';
    const ok = v === '3.11' || existsSync(PYTHONS['3.14']);
    const r = ok ? spawnSync(PYTHONS[v], ['-c', 'import sys; print(sys.version_info[:2])'], { encoding: 'utf8' }) : null;
    h = !!r && r.status === 0 && r.stdout.trim() === want;
    have.set(v, h);
  }
  return h;
}

/** A Python helper for snippets: t(label, f) prints f()'s repr, or the exception it raises. */
export const TRY = `
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
`;

/** Addresses differ between any two runs: compare them as a placeholder. */
export function normalize(s: string): string { return s.replace(/0x[0-9a-f]{6,}/g, '0xADDR'); }

export interface Both { real: string; sim: string; simExc: string | null; notSupported: string | null; realExc: string | null }

export function runBoth(src: string, v: '3.11' | '3.14'): Both {
  const r = spawnSync(PYTHONS[v], ['-c', src], { encoding: 'utf8', timeout: 30000 });
  const errLines = (r.stderr ?? '').trim().split('\n');
  const realExc = r.status !== 0 && errLines.length ? errLines[errLines.length - 1] : null;
  const s = simulate(src, { python: v, timeoutMs: 20000 });
  return { real: normalize(r.stdout ?? ''), sim: normalize(s.stdout), simExc: s.exception, notSupported: s.notSupported, realExc };
}

/** One test per snippet and version: the simulator's stdout and final exception equal CPython's, and nothing is refused. */
export function describeAgainstCPython(title: string, snippets: Record<string, string>): void {
  describe(title, () => {
    beforeAll(async () => { await ready(); });
    for (const v of ['3.14', '3.11'] as const) {
      for (const [name, src] of Object.entries(snippets)) {
        it.skipIf(!havePython(v))(`${name} (${v})`, () => {
          const r = runBoth(src, v);
          expect(r.notSupported).toBeNull();
          expect(r.simExc).toBe(r.realExc);
          expect(r.sim).toBe(r.real);
        });
      }
    }
  });
}
