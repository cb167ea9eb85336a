// A set display of constants is a frozenset constant, and CPython rebuilds that frozenset from its own iteration
// order when it makes the code object if one of its identifier-like strs already has an interned twin
// (Objects/codeobject.c: intern_string_constants) — a name in the program, or a str CPython interned at start-up
// (src/core/cpython-interned.ts, made by scripts/cpython-interned.mjs). The rebuilt set can iterate in another
// order. heapsnake prints str sets in the order CPython prints under PYTHONHASHSEED=0, so these tests run CPython
// that way (the oracle refuses programs whose output depends on the hash seed).
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../src/core/simulate.js';
import { startupInterned } from '../src/core/cpython-interned.js';
import { pythons, runCPython } from '../scripts/picture-probe.mjs';

beforeAll(async () => { await ready(); });

const FRUIT = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'kiwi', 'lemon', 'mango'];
const WORDS = ['red', 'green', 'blue', 'alice', 'bob', 'carol', 'dave', 'eve', 'if', 'else', 'for', 'while', 'def',
  'class', 'return', 'foo', 'bar', 'baz', 'spam', 'eggs', 'ham', 'name', 'value', 'key', 'items', 'count', 'total',
  'node', 'left', 'right', 'parent', 'data', 'next', 'prev', 'head', 'tail', 'size', 'cat', 'dog', 'bird', 'fish',
  'north', 'south', 'east', 'west', 'monday', 'tuesday', 'python', 'java', 'rust', 'go', 'error', 'warning', 'info',
  'hello world', 'x y', 'a-b', 'ident1', 'ident2', 'ident3', 'ident4', 'user_id', 'email', 'admin', 'guest'];

/** Deterministic displays: `count` set displays of 3–9 words, printed or iterated. */
function program(seed: number, count: number, pool: string[]): string {
  let s = seed;
  const rnd = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 3 + rnd(7);
    const items: string[] = [];
    while (items.length < n) { const w = pool[rnd(pool.length)]!; if (!items.includes(w)) items.push(w); }
    const lit = `{${items.map((w) => `'${w}'`).join(', ')}}`;
    lines.push(i % 3 === 0 ? `for w in ${lit}: print(w, end=" ")\nprint()` : `print(${lit})`);
  }
  return lines.join('\n') + '\n';
}

describe.each(['3.14', '3.11'] as const)('constant set displays of strs on Python %s', (v) => {
  it('knows "date" was interned at start-up and "apple" was not', () => {
    expect(startupInterned(v).has('date')).toBe(true);
    expect(startupInterned(v).has('apple')).toBe(false);
  });
  it.skipIf(!pythons()[v])('{"apple", "banana", "cherry", "date"} prints and iterates in CPython\'s order', () => {
    const src = 's = {"apple", "banana", "cherry", "date"}\nprint(s)\nfor x in {"apple", "banana", "cherry", "date"}:\n    print(x)\n';
    const r = simulate(src, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout).toBe(runCPython(v, src).stdout);
  });
  it.skipIf(!pythons()[v])('a str that is also a name in the program is rebuilt too (the parser interned the name)', () => {
    // without `ident100 = 1`, CPython 3.14 prints the first set in the other order (measured)
    const src = "print({'ident133', 'ident100', 'ident94', 'ident125'})\nident100 = 1\n";
    const alone = "print({'ident133', 'ident100', 'ident94', 'ident125'})\n";
    expect(simulate(src, { python: v }).stdout).toBe(runCPython(v, src).stdout);
    expect(simulate(alone, { python: v }).stdout).toBe(runCPython(v, alone).stdout);
  });
  it.skipIf(!pythons()[v])('120 generated displays of common words print as CPython prints them', () => {
    const src = program(v === '3.14' ? 11 : 12, 120, [...FRUIT, ...WORDS]);
    const r = simulate(src, { python: v });
    expect(r.notSupported ?? null).toBeNull();
    expect(r.stdout.split('\n')).toEqual(runCPython(v, src).stdout!.split('\n'));
  });
  // (this fails if something ran .cpython/bin/python3.14 without PYTHONDONTWRITEBYTECODE=1: a module loaded from a
  // .pyc instead of its source leaves other strs interned — delete .cpython/root/usr/lib/python3.14/**/__pycache__)
  it.skipIf(!pythons()[v])('the start-up table agrees with this CPython on a sample of its entries and of other words', () => {
    const table = [...startupInterned(v)].filter((w) => w.length > 1);
    const sample = table.filter((_, i) => i % 37 === 0);
    const others = [...FRUIT, ...WORDS].filter((w) => /^\w+$/.test(w) && !startupInterned(v).has(w));
    // split() makes fresh strs; sys.intern returns another object only when an interned twin exists. Every name
    // in this program (sys, s, print, intern, split) is interned at start-up anyway.
    const src = `import sys\nfor s in ${JSON.stringify([...sample, ...others].join(' '))}.split(): print(sys.intern(s) is not s)\n`;
    const out = runCPython(v, src).stdout!.trim().split('\n');
    expect(out).toEqual([...sample.map(() => 'True'), ...others.map(() => 'False')]);
    expect(sample.length).toBeGreaterThan(50);
  });
});
