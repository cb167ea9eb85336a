// Whole-process A/B of two builds of the simulator against native python3, on the programs of
// bench/run.ts (same command line): for each round, the base build, the new build and python3 run
// one after the other, so the three share the same minutes of a shared, noisy machine. Prints the
// medians of wall and CPU (user + system, all threads) time, and the load average before and after.
//
//   node dist/bench/ab-sim.js BASE_ROOT [NEW_ROOT] [N]     (NEW_ROOT defaults to this checkout, N to 7)
//
// A root is a checkout with bin/ and dist/ built (e.g. a copy of an older commit's bin/, dist/ and
// package.json, with node_modules linked to this one's).
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROGRAMS } from './sim-programs.js';

const here = dirname(fileURLToPath(import.meta.url));
const [baseArg, newArg, nArg] = process.argv.slice(2);
if (!baseArg) { console.error('usage: node dist/bench/ab-sim.js BASE_ROOT [NEW_ROOT] [N]'); process.exit(2); }
const roots = { base: resolve(baseArg), new: resolve(newArg ?? join(here, '..', '..')) };
const N = Number(nArg ?? 7);

interface Run { wall: number; cpu: number; rss: number; out: string }
/** One whole process under /usr/bin/time: wall clock, user + system CPU, peak RSS. */
function time(cmd: string, args: string[]): Run {
  const stats = join(tmpdir(), `hs-ab-time-${process.pid}`);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', stats, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  const [u, s, m] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: (u + s) * 1000, rss: m / 1024, out: r.stdout };
}
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const load = (): string => loadavg()[0].toFixed(1);

console.log(`## Simulator A/B vs native python3 (${cpus().length} cores, ${N} rounds, medians; base ${roots.base}, new ${roots.new})`);
console.log('| program | load | base wall / CPU | new wall / CPU | python3 wall / CPU | ratio wall base → new | ratio CPU base → new | new peak RSS | same output |');
console.log('|---|---|---|---|---|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'hs-ab-sim-'));
for (const [name, src] of Object.entries(PROGRAMS)) {
  const file = join(dir, 'p.py');
  writeFileSync(file, src);
  const runs: Record<'base' | 'new' | 'py', Run[]> = { base: [], new: [], py: [] };
  const l0 = load();
  for (let i = 0; i < N; i++) {
    for (const k of ['base', 'new'] as const) {
      runs[k].push(time(process.execPath, [join(roots[k], 'bin', 'heapsnake.js'), 'run', '--max-steps', '100000000', '--timeout', '600000', file]));
    }
    runs.py.push(time('python3', [file]));
  }
  const m = (k: keyof typeof runs, f: 'wall' | 'cpu') => median(runs[k].map((r) => r[f]));
  const same = [...runs.base, ...runs.new].every((r) => r.out === runs.py[0].out);
  const rss = Math.max(...runs.new.map((r) => r.rss));
  console.log(`| ${name} | ${l0}–${load()} | ${m('base', 'wall').toFixed(0)} / ${m('base', 'cpu').toFixed(0)} ms | ${m('new', 'wall').toFixed(0)} / ${m('new', 'cpu').toFixed(0)} ms | `
    + `${m('py', 'wall').toFixed(0)} / ${m('py', 'cpu').toFixed(0)} ms | ${(m('base', 'wall') / m('py', 'wall')).toFixed(1)}× → ${(m('new', 'wall') / m('py', 'wall')).toFixed(1)}× | `
    + `${(m('base', 'cpu') / m('py', 'cpu')).toFixed(1)}× → ${(m('new', 'cpu') / m('py', 'cpu')).toFixed(1)}× | ${rss.toFixed(0)} MB | ${same ? 'yes' : 'NO'} |`);
}
rmSync(dir, { recursive: true, force: true });
