// Loads the CLI worker's code: ./runjob (run, trace) or ./render. Next to the bundled CLI
// (dist/cli/) the build leaves each as one CommonJS script (runjob.cjs, render.cjs) with a
// V8 code cache made after a few warm-up runs (NAME.cjs.cache; NAME.cjs.sha256 names the
// script it was made for). Compiling with that cache skips parsing the ~1 MB script and
// most of the functions' first compilation: about 50 ms of a `run` of print("hi").
// Anywhere else (dist/src, tests), or when V8 refuses the cache, it is a plain import.

import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as RunJob from './runjob.js';
import type * as Render from './render.js';

/** CommonJS's function wrapper (as Node's Module.wrap); scripts/bundle-cli.mjs makes the caches with the same text. */
export const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/** The script NAME.cjs next to this file, compiled with its cache when that matches (null: no script). */
function cachedScript<T>(name: string): T | null {
  const file = fileURLToPath(new URL(`./${name}.cjs`, import.meta.url));
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    const sha = readFileSync(file + '.sha256', 'utf8').trim();
    // (V8 checks the cache's V8 version and flags, but of the source only its length)
    if (sha === createHash('sha256').update(source).digest('hex')) cachedData = readFileSync(file + '.cache');
  } catch { /* no cache: compile without */ }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const fn = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const mod = { exports: {} };
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return mod.exports as T;
}

export async function loadRunJob(): Promise<typeof RunJob> {
  return cachedScript<typeof RunJob>('runjob') ?? (await import('./runjob.js'));
}

export async function loadRender(): Promise<typeof Render> {
  return cachedScript<typeof Render>('render') ?? (await import('./render.js'));
}
