// A finalizer's state in the picture: while an object's __del__ runs it is tagged "__del__ running";
// an object its __del__ resurrected is tagged "__del__ ran: resurrected" (PEP 442: it will not run
// again) — before, a resurrected object looked like any other, and nothing said __del__ was running.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { buildModel } from '../../src/render/model.js';
import { describeStep } from '../../src/render/alt.js';
import { layoutRun, layoutStep } from '../../src/render/layout.js';
import { CanvasMeasurer } from '../../src/render/fonts.js';

beforeAll(async () => { await ready(); });

const SRC = 'saved = []\n\nclass Phoenix:\n    def __del__(self):\n        print("resurrecting")\n        saved.append(self)\n\np = Phoenix()\ndel p\nprint(len(saved))\n';

describe("a finalizer's state", () => {
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
      expect(describeStep(model, end)).toMatch(/Phoenix#\d+ \(.*its __del__ has run and it lives on/);
      const run = layoutRun(t, new CanvasMeasurer(), {});
      const texts = (i: number) => layoutStep(run, i).shapes.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text);
      expect(texts(inDel)).toContain('__del__ running');
      expect(texts(end)).toContain('__del__ ran: resurrected');
      expect(texts(before).some((x) => x.startsWith('__del__'))).toBe(false);
    });
  }
});
