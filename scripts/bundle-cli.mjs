// Bundles the CLI (dist/src/cli/main.js and what it imports, already compiled by tsc) into
// dist/cli/: main.js plus one chunk per dynamic import (the simulator, the renderer,
// explain). Node's ES module loader spends about 0.5 ms resolving and linking each of the
// ~60 files `run` loads (about 40 ms of the worker's ~90 ms of module loading); one
// chunk removes most of that. Packages under node_modules stay external.
//
// It also writes dist/cli/runjob.cjs: the worker's part of `run` and `trace` with the
// simulator as one CommonJS script, and a V8 code cache for it made after a few warm-up
// runs (src/cli/jobloader.ts loads it): another ~50 ms less start-up. The cache is only
// good for this Node binary; with another V8 refuses it and compiles the script anew.
//
//   node scripts/bundle-cli.mjs      (part of `npm run build` and `prepare`, after tsc)
//
// bin/heapsnake.js uses dist/cli/main.js only while it is newer than dist/src/cli/main.js
// (tsc rewrites every output file, so a plain `tsc` afterwards makes the bundle stale and
// the CLI falls back to the unbundled files).

import { rmSync, existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

// The code-cache worker (see makeCodeCache below): compile as src/cli/jobloader.ts does, warm up, hand back the cache.
if (parentPort && workerData?.codeCacheFor) {
  const { file, kind } = workerData.codeCacheFor;
  const { wrap } = await import(join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'src', 'cli', 'jobloader.js'));
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  const WARM_UP = [
    'print("hi")\n',
    'a = [1, 2, 3]\nb = a\nt = (a, "x")\nd = {"k": a}\ndel a\nprint(b, t, d)\n',
    'class Node:\n    def __init__(self, name, nxt=None):\n        self.name = name\n        self.next = nxt\n\nprev = None\nfor i in range(8):\n    prev = Node("n%d" % i, prev)\nprint(sum(len(str(i)) for i in range(10)), {k: v for k, v in [(1, 2)]})\n',
    'def f(n):\n    return 1 if n < 2 else n * f(n - 1)\ntry:\n    print(f(10), 1 / 0)\nexcept ZeroDivisionError as e:\n    print("error:", e)\n',
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'heapsnake-cache-'));
  for (const python of ['3.14', '3.11']) for (const [k, source] of WARM_UP.entries()) {
    if (kind === 'runjob') for (const cmd of ['run', 'trace']) await mod.exports.runJob({ cmd, source, opts: { python, trace: cmd === 'trace', timeoutMs: 10_000 }, json: false });
    else {
      const py = join(tmp, `w${k}.py`);
      writeFileSync(py, source);
      await mod.exports.renderCommand([py, '--python', python, '-o', join(tmp, `w${k}.png`), ...(k === 1 ? ['--theme', 'light'] : [])]);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  parentPort.postMessage(script.createCachedData());
} else await build();

async function build() {
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
  // node: built-ins and packages stay imports; only the project's own files are bundled
  const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('file:');
  const bundle = await rolldown({ input, platform: 'node', external, logLevel: 'warn' });
  await bundle.write({ dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();

  // The worker's code for `run` and `trace` (src/cli/runjob.ts with the simulator) and for
  // `render` (src/cli/render.ts: the simulator and the renderer, with dagre and gifenc) once
  // more, each as one CommonJS script that src/cli/jobloader.ts compiles with a V8 code cache.
  // (@napi-rs/canvas, a native module, and web-tree-sitter, which finds its .wasm next to
  // itself, stay packages.)
  for (const kind of ['runjob', 'render']) {
    const inline = kind === 'render' ? ['@dagrejs/dagre', 'gifenc'] : [];
    const job = await rolldown({ input: join(root, 'dist', 'src', 'cli', `${kind}.js`), platform: 'node', external: (id) => external(id) && !inline.includes(id), logLevel: 'warn' });
    // (rolldown's CommonJS output has no "use strict"; the sources are modules, hence strict)
    await job.write({ file: join(outDir, `${kind}.cjs`), format: 'cjs', banner: '"use strict";' });
    await job.close();
    await makeCodeCache(join(outDir, `${kind}.cjs`), kind, input);
  }
}

/**
 * Runs the script a few times in a worker like the CLI's (same stack size), then saves
 * V8's code cache, which then holds the functions those runs compiled, and the script's
 * sha256 (V8 itself checks only the source's length).
 */
async function makeCodeCache(file, kind, input) {
  const { Worker } = await import('node:worker_threads');
  const { CLI_STACK_MB } = await import(input);
  const worker = new Worker(new URL(import.meta.url), { workerData: { codeCacheFor: { file, kind } }, resourceLimits: { stackSizeMb: CLI_STACK_MB } });
  const data = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  writeFileSync(file + '.cache', Buffer.from(data));
  writeFileSync(file + '.sha256', createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex') + '\n');
}
