// 3.14 folds a slice of literal constants into one constant object (Python/codegen.c), so the same x[1:2] written
// twice gives the same slice object; 3.11 builds one each time. Checked against both CPythons.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../src/core/simulate.js';
import { pythons, runCPython } from '../scripts/picture-probe.mjs';

beforeAll(async () => { await ready(); });

const SRC = 'class K:\n    def __getitem__(self, key):\n        return key\nk = K()\na = k[1:2]\nb = k[1:2]\nc = k[1:2:None]\nn = -1\nd = k[::n]\ne = k[::n]\nprint(a is b, a is c, d is e, a == c)\n';

describe.each(['3.14', '3.11'] as const)('constant slices on Python %s', (v) => {
  it.skipIf(!pythons()[v])('the same literal slice is one object on 3.14 and a new one each time on 3.11, as CPython', () => {
    const r = simulate(SRC, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout).toBe(runCPython(v, SRC).stdout);
    expect(r.stdout.startsWith(v === '3.14' ? 'True' : 'False')).toBe(true);
  });
});
