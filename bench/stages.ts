// Where the end-to-end time of one picture goes: simulate, run layout, step layout,
// draw, read pixels, PNG: the median wall time of each stage, and its median user and
// system CPU time (system time is mostly the kernel zeroing fresh memory: see
// src/render/native-memory.ts). `node dist/bench/stages.js FILE [runs]`
import { readFileSync } from 'node:fs';
import { ready, simulate } from '../src/core/simulate.js';
import { Renderer, pictureScale } from '../src/render/index.js';
import { layoutRun, layoutStep } from '../src/render/layout.js';
import { drawLayoutFit, pictureData } from '../src/render/draw.js';
import { encodePng } from '../src/render/png.js';
import { CanvasMeasurer } from '../src/render/fonts.js';
import type { Trace } from '../src/core/trace.js';

await ready();
const src = readFileSync(process.argv[2], 'utf8');
const runs = Number(process.argv[3] ?? 20);
new Renderer();
const ms = new CanvasMeasurer();
let canvas: import("@napi-rs/canvas").Canvas | undefined;
const t: Record<string, number[]> = {};
const cpu: Record<string, [number, number][]> = {};
let c0 = process.cpuUsage();
const lap = (k: string, t0: number): number => {
  const n = performance.now();
  const c = process.cpuUsage(c0);
  (t[k] ??= []).push(n - t0);
  (cpu[k] ??= []).push([c.user / 1000, c.system / 1000]);
  c0 = process.cpuUsage();
  return n;
};
let info = '';
for (let i = 0; i < runs + 3; i++) {
  // Back to the event loop between pictures, as a server is (see e2e.ts): Node frees the
  // pixel buffers read back from the canvas only there.
  await new Promise((r) => setImmediate(r));
  c0 = process.cpuUsage();
  let t0 = performance.now();
  const r = simulate(src, { trace: true });
  const trace = r.trace as Trace;
  t0 = lap('simulate', t0);
  const run = layoutRun(trace, ms, {});
  t0 = lap('run layout', t0);
  const end = trace.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
  const l = layoutStep(run, end >= 0 ? end : trace.steps.length - 1);
  t0 = lap('step layout', t0);
  const scale = pictureScale(l.width, l.height);
  const { canvas: c, width, height } = drawLayoutFit(l, { scale }, canvas); canvas = c;
  t0 = lap('draw', t0);
  const d = pictureData(c, width, height);
  t0 = lap('pixels', t0);
  encodePng(d, width, height);
  lap('png', t0);
  info = `${l.width}×${l.height} at ${scale}× = ${(width * height / 1e6).toFixed(1)} Mpx, ${trace.steps.length} steps`;
  if (i < 3) for (const k of Object.keys(t)) { t[k].length = 0; cpu[k].length = 0; }
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(info);
for (const [k, v] of Object.entries(t)) {
  console.log(`${k.padEnd(12)} ${med(v).toFixed(1)} ms (CPU: user ${med(cpu[k].map((c) => c[0])).toFixed(1)}, system ${med(cpu[k].map((c) => c[1])).toFixed(1)} ms)`);
}
