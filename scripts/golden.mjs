#!/usr/bin/env node
// Regenerate the renderer's golden pictures (tests/render/golden/*.png) and the
// traces they are drawn from (tests/render/fixtures/*.trace.json.gz).
//
//   node scripts/golden.mjs              # simulate every snippet again, redraw every picture
//   node scripts/golden.mjs --keep-traces  # redraw from the stored traces only
//   node scripts/golden.mjs cycle del    # only these cases
//
// Then look at every picture it lists (they are what a learner sees) before committing.
// Needs a build first: npm run build.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'src');
if (!existsSync(join(dist, 'render', 'index.js'))) {
  console.error('golden: build first (npm run build)');
  process.exit(2);
}
const { ready, simulate } = await import(join(dist, 'core', 'simulate.js'));
const { Renderer, resolveStep } = await import(join(dist, 'render', 'index.js'));
const { encodePng } = await import(join(dist, 'render', 'png.js'));

const args = process.argv.slice(2);
const keep = args.includes('--keep-traces');
const only = args.filter((a) => !a.startsWith('--'));
const dir = join(root, 'tests', 'render');
const { cases, scale } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
mkdirSync(join(dir, 'golden'), { recursive: true });
mkdirSync(join(dir, 'fixtures'), { recursive: true });
await ready();
const rd = new Renderer();
const traces = new Map();
let n = 0;
for (const c of cases) {
  if (only.length && !only.includes(c.name)) continue;
  const fx = join(dir, 'fixtures', `${c.name}-${c.python}.trace.json.gz`);
  let trace = traces.get(fx);
  if (!trace) {
    if (keep && existsSync(fx)) trace = JSON.parse(gunzipSync(readFileSync(fx)).toString('utf8'));
    else {
      const src = readFileSync(join(dir, 'snippets', `${c.name}.py`), 'utf8');
      const r = simulate(src, { python: c.python, trace: true });
      trace = r.trace;
      writeFileSync(fx, gzipSync(JSON.stringify(trace, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)), { level: 9 }));
      console.log(`wrote ${fx.slice(root.length + 1)} (${trace.steps.length} steps)`);
      trace = JSON.parse(gunzipSync(readFileSync(fx)).toString('utf8'));
    }
    traces.set(fx, trace);
  }
  for (const s of c.steps) {
    const step = s === 'last' ? resolveStep(trace, 'last') : s - 1;
    const file = join(dir, 'golden', `${c.name}-${c.python}-${s}${c.variant ? '-' + c.variant : ''}.png`);
    const px = rd.renderPixels(trace, step, { scale, ...(c.opts ?? {}) });
    writeFileSync(file, encodePng(px.data, px.width, px.height, { level: 9 }));
    console.log(`wrote ${file.slice(root.length + 1)}`);
    n++;
  }
}
console.log(`golden: ${n} pictures written — look at each of them before committing`);
