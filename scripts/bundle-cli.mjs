// Bundles the CLI (dist/src/cli/main.js and what it imports, already compiled by tsc) into
// dist/cli/: main.js plus one chunk per dynamic import (the simulator, the renderer,
// explain). Node's ES module loader spends about 0.5 ms resolving and linking each of the
// ~60 files `run` loads (about 40 ms of the worker's ~90 ms of module loading); one
// chunk removes most of that. Packages under node_modules stay external.
//
//   node scripts/bundle-cli.mjs      (part of `npm run build` and `prepare`, after tsc)
//
// bin/heapsnake.js uses dist/cli/main.js only while it is newer than dist/src/cli/main.js
// (tsc rewrites every output file, so a plain `tsc` afterwards makes the bundle stale and
// the CLI falls back to the unbundled files).

import { rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const input = join(root, 'dist', 'src', 'cli', 'main.js');
const outDir = join(root, 'dist', 'cli');
if (!existsSync(input)) {
  process.stderr.write(`bundle-cli: ${input} is missing: run tsc first\n`);
  process.exit(2);
}
let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  // Without the bundler (an install without dev dependencies) the CLI runs the unbundled files.
  process.stderr.write('bundle-cli: rolldown is not installed; the CLI will load dist/src directly\n');
  rmSync(outDir, { recursive: true, force: true });
  process.exit(0);
}
rmSync(outDir, { recursive: true, force: true });
const bundle = await rolldown({
  input,
  platform: 'node',
  // node: built-ins and packages stay imports; only the project's own files are bundled
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('file:'),
  logLevel: 'warn',
});
await bundle.write({ dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
