// Runs every corpus program through the simulator for both versions and
// prints a status line per program (pass / FAIL / NotSupported).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const { ready, simulate } = await import('../dist/src/core/simulate.js');
await ready();
const dir = new URL('../tests/corpus/', import.meta.url).pathname;
const only = process.argv.slice(2);
let pass = 0, fail = 0, ns = 0;
const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  if (only.length && !only.some((o) => f.includes(o))) continue;
  const src = readFileSync(join(dir, f), 'utf8');
  let exp; try { exp = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8')); } catch { continue; }
  for (const v of ['3.14', '3.11']) {
    let r, status;
    try {
      r = simulate(src, { python: v, timeoutMs: 5000 });
      if (r.notSupported) { status = 'NS  ' + r.notSupported; ns++; }
      else if (r.stdout === exp[v].stdout && (r.exception ?? null) === (exp[v].exception ?? null)) { status = 'ok'; pass++; }
      else {
        status = 'FAIL';
        fail++;
        const a = r.stdout.split('\n'), b = exp[v].stdout.split('\n');
        let i = 0; while (i < a.length && a[i] === b[i]) i++;
        status += ` line ${i + 1}: got ${JSON.stringify(a[i] ?? '<eof>')} want ${JSON.stringify(b[i] ?? '<eof>')}`;
        if ((r.exception ?? null) !== (exp[v].exception ?? null)) status += ` | exc got ${JSON.stringify(r.exception)} want ${JSON.stringify(exp[v].exception)}`;
      }
    } catch (e) { status = 'CRASH ' + (e.stack || e).toString().split('\n').slice(0, 3).join(' / '); fail++; }
    rows.push(`${v} ${f}: ${status}`);
  }
}
console.log(rows.join('\n'));
console.log(`pass ${pass}, fail ${fail}, notsupported ${ns}`);
