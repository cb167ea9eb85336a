#!/usr/bin/env node
// heapsnake CLI entry point. The TypeScript sources are compiled to dist/ by
// `npm install` (the package's `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const main = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('heapsnake is not built yet: run `npm install` (or `npm run build`) in ' + root + '\n');
  process.exit(2);
}
const { main: run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
