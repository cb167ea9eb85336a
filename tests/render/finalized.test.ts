// A finalizer's state in the picture: while an object's __del__ runs it is tagged "__del__ running";
// an object its __del__ resurrected is tagged "__del__ ran" (PEP 442: it will not run again) — before, a resurrected object looked like any other, and nothing said __del__ was running.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { buildModel } from '../../src/render/model.js';
import { describeStep } from '../../src/render/alt.js';
import { layoutRun, layoutStep } from '../../src/render/layout.js';
import { CanvasMeasurer } from '../../src/render/fonts.js';

beforeAll(async () => { await ready(); });

const SRC = 'saved = []\n\nclass Phoenix:\n    def __del__(self):\n        print("resurrecting")\n        saved.append(self)\n\np = Phoenix()\ndel p\nprint(len(saved))\n';

const CYCLE = 'import gc\ngc.disable()\nclass N:\n    def __del__(self):\n        print("del", self.name)\na = N()\na.name = "a"\nb = N()\nb.name = "b"\na.o = b\nb.o = a\ndel a, b\ngc.collect()\nprint("end")\n';

describe("a finalizer's state", () => {
  it('is "running" for the member of a collected cycle whose __del__ the collector is calling', () => {
    const t = simulate(CYCLE, { python: '3.14', trace: true }).trace!;
    const inDel = t.steps.map((s, i) => [s, i] as const).filter(([s]) => s.line === 5);
    expect(inDel.length).toBe(2);
    const states = inDel.map(([s]) => s.heap!.filter((o) => o.type === 'N').map((o) => o.finalized ?? '-').sort().join(','));
    // first __del__: one running, the other not finalized yet; second: one has run, the other running
    expect(states).toEqual(['-,running', 'ran,running']);
  });
  for (const python of ['3.14', '3.11'] as const) {
    it(`is "running" inside __del__ and "ran" once resurrected (${python})`, () => {
      const r = simulate(SRC, { python, trace: true });
      const t = r.trace!;
      const inDel = t.steps.findIndex((s) => s.line === 5);
      const end = t.steps.findIndex((s) => s.note === 'end of program');
      const phoenix = (i: number) => t.steps[i].heap!.find((o) => o.type === 'Phoenix')!;
      expect(phoenix(inDel).finalized).toBe('running');
      expect(phoenix(end).finalized).toBe('ran');
      // before __del__ ran: no tag
      const before = t.steps.findIndex((s) => s.line === 9);
      expect(phoenix(before).finalized).toBeUndefined();
      const model = buildModel(t);
      expect(describeStep(model, end)).toMatch(/Phoenix#\d+ \(.*its __del__ has run: PEP 442 runs it only once/);
      const run = layoutRun(t, new CanvasMeasurer(), {});
      const texts = (i: number) => layoutStep(run, i).shapes.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text);
      expect(texts(inDel)).toContain('__del__ running');
      expect(texts(end)).toContain('__del__ ran');
      expect(texts(before).some((x) => x.startsWith('__del__'))).toBe(false);
    });
  }
});
