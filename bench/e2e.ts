// End-to-end snippet → PNG in a warm process: simulate (with the trace) + draw the
// default step + encode the PNG, for snippets with about 10, 40 and 200 objects.
// Prints p50 / p95 over N runs (after warm-up) against the targets:
// p50 ≤ 30 ms and p95 ≤ 80 ms for snippets up to 40 lines; 200 objects ≤ 300 ms.
// Between runs the process goes back to the event loop (untimed), as a server does between
// requests: Node frees the pixel buffers read back from the canvas (napi external buffers)
// only there, so a loop that never yields made every picture's read-back fresh memory
// (25–35 ms of page faults for the 40-object picture on this project's VMs; BENCHMARKS.md,
// eleventh session). The last row draws the 40-object snippet after the 10-object one each
// time, as a bot's pictures change size from one request to the next.
//
//   npm run build && node dist/bench/e2e.js [runs]

import { loadavg } from 'node:os';
import { ready, simulate } from '../src/core/simulate.js';
import { Renderer } from '../src/render/index.js';
import type { Trace } from '../src/core/trace.js';

const S10 = `a = [1, 2, 3]
b = a
t = (a, "x")
d = {"k": a}
del a
print(b, t, d)
`;

const S40 = `class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt

nodes = []
prev = None
for i in range(8):
    prev = Node("n%d" % i, prev)
    nodes.append(prev)
index = {n.name: n for n in nodes}
pairs = [(i, i * 2) for i in range(5)]
print(len(index), pairs[-1])
`;

const S200 = `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = []
while len(points) < 95:
    points.append(Point(len(points) * 0.5, 1.5))
last = points[-1]
`;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

await ready();
const runs = Math.max(5, Number(process.argv[2] ?? 30));
const rd = new Renderer();
console.log(`end-to-end snippet → PNG, warm process, ${runs} runs each (load average ${loadavg()[0].toFixed(2)})`);
console.log('| snippet | lines | objects at the end | steps | p50 | p95 | CPU p50 | CPU p95 | target |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, src, target, before] of [
  ['~10 objects', S10, 'p50 ≤ 30 ms, p95 ≤ 80 ms', null],
  ['~40 objects', S40, 'p50 ≤ 30 ms, p95 ≤ 80 ms', null],
  ['~200 objects', S200, '≤ 300 ms', null],
  ['~40 objects, each after the ~10', S40, 'p50 ≤ 30 ms, p95 ≤ 80 ms', S10],
] as const) {
  const once = async (): Promise<{ ms: number; cpu: number; objects: number; steps: number }> => {
    await new Promise((r) => setImmediate(r));
    if (before) { rd.renderPng(simulate(before, { trace: true }).trace as Trace, 'last'); await new Promise((r) => setImmediate(r)); }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = simulate(src, { trace: true });
    const trace = r.trace as Trace;
    const png = rd.renderPng(trace, 'last');
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (!png.length) throw new Error('no PNG');
    const end = trace.steps.findIndex((s) => s.note === 'end of program');
    return { ms, cpu: (c.user + c.system) / 1000, objects: trace.steps[end]?.heap?.length ?? 0, steps: trace.steps.length };
  };
  for (let i = 0; i < 3; i++) await once(); // warm-up: JIT, fonts
  const ms: number[] = [], cpu: number[] = [];
  let info = await once();
  for (let i = 0; i < runs; i++) { info = await once(); ms.push(info.ms); cpu.push(info.cpu); }
  const lines = src.trimEnd().split('\n').length;
  console.log(`| ${name} | ${lines} | ${info.objects} | ${info.steps} | ${pct(ms, 0.5).toFixed(1)} ms | ${pct(ms, 0.95).toFixed(1)} ms | ${pct(cpu, 0.5).toFixed(1)} ms | ${pct(cpu, 0.95).toFixed(1)} ms | ${target} |`);
}
