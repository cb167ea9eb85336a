// A builtin method called with a wrong number of positional arguments raises CPython's own TypeError (rt.ts:
// PyMethodDescr, from cpython-arity.ts, which scripts/cpython-arity.py measures on both CPythons). Before, most
// methods ignored extra arguments: "abc".upper(1) returned 'ABC'.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ready, simulate } from '../src/core/simulate.js';
import { CPYTHON_ARITY } from '../src/core/cpython-arity.js';
import { pythons, runCPython } from '../scripts/picture-probe.mjs';

beforeAll(async () => { await ready(); });

const SAMPLES: Record<string, string> = {
  int: '7', bool: 'True', float: '1.5', complex: '(1+2j)', str: "'abc'", bytes: "b'abc'", bytearray: "bytearray(b'abc')",
  list: '[1, 2]', tuple: '(1, 2)', dict: "{'a': 1}", set: '{1, 2}', frozenset: 'frozenset({1})', range: 'range(3)',
  slice: 'slice(1, 2)', object: 'object()', dict_keys: "{'a': 1}.keys()", dict_values: "{'a': 1}.values()", dict_items: "{'a': 1}.items()",
};

describe.each(['3.14', '3.11'] as const)('argument counts on Python %s', (v) => {
  it('every measured wrong count raises the measured TypeError (one program per method)', () => {
    let checked = 0, refused = 0;
    const wrong: string[] = [];
    for (const [key, counts] of Object.entries(CPYTHON_ARITY[v])) {
      const [t, m] = key.split('.') as [string, string];
      const calls = Object.entries(counts).map(([k, msg]) => [Number(k), msg] as const);
      const lines = calls.map(([k], i) => `try:\n    (${SAMPLES[t]}).${m}(${Array(k).fill('None').join(', ')})\n    print(${i}, 'no error')\nexcept TypeError as e:\n    print(${i}, e)`);
      const r = simulate(lines.join('\n') + '\n', { python: v });
      if (r.notSupported) { refused++; continue; } // a method heapsnake does not model
      const out = r.stdout.split('\n');
      calls.forEach(([k, msg], i) => {
        checked++;
        if (out[i] !== `${i} ${msg}`) wrong.push(`${key}(${k} args): ${out[i]} — CPython: ${msg}`);
      });
    }
    expect(wrong).toEqual([]);
    // (measured: 3.14 ~700 counts checked, ~125 methods refused whole — heapsnake does not model them)
    expect(checked).toBeGreaterThan(600);
    expect(refused).toBeLessThan(checked);
  });
  it('a count above the largest measured one says the same with its count', () => {
    const src = "for f in (lambda: 'abc'.upper(1, 2, 3), lambda: [].append(1, 2, 3, 4), lambda: {}.get(1, 2, 3, 4)):\n    try: f()\n    except TypeError as e: print(e)\n";
    const r = simulate(src, { python: v });
    expect(r.stdout.split('\n')).toHaveLength(4);
    if (pythons()[v]) expect(r.stdout).toBe(runCPython(v, src).stdout);
  });
  it.skipIf(!pythons()[v])('the table is what this CPython measures now', () => {
    const out = execFileSync(pythons()[v]!, ['-s', path.join(import.meta.dirname, '..', 'scripts', 'cpython-arity.py'), '--measure'], {
      encoding: 'utf8', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(JSON.parse(out)).toEqual(CPYTHON_ARITY[v]);
  });
});
