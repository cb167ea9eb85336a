// Every name in CPython's builtins module either works in heapsnake or is refused with NotSupported: a builtin
// reported as a NameError ("name 'ExceptionGroup' is not defined") would be a wrong answer.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../src/core/simulate.js';
import { pythons, runCPython } from '../scripts/picture-probe.mjs';

beforeAll(async () => { await ready(); });

describe.each(['3.14', '3.11'] as const)('builtin names on Python %s', (v) => {
  it.skipIf(!pythons()[v])('each of dir(builtins) is defined or refused, never a NameError', () => {
    const names: string[] = JSON.parse(runCPython(v, 'import builtins, json\nprint(json.dumps(dir(builtins)))\n').stdout!);
    expect(names.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    let refused = 0;
    for (const n of names) {
      const r = simulate(`${n}\n`, { python: v });
      if (r.notSupported) { refused++; continue; }
      if (/NameError/.test(r.stderr ?? '')) wrong.push(n);
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(5);
  });
  it.skipIf(!pythons()[v])('the warning categories answer as CPython does', () => {
    const src = 'for w in (BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, SyntaxWarning, UnicodeWarning):\n    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Exception), str(w("m")), repr(w(1, 2)))\n';
    const r = simulate(src, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout).toBe(runCPython(v, src).stdout);
  });
  it('ExceptionGroup is refused by name', () => {
    expect(simulate('g = ExceptionGroup("m", [ValueError()])\n', { python: v }).notSupported).toMatch(/the builtin ExceptionGroup is not supported yet \(line 1\)/);
  });
});
