// Arrow crossings of a laid-out picture, shared by the layout tests.
import type { StepLayout } from '../../src/render/layout.js';

/** Arrow crossings: a horizontal segment of one arrow through a vertical segment of another. */
export function crossingCount(l: StepLayout): number {
  const segs = l.edges.map((e) => {
    const h: number[][] = [], v: number[][] = [];
    for (let k = 0; k + 1 < e.points.length; k++) {
      const a = e.points[k], b = e.points[k + 1];
      if (Math.abs(a.y - b.y) < 0.01) h.push([Math.min(a.x, b.x), Math.max(a.x, b.x), a.y]);
      else v.push([Math.min(a.y, b.y), Math.max(a.y, b.y), a.x]);
    }
    return { h, v };
  });
  let n = 0;
  for (let i = 0; i < segs.length; i++) for (let j = 0; j < segs.length; j++) {
    if (i === j) continue;
    for (const [x0, x1, y] of segs[i].h) for (const [y0, y1, x] of segs[j].v) if (x > x0 + 0.5 && x < x1 - 0.5 && y > y0 + 0.5 && y < y1 - 0.5) n++;
  }
  return n;
}
