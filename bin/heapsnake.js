#!/usr/bin/env node
// heapsnake CLI entry point. The TypeScript sources are compiled to dist/ by
// `npm install` (the package's `prepare` script) or `npm run build`, which also bundle
// the CLI into dist/cli/ (scripts/bundle-cli.mjs: one file to load instead of ~60,
// about 40 ms less start-up). The bundle is used only while it is newer than tsc's
// output: after a plain `tsc` the CLI loads dist/src directly.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const main = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('heapsnake is not built yet: run `npm install` (or `npm run build`) in ' + root + '\n');
  process.exit(2);
}
const bundle = join(root, 'dist', 'cli', 'main.js');
let entry = main;
try {
  if (statSync(bundle).mtimeMs >= statSync(main).mtimeMs) entry = bundle;
} catch { /* no bundle: the unbundled files */ }
const { main: run } = await import(entry);
process.exitCode = await run(process.argv.slice(2));
