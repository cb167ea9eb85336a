// `heapsnake render`: draw the heap of a run.
//   render FILE|- -o out.png [--step N|last] [--python 3.14|3.11] [--theme dark|light]
//   render FILE --gif -o out.gif
//   render FILE --frames DIR
//   render FILE --alt
//   [--layout tall] [--focus NAME|#n] [--inline]

import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { ready, simulate } from '../core/simulate.js';
import { RULES, PyVersion } from '../core/version.js';
import { Renderer, resolveStep, type RenderOptions } from '../render/index.js';

export const RENDER_HELP = `Usage:
  heapsnake render FILE|- -o out.png [--step N|last] [--python 3.14|3.11] [--theme dark|light]
  heapsnake render FILE|- --gif -o out.gif
  heapsnake render FILE|- --frames DIR
  heapsnake render FILE|- --alt [--step N|last]

Draws the program's heap: frames and names on the left, objects with their
reference counts, sizes and GC generations on the right, what was freed and
why, and the collector's state. A picture shows one step (one executed line);
--step N picks the Nth (1-based), 'last' (the default) the end of the program.

Options:
  -o, --out FILE     where to write the PNG or GIF (required for PNG and GIF)
  --step N|last      which step to draw (default: last = end of the program)
  --python V         3.14 (default) or 3.11
  --theme T          dark (default) or light
  --gif              an animated GIF of every step
  --frames DIR       one PNG per step: DIR/step-001.png …
  --alt              print the picture's text description instead
  --layout L         wide (default) or tall (at most 800 px wide, for phones)
  --focus NAME|#n    a ledger of who holds the references to one object
  --inline           draw cached objects (small ints, None, …) inside their slots
`;

/** `stdin`: standard input already read (the CLI reads it on the main thread). */
export async function renderCommand(argv: string[], stdin?: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string', short: 'o' },
        step: { type: 'string' },
        python: { type: 'string', default: '3.14' },
        theme: { type: 'string', default: 'dark' },
        gif: { type: 'boolean' },
        frames: { type: 'string' },
        alt: { type: 'boolean' },
        layout: { type: 'string', default: 'wide' },
        focus: { type: 'string' },
        inline: { type: 'boolean' },
        scale: { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`heapsnake render: ${(e as Error).message}\n\n${RENDER_HELP}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) { process.stdout.write(RENDER_HELP); return 0; }
  const fail = (msg: string): number => { process.stderr.write(`heapsnake render: ${msg}\n`); return 2; };
  if (positionals.length !== 1) return fail(`expected one FILE (or - for standard input)\n\n${RENDER_HELP}`);
  const python = v.python as string;
  if (!(python in RULES)) return fail(`--python must be one of ${Object.keys(RULES).join(', ')} (got '${python}')`);
  if (v.theme !== 'dark' && v.theme !== 'light') return fail(`--theme must be dark or light (got '${v.theme}')`);
  if (v.layout !== 'wide' && v.layout !== 'tall') return fail(`--layout must be wide or tall (got '${v.layout}')`);
  const modes = [v.gif, v.frames !== undefined, v.alt].filter(Boolean).length;
  if (modes > 1) return fail('choose one of --gif, --frames and --alt');
  if (!v.alt && v.frames === undefined && !v.out) return fail('-o FILE is required (or --frames DIR, or --alt)');
  let source: string;
  try {
    source = positionals[0] === '-' ? stdin ?? readFileSync(0, 'utf8') : readFileSync(positionals[0], 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(`cannot read '${positionals[0]}': ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}`);
  }
  await ready();
  // Heap snapshots cost time and memory on every step: keep them for the first 2,000
  // steps (and up to a requested --step); later steps are summarised, the end is always kept.
  const wanted = v.step !== undefined && v.step !== 'last' && Number.isInteger(Number(v.step)) ? Number(v.step) : 0;
  const r = simulate(source, { python: python as PyVersion, trace: true, maxSnapshots: Math.max(2000, Math.min(wanted, 100_000)), timeoutMs: 10_000 });
  if (r.stderr) process.stderr.write(r.stderr);
  const trace = r.trace;
  if (!trace || !trace.steps.length) return fail('the program did not run (nothing to draw)');
  let step: number | 'last' = 'last';
  if (v.step !== undefined && v.step !== 'last') {
    const n = Number(v.step);
    if (!Number.isInteger(n) || n < 1 || n > trace.steps.length) return fail(`--step must be 1…${trace.steps.length} or last (got '${v.step}')`);
    step = n - 1;
  }
  const opts: RenderOptions = {
    theme: v.theme as 'dark' | 'light', layout: v.layout as 'wide' | 'tall', focus: v.focus, inlineShared: !!v.inline,
    scale: v.scale ? Number(v.scale) : undefined,
  };
  const rd = new Renderer();
  try {
    if (v.alt) {
      process.stdout.write(rd.altText(trace, step, opts) + '\n');
    } else if (v.frames !== undefined) {
      const files = await rd.renderFrames(trace, v.frames, opts);
      process.stdout.write(`wrote ${files.length} pictures to ${v.frames}\n`);
    } else if (v.gif) {
      writeFileSync(v.out!, rd.renderGif(trace, opts));
    } else {
      // One picture on its own: no room kept for the objects of other steps; at 2× unless
      // --scale says otherwise (tools read these files; the renderer's own default scale
      // shrinks big pictures for speed).
      writeFileSync(v.out!, rd.renderPng(trace, resolveStep(trace, step), { ...opts, stable: false, scale: opts.scale ?? 2 }));
    }
  } catch (e) {
    return fail((e as Error).message);
  }
  return r.exitCode === 2 && r.notSupported ? 2 : 0;
}
