// Pictures of small learner programs, every step, checked for what a reader would see wrong: a box
// outside the picture, an arrow that is not made of horizontal and vertical lines (the router gave up
// and drew a straight line through the boxes), text cut with … where there is room for it.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { layoutRun, layoutStep, type StepLayout, type TextShape } from '../../src/render/layout.js';
import { CanvasMeasurer, registerFonts } from '../../src/render/fonts.js';

registerFonts();
const ms = new CanvasMeasurer();
beforeAll(async () => { await ready(); });

const trace = (src: string, python: '3.14' | '3.11' = '3.14') => simulate(src, { python, trace: true }).trace!;
const allSteps = (src: string, opts: { layout?: 'wide' | 'tall' } = {}, python: '3.14' | '3.11' = '3.14'): StepLayout[] => {
  const run = layoutRun(trace(src, python), ms, opts);
  return run.model.steps.map((_, i) => layoutStep(run, i));
};

/** A function that builds a new list from its argument: its loop iterator fits in left of its list on the call's row. */
const NEWLIST = 'def doubled(xs):\n    out = []\n    for x in xs:\n        out.append(x * 2)\n    return out\n\nnums = [1, 2, 3]\nres = doubled(nums)\nprint(nums, res)\n';
/** Two objects in a cycle, collected: the class body's function (gone at once) and the first Node share a spot. */
const CYCLE = 'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a\ndel b\nprint(gc.collect())\n';

describe('learner pictures', () => {
  it('the tall layout keeps every box of every step inside the heap panel (a call\'s list ran off the picture)', () => {
    for (const l of allSteps(NEWLIST, { layout: 'tall' })) {
      expect(l.width).toBeLessThanOrEqual(800);
      const h = l.panels.heap;
      const out = l.boxes.filter((b) => b.rect.x < h.x || b.rect.x + b.rect.w > h.x + h.w || b.rect.y + b.rect.h > h.y + h.h).map((b) => `step ${l.step + 1}: ${b.key}`);
      expect(out).toEqual([]);
    }
  });

  for (const python of ['3.14', '3.11'] as const) {
    it(`an arrow from a box that shares a spot with a box of other steps still goes round the boxes (${python})`, () => {
      const bad: string[] = [];
      for (const l of allSteps(CYCLE, {}, python)) {
        for (const e of l.edges) {
          for (let k = 0; k + 1 < e.points.length; k++) {
            const a = e.points[k], b = e.points[k + 1];
            if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) bad.push(`step ${l.step + 1}: ${e.from}→${e.to} diagonal`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }
});

export const clipped = (l: StepLayout, owner: string): string[] =>
  l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === owner && s.text.endsWith('…')).map((s) => s.text);
