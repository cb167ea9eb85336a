// Loads ./runjob for the CLI's worker. Next to the bundled CLI (dist/cli/) the build
// leaves runjob.cjs, the same code as one CommonJS script, with a V8 code cache made
// after a few warm-up runs (runjob.cjs.cache; runjob.cjs.sha256 names the script it
// was made for). Compiling with that cache skips parsing the ~1 MB script and most of
// the functions' first compilation: about 50 ms of a `run` of print("hi"). Anywhere
// else (dist/src, tests), or when V8 refuses the cache, it is a plain import.

import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as RunJob from './runjob.js';

type RunJobModule = typeof RunJob;

/** CommonJS's function wrapper (as Node's Module.wrap); scripts/bundle-cli.mjs makes the cache with the same text. */
export const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/** The script and its cache, when both are there and match (null otherwise). */
function cachedScript(): RunJobModule | null {
  const file = fileURLToPath(new URL('./runjob.cjs', import.meta.url));
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
  return mod.exports as RunJobModule;
}

export async function loadRunJob(): Promise<RunJobModule> {
  return cachedScript() ?? (await import('./runjob.js'));
}
