// The end-of-program step is at the module's last line, with the module frame there — also when the
// program ends on a call (it took the callee's last line: "module (globals) line 12" for a program
// whose last line is 19).
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../src/core/simulate.js';

beforeAll(async () => { await ready(); });

describe('the end-of-program step', () => {
  it("is at the module's last line when the program ends on a call", () => {
    const src = 'def f():\n    x = 1\n    return x\n\nprint(f())\n';
    const t = simulate(src, { trace: true }).trace!;
    const end = t.steps.find((s) => s.note === 'end of program')!;
    expect(end.line).toBe(5);
    expect(end.frames.map((f) => [f.name, f.line])).toEqual([['<module>', 5]]);
  });
});
