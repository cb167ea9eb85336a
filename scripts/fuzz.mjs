#!/usr/bin/env node
// `npm run fuzz [-- --scale N] [--seed S] [--strict]`: the property tests of
// tests/fuzz/ run much longer than in CI. --scale multiplies every property's run
// count (CI uses 1; default here 50), --seed reproduces a run (fast-check prints the
// seed and path of a failure), --strict also fails on the internal errors already
// reported (tests/fuzz/fuzz.test.ts: KNOWN_INTERNAL). Env FUZZ_SCALE / FUZZ_SEED work too.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' }, strict: { type: 'boolean', default: false } } });
const scale = values.scale ?? process.env.FUZZ_SCALE ?? '50';
const seed = values.seed ?? process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
if (!/^\d+(\.\d+)?$/.test(scale) || !/^-?\d+$/.test(seed)) { console.error('usage: npm run fuzz -- [--scale N] [--seed S] [--strict]'); process.exit(2); }
console.log(`fuzzing with scale ${scale} and seed ${seed}${values.strict ? ' (strict)' : ''}; reproduce with: npm run fuzz -- --scale ${scale} --seed ${seed}`);
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/fuzz', '--testTimeout', '0'], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, FUZZ_SCALE: scale, FUZZ_SEED: seed, ...(values.strict ? { FUZZ_STRICT: '1' } : {}) },
});
process.exit(r.status ?? 1);
