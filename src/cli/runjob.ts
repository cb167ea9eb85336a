// What the CLI's worker thread does for `run` and `trace`: the simulation and what the
// command prints. Its own module so that the build can also compile it, with the
// simulator, into one script with a V8 code cache (scripts/bundle-cli.mjs, loaded by
// ./jobloader.ts): the worker then skips most of parsing and compiling ~1 MB of
// JavaScript at every start.

import { ready, simulate, type RunOptions } from '../core/simulate.js';
import { formatTraceText } from '../core/tracetext.js';

export interface CliJob { cmd: string; source: string; opts: RunOptions; json: boolean; compare?: boolean }
export interface CliOutput { stdout: string; stderr: string; exitCode: number }

export async function runJob(job: CliJob): Promise<CliOutput> {
  await ready();
  const r = simulate(job.source, job.opts);
  if (job.cmd === 'run') return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  // --compare: the same program on the other version, for its explanations
  const other = job.compare ? simulate(job.source, { ...job.opts, python: job.opts.python === '3.11' ? '3.14' : '3.11' }) : null;
  const stdout = job.json
    ? JSON.stringify({ ...r.trace, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n'
    : formatTraceText(r, other);
  return { stdout, stderr: '', exitCode: r.exitCode };
}
