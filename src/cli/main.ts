// heapsnake's command line: run | trace | render | explain.
// Argument parsing uses Node's built-in util.parseArgs (no extra dependency).

import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { RunOptions } from '../core/simulate.js';
import type { CliJob, CliOutput } from './runjob.js';
import { RULES, PyVersion } from '../core/version.js';
import { nonUtf8Error } from '../core/sourcebytes.js';

const VERSIONS = Object.keys(RULES) as PyVersion[];

const HELP: Record<string, string> = {
  main: `heapsnake — see how CPython manages memory.

Usage:
  heapsnake run FILE|- [--python 3.14|3.11]
  heapsnake trace FILE|- [--json | --compare] [--python 3.14|3.11]
  heapsnake render FILE|- -o out.png [--step N|last] [--theme dark|light] [--gif] [--frames DIR] [--alt]
  heapsnake --help | COMMAND --help

Python versions: 3.14 (default; modelled on CPython ${RULES['3.14'].patch}) and 3.11 (CPython ${RULES['3.11'].patch}).
`,
  run: `Usage: heapsnake run FILE|- [--python 3.14|3.11] [--max-steps N] [--timeout MS]

Runs the program on heapsnake's simulated CPython heap and prints what CPython
(64-bit Linux) would print on stdout. An uncaught exception prints a traceback
to stderr and exits 1. A construct heapsnake does not model yet, or a limit,
prints one line to stderr and exits 2.
`,
  trace: `Usage: heapsnake trace FILE|- [--json | --compare] [--python 3.14|3.11] [--snapshots N]

Prints the record of the run: what happened to memory, line by line
(allocations, reference counts reaching zero, collections, __del__ calls,
weakref callbacks). Each sys.getrefcount, sys.getsizeof, gc.collect and
gc.is_tracked call (and \`is\` between two ints or two strs) is explained where
it runs: who holds the references, what the bytes are, what was collected,
why an object is (not) tracked, why two values are (not) one object.
--compare also runs the program on the other Python version and shows both
results, each explained, for every such call whose result differs (calls are
matched by their order at the same line).
--json prints the whole record (schema: docs/trace.md).
`,
};

function readSource(file: string): Uint8Array {
  return readFileSync(file === '-' ? 0 : file);
}

export async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(HELP.main);
    return cmd ? 0 : 2;
  }
  if (cmd === 'render') return renderInWorker(argv.slice(1));
  if (!(cmd in HELP) || cmd === 'main') {
    if (cmd === 'explain') return (await import('./explain.js')).explainCommand(argv.slice(1));
    process.stderr.write(`heapsnake: unknown command '${cmd}'\n\n${HELP.main}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        python: { type: 'string', default: '3.14' },
        json: { type: 'boolean' },
        'max-steps': { type: 'string' },
        timeout: { type: 'string' },
        snapshots: { type: 'string' },
        'stress-gc': { type: 'boolean' },
        ...(cmd === 'trace' ? { compare: { type: 'boolean' as const } } : {}),
      },
    });
  } catch (e) {
    process.stderr.write(`heapsnake ${cmd}: ${(e as Error).message}\n\n${HELP[cmd]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(HELP[cmd]); return 0; }
  if (positionals.length !== 1) {
    process.stderr.write(`heapsnake ${cmd}: expected one FILE (or - for standard input)\n\n${HELP[cmd]}`);
    return 2;
  }
  const python = values.python as string;
  if (!VERSIONS.includes(python as PyVersion)) {
    process.stderr.write(`heapsnake ${cmd}: --python must be one of ${VERSIONS.join(', ')} (got '${python}')\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readSource(positionals[0]);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    process.stderr.write(`heapsnake ${cmd}: cannot read '${positionals[0]}': ${why}\n`);
    return 2;
  }
  // CPython reads the file as UTF-8 and refuses it otherwise (exit 1, before running anything)
  // (CPython names the script by its absolute path)
  const notUtf8 = nonUtf8Error(bytes, positionals[0] === '-' ? '<stdin>' : resolve(positionals[0]), python as PyVersion);
  if (notUtf8) {
    process.stderr.write(notUtf8);
    return 1;
  }
  const source = new TextDecoder('utf-8').decode(bytes);
  const opts: RunOptions = {
    python: python as PyVersion,
    trace: cmd === 'trace',
    maxSteps: values['max-steps'] ? Number(values['max-steps']) : undefined,
    timeoutMs: values.timeout ? Number(values.timeout) : 10_000,
    maxSnapshots: values.snapshots ? Number(values.snapshots) : undefined,
    stressGc: values['stress-gc'],
  };
  if (values.compare && values.json) {
    process.stderr.write(`heapsnake trace: --compare is for the text trace (--json prints one version's record)\n`);
    return 2;
  }
  const r = await inWorker({ cmd, source, opts, json: !!values.json, compare: !!values.compare });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}

/** The simulation of `run` and `trace`, and what the command prints (on the worker only: the main thread just reads the file and prints). */
async function runJob(job: CliJob): Promise<CliOutput> {
  const { loadRunJob } = await import('./jobloader.js');
  return (await loadRunJob()).runJob(job);
}

/**
 * The simulation runs on a worker thread with the bot's JavaScript stack (8 MB, src/app/pool.ts)
 * rather than the main thread's 1 MB, so the CLI and the bot reach the same depths (deeply nested
 * expressions, native recursion) and give the same answers.
 */
export const CLI_STACK_MB = 64;
function inWorker(job: CliJob): Promise<CliOutput> {
  return new Promise((resolve) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { heapsnakeCli: job }, resourceLimits: { stackSizeMb: CLI_STACK_MB } });
    let done = false;
    w.once('message', (m: CliOutput) => { done = true; resolve(m); });
    w.once('error', (e) => {
      done = true;
      resolve({ stdout: '', stderr: `NotSupported: this program (internal error in heapsnake) is not supported yet: ${e.message}\n`, exitCode: 2 });
    });
    w.once('exit', () => { if (!done) resolve({ stdout: '', stderr: 'NotSupported: this program (internal error in heapsnake) is not supported yet: the worker stopped\n', exitCode: 2 }); });
  });
}

/**
 * `render` runs on a worker thread too, with the same stack as `run` and `trace`: on
 * the main thread's 1 MB a deep recursion stopped at heapsnake's native-depth guard
 * (NotSupported) where `run` reached CPython's RecursionError. Standard input is read
 * here and handed over. What the command prints goes through the worker's stdout and
 * stderr, which Node forwards to this process before the worker's exit.
 */
function renderInWorker(argv: string[]): Promise<number> {
  const stdin = argv.includes('-') ? readFileSync(0, 'utf8') : undefined;
  return new Promise((resolve) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { heapsnakeRender: { argv, stdin } }, resourceLimits: { stackSizeMb: CLI_STACK_MB } });
    let code: number | null = null;
    w.once('message', (m: number) => { code = m; });
    w.once('error', (e) => {
      process.stderr.write(`heapsnake render: internal error: ${e.message}\n`);
      code = 2;
    });
    w.once('exit', () => resolve(code ?? 2));
  });
}

if (parentPort && workerData?.heapsnakeCli) parentPort.postMessage(await runJob(workerData.heapsnakeCli as CliJob));
if (parentPort && workerData?.heapsnakeRender) {
  const { argv, stdin } = workerData.heapsnakeRender as { argv: string[]; stdin?: string };
  const { loadRender } = await import('./jobloader.js');
  parentPort.postMessage(await (await loadRender()).renderCommand(argv, stdin));
}
