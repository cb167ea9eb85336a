// Every name in CPython's builtins module, and every attribute of the modules heapsnake models and of the builtin
// types, either works in heapsnake or is refused with NotSupported: a builtin reported as a NameError ("name
// 'ExceptionGroup' is not defined") or an attribute as an AttributeError (`heapq._siftdown`) would be a wrong answer.
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
  it.skipIf(!pythons()[v])('each attribute of the modelled modules and the builtin types is there or refused', () => {
    const mods = ['atexit', 'collections', 'contextlib', 'copy', 'dataclasses', 'functools', 'gc', 'heapq', 'itertools', 'math',
      'operator', 'string', 'sys', 'weakref'];
    const lit: Record<string, string> = { int: '1', float: '1.5', str: "'s'", bytes: "b'x'", list: '[]', tuple: '()', dict: '{}',
      set: 'set()', frozenset: 'frozenset()', range: 'range(3)', object: 'object()', type: 'int', bool: 'True', complex: '1j',
      bytearray: 'bytearray()', slice: 'slice(1)' };
    const src = `import json, ${mods.join(', ')}\nprint(json.dumps([[m, dir(__import__(m))] for m in ${JSON.stringify(mods)}]))\n` +
      `print(json.dumps([[t, dir(eval(t))] for t in ${JSON.stringify(Object.keys(lit))}]))\n`;
    const [modDirs, typeDirs] = runCPython(v, src).stdout!.trim().split('\n').map((l) => JSON.parse(l) as [string, string[]][]);
    const wrong: string[] = [];
    const check = (code: string, what: string) => {
      const r = simulate(code, { python: v });
      if (!r.notSupported && /Error/.test(r.stderr ?? '')) wrong.push(`${what}: ${(r.stderr ?? '').trim().split('\n').pop()}`);
    };
    for (const [m, names] of modDirs!) for (const n of names) check(`import ${m}\n${m}.${n}\n`, `${m}.${n}`);
    for (const [t, names] of typeDirs!) for (const n of names) check(`(${lit[t]}).${n}\n`, `${t}.${n}`);
    expect(wrong).toEqual([]);
    expect(modDirs!.length).toBe(mods.length);
  });
  it.skipIf(!pythons()[v])('each attribute of functions, cells, generators, frames, exceptions, weakrefs, … is there or refused', () => {
    const setup = 'import sys, weakref\ndef f(a, b=2):\n    x = a\n    def g(): return x\n    return g\ndef gen():\n    yield 1\n' +
      'class C:\n    def m(self): pass\nc = C()\ng = f(1)\ngi = gen()\ntry:\n    1/0\nexcept Exception as ex:\n    e = ex\n';
    const exprs: Record<string, string> = { function: 'f', cell: 'g.__closure__[0]', method: 'c.m', generator: 'gi', code: 'f.__code__',
      frame: 'sys._getframe()', traceback: 'e.__traceback__', exception: 'e', weakref: 'weakref.ref(c)', proxy: 'weakref.proxy(c)',
      property: 'property()', cls: 'C', instance: 'c', builtin: 'len', boundBuiltin: '[].append', methodDescriptor: 'list.append',
      wrapper: 'list.__init__', methodWrapper: '[].__init__', staticmethod: 'staticmethod(f)', classmethod: 'classmethod(f)',
      super: 'super(C, c)', keys: '{}.keys()', items: '{}.items()', listIter: 'iter([])', enumerate: 'enumerate([])', zip: 'zip()',
      map: 'map(len, [])', filter: 'filter(None, [])', reversed: 'reversed([])', mappingproxy: 'C.__dict__', none: 'None',
      ellipsis: '...', notImplemented: 'NotImplemented', rangeIter: 'iter(range(3))', setIter: 'iter(set())', strIter: 'iter("ab")' };
    const src = setup + `import json\nprint(json.dumps({k: dir(eval(x)) for k, x in ${JSON.stringify(exprs)}.items()}))\n`;
    const dirs = JSON.parse(runCPython(v, src).stdout!) as Record<string, string[]>;
    const wrong: string[] = [];
    for (const [k, names] of Object.entries(dirs)) for (const n of names) {
      const r = simulate(`${setup}_ = (${exprs[k]}).${n}\n`, { python: v });
      if (!r.notSupported && /Error/.test(r.stderr ?? '')) wrong.push(`${k}.${n}: ${(r.stderr ?? '').trim().split('\n').pop()}`);
    }
    expect(wrong).toEqual([]);
  });
  it.skipIf(!pythons()[v])('the warning categories answer as CPython does', () => {
    const src = 'for w in (BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, SyntaxWarning, UnicodeWarning):\n    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Exception), str(w("m")), repr(w(1, 2)))\n';
    const r = simulate(src, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout).toBe(runCPython(v, src).stdout);
  });
  it.skipIf(!pythons()[v])('OSError(errno, …) picks the subclass CPython picks, for every errno 0–199', () => {
    const src = "print([type(OSError(n, 'x')).__name__ for n in range(200)])\n";
    const r = simulate(src, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout).toBe(runCPython(v, src).stdout);
  });
  it('ExceptionGroup is refused by name', () => {
    expect(simulate('g = ExceptionGroup("m", [ValueError()])\n', { python: v }).notSupported).toMatch(/the builtin ExceptionGroup is not supported yet \(line 1\)/);
  });
});
