#!/usr/bin/env node
// Layout quality figures of the heap picture: for each program, layout and Python
// version, the picture's size (px at 1×), its area and the number of arrow crossings
// at the step the CLI draws by default (the end of the program).
//
//   node scripts/layout-quality.mjs [--dist DIR] [FILE.py ...]
//
// Without files: the README's examples (examples/*.py) and the golden snippets
// (tests/render/snippets/*.py). --dist points at another build (e.g. a copy of the
// old dist/) to compare two versions of the layout on the same programs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const di = args.indexOf('--dist');
const dist = di >= 0 ? resolve(args.splice(di, 2)[1]) : join(root, 'dist');
let files = args;
if (!files.length) {
  const ex = join(root, 'examples'), sn = join(root, 'tests', 'render', 'snippets');
  files = [...readdirSync(ex).filter((f) => f.endsWith('.py')).map((f) => join(ex, f)), ...readdirSync(sn).filter((f) => f.endsWith('.py')).map((f) => join(sn, f))];
}
const { ready, simulate } = await import(join(dist, 'src', 'core', 'simulate.js'));
const { layoutRun, layoutStep } = await import(join(dist, 'src', 'render', 'layout.js'));
const { resolveStep } = await import(join(dist, 'src', 'render', 'index.js'));
const { CanvasMeasurer } = await import(join(dist, 'src', 'render', 'fonts.js'));
await ready();
const ms = new CanvasMeasurer();

/** Proper crossings between a horizontal and a vertical segment of two different arrows. */
export function crossings(edges) {
  const segs = edges.map((e) => {
    const h = [], v = [];
    for (let k = 0; k + 1 < e.points.length; k++) {
      const a = e.points[k], b = e.points[k + 1];
      if (Math.abs(a.y - b.y) < 0.01) h.push([Math.min(a.x, b.x), Math.max(a.x, b.x), a.y]);
      else if (Math.abs(a.x - b.x) < 0.01) v.push([Math.min(a.y, b.y), Math.max(a.y, b.y), a.x]);
    }
    return { h, v };
  });
  let n = 0;
  for (let i = 0; i < segs.length; i++) for (let j = 0; j < segs.length; j++) {
    if (i === j) continue;
    for (const [x0, x1, y] of segs[i].h) for (const [y0, y1, x] of segs[j].v) {
      if (x > x0 + 0.5 && x < x1 - 0.5 && y > y0 + 0.5 && y < y1 - 0.5) n++;
    }
  }
  return n;
}

const rows = [];
let tot = { area: 0, cross: 0 };
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  for (const python of ['3.14', '3.11']) {
    let trace;
    try { trace = simulate(src, { python, trace: true }).trace; } catch (e) { rows.push(`${basename(f)} ${python}: ${e.message}`); continue; }
    for (const layout of ['wide', 'tall']) {
      const run = layoutRun(trace, ms, { layout });
      const l = layoutStep(run, resolveStep(trace, 'last'));
      const c = crossings(l.edges);
      const area = l.width * l.height;
      tot.area += area; tot.cross += c;
      rows.push(`${basename(f).padEnd(16)} ${python} ${layout.padEnd(4)} ${String(l.width).padStart(5)}×${String(l.height).padEnd(5)} ${(area / 1e6).toFixed(2).padStart(5)} Mpx  ${String(c).padStart(4)} crossings  ${l.edges.length} arrows`);
    }
  }
}
console.log(rows.join('\n'));
console.log(`total: ${(tot.area / 1e6).toFixed(2)} Mpx, ${tot.cross} crossings`);
