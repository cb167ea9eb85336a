// `npm run bench`: every benchmark, each as its own process, printing figures
// (speed is measured here, never asserted by timed tests).
//   1. the simulator on loop-heavy programs versus native python3 (same program, same machine);
//   2. the renderer (bench/render.ts);
//   3. the bot against the local Discord stand-in (bench/bot.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROGRAMS } from './sim-programs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(root, 'bin', 'heapsnake.js');


function time(cmd: string, args: string[]): { ms: number; out: string; rss: number } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  const rss = Number((r.stderr.trim().split('\n').pop() ?? '0')) || 0;
  return { ms, out: r.stdout, rss };
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; }

function simulatorVsCPython(): void {
  console.log(`\n## Simulator vs native python3 (${cpus().length} cores, load ${loadavg()[0].toFixed(1)})`);
  console.log('| program | heapsnake median | python3 median | ratio | heapsnake peak RSS | same output |');
  console.log('|---|---|---|---|---|---|');
  const dir = mkdtempSync(join(tmpdir(), 'hs-bench-'));
  for (const [name, src] of Object.entries(PROGRAMS)) {
    const file = join(dir, 'p.py');
    writeFileSync(file, src);
    const hs: number[] = [], py: number[] = [];
    let rss = 0, same = true;
    for (let i = 0; i < 3; i++) {
      const a = time(process.execPath, [bin, 'run', '--max-steps', '100000000', '--timeout', '600000', file]);
      const b = time('python3', [file]);
      hs.push(a.ms); py.push(b.ms); rss = Math.max(rss, a.rss);
      same &&= a.out === b.out;
    }
    console.log(`| ${name} | ${median(hs).toFixed(0)} ms | ${median(py).toFixed(0)} ms | ${(median(hs) / median(py)).toFixed(1)}× | ${(rss / 1024).toFixed(0)} MB | ${same ? 'yes' : 'NO'} |`);
  }
  rmSync(dir, { recursive: true, force: true });
  // whole-process start-up
  const hello = join(tmpdir(), 'hs-hello.py');
  writeFileSync(hello, 'print("hi")\n');
  const starts = [0, 1, 2, 3, 4].map(() => time(process.execPath, [bin, 'run', hello]).ms);
  const renders = [0, 1, 2].map(() => time(process.execPath, [bin, 'render', hello, '-o', join(tmpdir(), 'hs-hello.png')]).ms);
  console.log(`\nCLI start-up (run of print("hi")): median ${median(starts).toFixed(0)} ms; whole-process render: median ${median(renders).toFixed(0)} ms`);
}

simulatorVsCPython();
for (const b of ['render.js', 'bot.js', 'e2e.js', 'bot50.js']) {
  console.log(`\n## ${b.replace('.js', '')}`);
  const r = spawnSync(process.execPath, [join(here, b)], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`(${b} exited with ${r.status})`);
}
