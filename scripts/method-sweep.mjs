#!/usr/bin/env node
// Calls every public method of the builtin types with assorted arguments, under both CPythons and heapsnake, and
// prints where the answers differ (the first differing line of each method's program; a refusal stops a program
// and is counted, not compared). Finds wrong argument checks, wrong messages and wrong results in one sweep.
//   npm run build && node scripts/method-sweep.mjs [--dunders] [--python 3.14|3.11]
import { ready, simulate } from '../dist/src/core/simulate.js';
import { runCPython, pythons } from './picture-probe.mjs';

const VALUES = {
  str: ["''", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'ß'", "'x\\ty'", "'12'", "'line1\\nline2'"],
  bytes: ["b''", "b'abc'", "b'a,b'", "b'  x '"], list: ['[]', '[3, 1, 2]', "['b', 'a']", '[1, [2]]'],
  tuple: ['()', '(1, 2, 1)', "('a',)"], dict: ['{}', "{'a': 1, 'b': 2}", "{1: 'x'}"], set: ['set()', '{1, 2, 3}', "{'only'}"],
  frozenset: ['frozenset()', 'frozenset({1, 2})'], int: ['0', '7', '-3', '255', '2**70'],
  float: ['0.0', '1.5', '-2.25', '1e300', "float('nan')"], range: ['range(0)', 'range(1, 10, 3)'],
  bytearray: ['bytearray()', "bytearray(b'ab')"], complex: ['1j', '(2+3j)'], bool: ['True', 'False'],
};
const ARGS = ['', '0', '1', '-1', '2', "'a'", "'b'", "','", "'l'", "' '", 'None', '[]', '[1, 2]', '(1,)', "{'k': 1}", '0, 1', '1, 2',
  "'a', 'b'", "'l', 'L'", "'x', 1", "2, 'x'", "b'a'", '1.5', "5, '*'", "'utf-8'", 'key=len', 'reverse=True', "'{}'", '3, 0'];
const SKIP = new Set(('__init_subclass__ __subclasshook__ __class_getitem__ __new__ __init__ __getattribute__ __setattr__ __delattr__ ' +
  '__reduce__ __reduce_ex__ __getstate__ __sizeof__ __dir__ __format__ __class__ __doc__ __hash__ __repr__ __str__ __getnewargs__ ' +
  '__setstate__ __iter__ __reversed__ __alloc__ __buffer__ __release_buffer__').split(' '));
const argv = process.argv.slice(2);
const dunders = argv.includes('--dunders');
const only = argv.includes('--python') ? [argv[argv.indexOf('--python') + 1]] : ['3.14', '3.11'];
await ready();
for (const v of only) {
  if (!pythons()[v]) { console.log(`${v}: no CPython, skipped`); continue; }
  const dirs = JSON.parse(runCPython(v, `import json\nprint(json.dumps({t: [m for m in dir(eval(t)) if callable(getattr(eval(t), m))] for t in ${JSON.stringify(Object.keys(VALUES))}}))\n`).stdout);
  let n = 0, programs = 0, refused = 0, differ = 0;
  for (const [t, methods] of Object.entries(dirs)) {
    for (const m of methods) {
      if (SKIP.has(m) || (!dunders && m.startsWith('__'))) continue;
      const lines = [];
      for (const val of VALUES[t]) for (const a of ARGS) {
        n++;
        lines.push(`try:\n    r = (${val}).${m}(${a})\n    print(${n}, type(r).__name__, ascii(r) if not hasattr(r, '__next__') else 'iter')\nexcept Exception as e:\n    print(${n}, type(e).__name__, e)`);
      }
      const src = lines.join('\n') + '\n';
      programs++;
      const c = runCPython(v, src);
      if (c.stdout === undefined) continue;
      const r = simulate(src, { python: v, maxSteps: 5_000_000 });
      const cl = c.stdout.split('\n'), hl = r.stdout.split('\n');
      const upto = r.notSupported ? hl.length - 1 : Math.max(cl.length, hl.length);
      for (let i = 0; i < upto; i++) {
        if (cl[i] !== hl[i]) { differ++; console.log(`${v} ${t}.${m}: CPython ${cl[i]} | heapsnake ${hl[i]}`); break; }
      }
      if (r.notSupported) refused++;
    }
  }
  console.log(`${v}: ${programs} methods, ${n} calls; ${differ} methods differ, ${refused} refused part-way`);
}
