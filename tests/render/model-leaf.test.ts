// What a function or a class keeps alive is drawn and reachable. Functions and classes are drawn
// as leaves (their code, globals and methods are not the lesson), but a function's default values
// and closure cells, and a class's data attributes, are: before, the mutable default list and the
// closure cells were drawn "unreachable" while the function held them, and a class attribute list
// shared by every instance was not drawn at all.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { buildModel } from '../../src/render/model.js';
import { describeStep } from '../../src/render/alt.js';

beforeAll(async () => { await ready(); });

function lastStep(src: string, python: '3.14' | '3.11' = '3.14') {
  const r = simulate(src, { python, trace: true });
  const model = buildModel(r.trace!);
  const i = r.trace!.steps.findIndex((s) => s.note === 'end of program');
  const step = i >= 0 ? i : r.trace!.steps.length - 1;
  const sm = model.steps[step];
  const heap = new Map(r.trace!.steps[step].heap!.map((o) => [o.id, o]));
  const drawn = [...sm.objects, ...sm.shared];
  const ofType = (t: string): number[] => drawn.filter((id) => heap.get(id)?.type === t);
  const rowsOf = (id: number) => sm.rows.get(id) ?? [];
  return { sm, heap, ofType, rowsOf, alt: describeStep(model, step) };
}

describe('what functions and classes hold', () => {
  for (const python of ['3.14', '3.11'] as const) {
    it(`a mutable default list is drawn under the function's __defaults__, reachable (${python})`, () => {
      const { sm, ofType, rowsOf, alt } = lastStep('def add(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n\nadd(1)\nadd(2)\n', python);
      const [fn] = ofType('function');
      const defaults = rowsOf(fn).find((r) => r.label === '__defaults__');
      expect(defaults?.target).toBeTypeOf('number');
      const [tuple] = ofType('tuple');
      expect(defaults!.target).toBe(tuple);
      const [list] = ofType('list');
      expect(rowsOf(tuple).map((r) => r.target)).toContain(list);
      for (const id of [fn, tuple, list]) expect(sm.unreachable.has(id)).toBe(false);
      // every reference to the list is drawn: nothing "not drawn"
      expect(sm.undrawn.get(list)).toBeUndefined();
      expect(alt).not.toMatch(/UNREACHABLE/);
    });
    it(`a closure's cells are drawn under __closure__, reachable (${python})`, () => {
      const { sm, ofType, rowsOf, alt } = lastStep('def outer():\n    x = [1, 2]\n    def inner():\n        return x\n    return inner\n\nf = outer()\n', python);
      const inner = ofType('function').find((id) => rowsOf(id).some((r) => r.label.startsWith('__closure__')));
      expect(inner).toBeDefined();
      // the row names the closure's variables (co_freevars)
      expect(rowsOf(inner!).map((r) => r.label)).toEqual(['__closure__ (x)']);
      const cells = ofType('cell');
      expect(cells).toHaveLength(1);
      for (const id of [...cells, ...ofType('list')]) expect(sm.unreachable.has(id)).toBe(false);
      expect(alt).not.toMatch(/UNREACHABLE/);
    });
  }
  it('a class attribute list is drawn as a row of its class; its methods are not', () => {
    const { sm, ofType, rowsOf, alt } = lastStep('class Team:\n    members = []\n    def add(self, m):\n        self.members.append(m)\n\na = Team()\na.add("ann")\n');
    const [cls] = ofType('type');
    const rows = rowsOf(cls);
    expect(rows.map((r) => r.label)).toEqual(['.members']);
    const [list] = ofType('list');
    expect(rows[0].target).toBe(list);
    expect(sm.unreachable.has(list)).toBe(false);
    expect(sm.undrawn.get(list)).toBeUndefined();
    expect(alt).toMatch(/class Team: \.members → list#\d+/);
  });
  it('a function without defaults or closure is still a leaf box', () => {
    const { ofType, rowsOf } = lastStep('def f(x):\n    return x\n\ny = f(1)\n');
    const [fn] = ofType('function');
    expect(rowsOf(fn)).toEqual([]);
  });
});
