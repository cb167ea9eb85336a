// Renderer benchmark: `npx tsc -p tsconfig.json && node dist/bench/render.js`
//
// Prints, in one run:
//  - the time per extra picture in a warm process (what `render --frames` pays per step)
//    for a 10-line snippet with ~20 objects;
//  - a whole-process `heapsnake render FILE -o out.png`;
//  - the same picture by objgraph + graphviz (dot), when /usr/bin/python3 has objgraph
//    and `dot` is installed (Debian: apt-get install graphviz python3-objgraph);
//  - a 200-object picture: the first picture of the run in a warm process (the run's
//    layout included) and a re-draw.
// Targets: per extra picture ≤ 30 ms, 200-object picture ≤ 300 ms.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate } from '../src/core/simulate.js';
import { Renderer } from '../src/render/index.js';
import type { Trace } from '../src/core/trace.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

export const SNIPPET = `class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt

a = Node("a"); b = Node("b", a); c = Node("c", b)
data = {"nodes": [a, b, c], "ids": (1, 2, 3), "tags": {"x", "y"}}
copy = list(data["nodes"])
a.next = c
del b
total = len(copy)
`;

export const SNIPPET200 = `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = []
while len(points) < 200:
    points.append(Point(len(points) * 0.5, 1.5))
last = points[-1]
`;

const OBJGRAPH = `
import time, sys, objgraph
t0 = time.perf_counter()
class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt
a = Node("a"); b = Node("b", a); c = Node("c", b)
data = {"nodes": [a, b, c], "ids": (1, 2, 3), "tags": {"x", "y"}}
copy = list(data["nodes"])
a.next = c
del b
total = len(copy)
out = sys.argv[1]
times = []
for i in range(5):
    t = time.perf_counter()
    objgraph.show_refs([data, copy], filename=out, max_depth=4, too_many=20)
    times.append(time.perf_counter() - t)
print(min(times) * 1000, sorted(times)[2] * 1000)
`;

function ms(t0: number): number { return performance.now() - t0; }
function median(a: number[]): number { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; }
const f1 = (n: number): string => n.toFixed(1);

async function main(): Promise<void> {
  await ready();
  const dir = mkdtempSync(join(tmpdir(), 'hs-bench-'));
  const r = simulate(SNIPPET, { trace: true, maxSnapshots: 100_000 });
  const trace = r.trace as Trace;
  const rd = new Renderer();
  // Warm: fonts, the run's layout, JIT.
  let t = performance.now();
  const first = rd.renderPng(trace, 'last');
  const firstMs = ms(t);
  const lastStep = trace.steps.findIndex((s) => s.note === 'end of program');
  const objects = trace.steps[lastStep]?.heap?.length ?? 0;
  for (let i = 0; i < trace.steps.length; i++) rd.renderPng(trace, i);
  // Per extra picture: render every step to a file, three rounds, take the median round.
  // CPU time is printed too: on a shared, loaded machine wall time overstates the cost.
  const rounds: number[] = [], cpuRounds: number[] = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    const c0 = process.cpuUsage();
    await rd.renderFrames(trace, join(dir, `frames${k}`));
    const c1 = process.cpuUsage(c0);
    rounds.push(ms(t) / trace.steps.length);
    cpuRounds.push((c1.user + c1.system) / 1000 / trace.steps.length);
  }
  const perPicture = median(rounds);
  const perPictureCpu = median(cpuRounds);
  // Its parts, on one picture.
  const parts = { layout: [] as number[], draw: [] as number[], encode: [] as number[] };
  for (let k = 0; k < 7; k++) {
    t = performance.now(); rd.layout(trace, lastStep); parts.layout.push(ms(t));
    t = performance.now(); const px = rd.renderPixels(trace, lastStep); parts.draw.push(ms(t) - parts.layout[k]);
    const { encodePng } = await import('../src/render/png.js');
    t = performance.now(); encodePng(px.data, px.width, px.height); parts.encode.push(ms(t));
  }

  // Whole process.
  const file = join(dir, 'snippet.py');
  writeFileSync(file, SNIPPET);
  const procs: number[] = [];
  const bin = join(root, 'bin', 'heapsnake.js');
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    const p = spawnSync(process.execPath, [bin, 'render', file, '-o', join(dir, 'one.png')], { encoding: 'utf8' });
    procs.push(ms(t));
    if (p.status !== 0) { console.log(`render failed: ${p.stderr}`); break; }
  }

  // objgraph + graphviz.
  let og = 'not measured: needs /usr/bin/python3 with objgraph and graphviz dot (apt-get install graphviz python3-objgraph)';
  const py = '/usr/bin/python3';
  if (existsSync(py) && spawnSync('dot', ['-V']).status === 0 && spawnSync(py, ['-c', 'import objgraph']).status === 0) {
    writeFileSync(join(dir, 'og.py'), OBJGRAPH);
    t = performance.now();
    const p = spawnSync(py, [join(dir, 'og.py'), join(dir, 'og.png')], { encoding: 'utf8' });
    const whole = ms(t);
    if (p.status === 0) {
      const [best, med] = p.stdout.trim().split('\n').pop()!.trim().split(/\s+/).map(Number);
      og = `${f1(med)} ms per picture (best ${f1(best)}), ${f1(whole)} ms for the process with 5 pictures`;
    } else og = `failed: ${p.stderr.trim().split('\n').pop()}`;
  }

  // 200 objects.
  const r200 = simulate(SNIPPET200, { trace: true });
  const t200 = r200.trace as Trace;
  const rd2 = new Renderer();
  rd2.renderPng(trace, 'last'); // warm the process, not this run
  t = performance.now();
  const bc0 = process.cpuUsage();
  const big = rd2.renderPng(t200, 'last');
  const bigFirst = ms(t);
  const bc1 = process.cpuUsage(bc0);
  const bigFirstCpu = (bc1.user + bc1.system) / 1000;
  const again: number[] = [];
  for (let k = 0; k < 3; k++) { t = performance.now(); rd2.renderPng(t200, 'last'); again.push(ms(t)); }
  const bigLast = t200.steps.findIndex((s) => s.note === 'end of program');
  const bigObjects = t200.steps[bigLast]?.heap?.length ?? 0;

  const w = (l: string, v: string): void => console.log(`${l.padEnd(44)} ${v}`);
  console.log(`heapsnake render benchmark (${trace.steps.length} steps, ${objects} objects at the end; load average ${(await import('node:os')).loadavg()[0].toFixed(2)})`);
  w('per extra picture, warm process (--frames)', `${f1(perPicture)} ms wall, ${f1(perPictureCpu)} ms CPU   [target ≤ 30 ms]`);
  w('  of which layout / draw / PNG encode', `${f1(median(parts.layout))} / ${f1(median(parts.draw))} / ${f1(median(parts.encode))} ms`);
  w('first picture in the process (run layout)', `${f1(firstMs)} ms, ${first.length} bytes`);
  w('whole process: heapsnake render -o out.png', `${f1(median(procs))} ms`);
  w('objgraph + graphviz dot, same objects', og);
  w(`200-object picture (${bigObjects} objects, ${t200.steps.length} steps)`, `${f1(bigFirst)} ms wall, ${f1(bigFirstCpu)} ms CPU first (run layout included), ${f1(median(again))} ms again, ${big.length} bytes   [target ≤ 300 ms]`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
