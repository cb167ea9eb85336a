// Compile-time limits and errors against the real interpreters (see tests/stdlib/oracle.ts):
// every expected outcome is produced at test time by CPython 3.11.7 and 3.14.10.
import { describeAgainstCPython } from './stdlib/oracle.js';

/** `n` nested blocks, each opened by the lines `open(i)` (the last line ends with ':'), around `inner`. */
function nested(n: number, open: (i: number) => string[], inner: string, head = ''): string {
  const lines: string[] = head ? [head] : [];
  let ind = head ? 1 : 0;
  for (let i = 0; i < n; i++) { for (const l of open(i)) lines.push(' '.repeat(ind) + l); ind++; }
  lines.push(' '.repeat(ind) + inner);
  return lines.join('\n') + '\n';
}

const BLOCKS: Record<string, string> = {};
for (const n of [20, 21, 22]) {
  BLOCKS[`${n} nested for loops`] = nested(n, (i) => [`for i${i} in [0]:`], 'print("deep")');
  BLOCKS[`${n} nested while loops`] = 'x = 0\n' + nested(n, () => ['while x:'], 'print("deep")') + 'print("end")\n';
  BLOCKS[`${n} nested with statements`] = 'import contextlib\nc = contextlib.nullcontext()\n' + nested(n, () => ['with c:'], 'print("deep")');
  BLOCKS[`${n} nested for loops in a generator`] = nested(n, (i) => [`for i${i} in [0]:`], 'yield 1', 'def g():') + 'print(list(g()))\n';
}
for (const n of [10, 11]) {
  BLOCKS[`${n} nested except handlers`] = 'x = 0\n' + nested(n, () => ['try:', ' x = 1', 'except ValueError:'], 'print("deep")') + 'print("end")\n';
  BLOCKS[`${n} nested named except handlers`] = 'x = 0\n' + nested(n, () => ['try:', ' x = 1', 'except ValueError as e:'], 'print("deep")') + 'print("end")\n';
}
// a finally body is compiled twice, the second time inside FINALLY_END: the first block too many
// is met in the exceptional copies (kept small: the copies double with each level)
for (const n of [10, 11]) {
  BLOCKS[`${n} try/finally around ${n} for loops`] = nested(n, () => ['try:', ' x = 1', 'finally:'], nested(n, (i) => [`for i${i} in [0]:`], 'print("deep")').trimEnd().split('\n').join('\n' + ' '.repeat(n)));
}

describeAgainstCPython('too many statically nested blocks (CO_MAXBLOCKS: 20 in 3.11, 21 in 3.14)', BLOCKS);
