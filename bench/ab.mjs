// A/B of two builds of heapsnake in one process (same load, same minutes): both
// builds' simulator and Renderer are loaded, and each snippet goes through one then
// the other, alternately; CPU time per stage (simulate, layout of the run and the
// step, draw + pixels + PNG) and wall time, median / min / p95 ms.
//
//   node bench/ab.mjs BASE_ROOT NEW_ROOT FILE.py... (N=25 runs by default)
//
// A root is a checkout with dist/ built (e.g. a copy of dist/ and bin/ from an
// older commit, with node_modules linked to this one's).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [baseRoot, newRoot, ...files] = process.argv.slice(2);
if (!newRoot || !files.length) { console.error('usage: node bench/ab.mjs BASE_ROOT NEW_ROOT FILE.py...'); process.exit(2); }
const load = async (root) => ({
  sim: await import(root + '/dist/src/core/simulate.js'),
  idx: await import(root + '/dist/src/render/index.js'),
});
const V = { base: await load(resolve(baseRoot)), new: await load(resolve(newRoot)) };
await V.base.sim.ready(); await V.new.sim.ready();
for (const v of Object.values(V)) v.rd = new v.idx.Renderer();
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const N = Number(process.env.N ?? 25);
const stats = {};
const add = (k, x) => (stats[k] ??= []).push(x);
for (let i = 0; i < N + 2; i++) for (const f of files) for (const name of ['base', 'new']) {
  const v = V[name]; const src = readFileSync(f, 'utf8');
  let c = cpu(); const c0 = c; const w0 = performance.now();
  const lap = (k) => { const x = cpu(); if (i >= 2) add(`${f.split('/').pop()} ${name} ${k}`, x - c); c = x; };
  const tr = v.sim.simulate(src, { trace: true }).trace; lap('sim');
  v.rd.layout(tr, 'last'); lap('layout');
  v.rd.renderPng(tr, 'last'); lap('draw+png');
  if (i >= 2) { add(`${f.split('/').pop()} ${name} TOTAL`, cpu() - c0); add(`${f.split('/').pop()} ${name} WALL`, performance.now() - w0); }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const p95 = (a) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * 0.95))];
const rows = {};
for (const [k, a] of Object.entries(stats)) { const [f, name, stage] = k.split(' '); ((rows[f] ??= {})[stage] ??= {})[name] = `${med(a).toFixed(1)}/${Math.min(...a).toFixed(1)}/${p95(a).toFixed(1)}`; }
for (const [f, st] of Object.entries(rows)) { console.log(f, '(ms median/min/p95)'); for (const [s, x] of Object.entries(st)) console.log(`  ${s.padEnd(9)} base ${x.base.padEnd(18)} new ${x.new}`); }
