// Rewrites tests/corpus/known.json: the corpus programs the simulator does not
// run yet on each version, with the reason (NotSupported message, or where the
// output first differs from CPython's). Run after `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const { ready, simulate } = await import('../dist/src/core/simulate.js');
await ready();
const dir = new URL('../tests/corpus/', import.meta.url).pathname;
const known = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  const src = readFileSync(join(dir, f), 'utf8');
  const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8'));
  for (const v of ['3.14', '3.11']) {
    const r = simulate(src, { python: v, timeoutMs: 20000 });
    if (r.notSupported) { known[`${v}/${f}`] = `not modelled yet: ${r.notSupported.replace(/^NotSupported: /, '')}`; continue; }
    if (r.limit) { known[`${v}/${f}`] = `hit a limit: ${r.limit}`; continue; }
    if (r.stdout === exp[v].stdout && (r.exception ?? null) === (exp[v].exception ?? null)) continue;
    const a = r.stdout.split('\n'), b = exp[v].stdout.split('\n');
    let i = 0; while (i < a.length && a[i] === b[i]) i++;
    known[`${v}/${f}`] = r.stdout !== exp[v].stdout
      ? `output differs from CPython at line ${i + 1}: got ${JSON.stringify(a[i] ?? '<end>')}, CPython prints ${JSON.stringify(b[i] ?? '<end>')}`.slice(0, 300)
      : `final exception differs: got ${JSON.stringify(r.exception)}, CPython ${JSON.stringify(exp[v].exception)}`;
  }
}
writeFileSync(join(dir, 'known.json'), JSON.stringify(known, null, 2) + '\n');
console.log(`${Object.keys(known).length} known gaps written to tests/corpus/known.json`);
// docs/rules.md counts passes per rule from known.json: keep it in step
await import('./rules-table.mjs');
