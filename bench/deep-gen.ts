// The run layout of a trace stopped in the middle of a deep generator recursion
// (what the bot draws when its clock stops `def g(): yield from g()`).
// `node dist/bench/deep-gen.js [steps…]`
import { ready, simulate } from '../src/core/simulate.js';
import { Renderer, pictureScale } from '../src/render/index.js';
import type { Trace } from '../src/core/trace.js';

await ready();
const rd = new Renderer();
for (const n of (process.argv.slice(2).length ? process.argv.slice(2) : ['150', '300']).map(Number)) {
  const r = simulate('def g():\n    yield from g()\nlist(g())\n', { trace: true, python: '3.11', maxSteps: n });
  const trace = r.trace as Trace;
  const t0 = performance.now();
  const run = rd.run(trace, {});
  const t1 = performance.now();
  const l = rd.layout(trace, 'last');
  const png = rd.renderPng(trace, 'last');
  const t2 = performance.now();
  console.log(`${n} steps (${trace.steps.length} recorded): run layout ${(t1 - t0).toFixed(0)} ms, picture ${(t2 - t1).toFixed(0)} ms, ${l.width}×${l.height} at ${pictureScale(l.width, l.height)}×, ${png.length} bytes, ${run.places.length} places`);
}
