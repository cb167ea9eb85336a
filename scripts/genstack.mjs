#!/usr/bin/env node
// `node scripts/genstack.mjs [--n N] [--seed S]`: the generator-size differential of
// tests/genstack.test.ts (generated generator bodies: with, try/except/finally, loops, yield from,
// return/break/continue; sys.getsizeof(g()) against both CPythons) over N shapes per version
// (default 2000) from seed S; prints how many match and every shape that does not.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } } });
if (!/^\d+$/.test(values.n) || !/^\d+$/.test(values.seed)) { console.error('usage: node scripts/genstack.mjs [--n N] [--seed S]'); process.exit(2); }
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/genstack.test.ts', '--testTimeout', '0'], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, GENSTACK_N: values.n, GENSTACK_SEED: values.seed, GENSTACK_VERBOSE: '1' },
});
process.exit(r.status ?? 1);
