// One job: simulate a snippet, draw one step (or the GIF), describe it, and
// count what happened to memory. Runs inside a pool worker; pure otherwise
// (no Discord, no I/O). The result is plain data that crosses threads.

import { simulate } from '../core/simulate.js';
import type { Trace } from '../core/trace.js';
import type { HeapPicture } from './picture.js';
import { PHASE, simClockMs, type JobOutput, type JobRequest, type Summary } from './jobtypes.js';

export * from './jobtypes.js';

export function summarize(trace: Trace): Summary {
  let created = 0, freedByRefcount = 0, collectedByGc = 0, freedAtExit = 0, gcRuns = 0, peakBytes = 0;
  for (const e of trace.events) {
    if (e.kind === 'alloc') created++;
    else if (e.kind === 'free') {
      if (e.reason === 'refcount') freedByRefcount++;
      else if (e.reason === 'gc') collectedByGc++;
      else freedAtExit++;
    } else if (e.kind === 'gc') gcRuns++;
  }
  for (const s of trace.steps) if (s.liveBytes > peakBytes) peakBytes = s.liveBytes;
  return { created, freedByRefcount, collectedByGc, freedAtExit, gcRuns, peakBytes, partial: trace.droppedEvents > 0 };
}

const LAST_LINE = /line (\d+)/g;
function lastLineNumber(text: string): number | null {
  let m: RegExpExecArray | null, last: number | null = null;
  LAST_LINE.lastIndex = 0;
  while ((m = LAST_LINE.exec(text))) last = Number(m[1]);
  return last;
}

/**
 * @param progress receives the number of steps begun (RunOptions.progress), so
 * the pool can replay a job its watchdog killed up to where it got.
 */
export function runJob(req: JobRequest, pic: HeapPicture, phase: (p: number) => void = () => {}, progress?: Float64Array): JobOutput {
  const out: JobOutput = {
    status: 'ok', python: req.python, pythonFull: req.python, stdout: '', exception: null, exceptionLine: null,
    limit: null, limitKind: null, error: null, errorLine: null, totalSteps: 0, shownStep: 0, defaultStep: 0,
    clampedFrom: null, shownLine: 0, shownNote: null, stopAt: null, summary: null, image: null, imageName: null, alt: null,
    simMs: 0, renderMs: 0,
  };
  phase(PHASE.simulating);
  const t0 = performance.now();
  // Test instrumentation: the simulator bounds every run itself, so the pool's watchdog (the last
  // line of defence against a job that hangs anyway) is exercised with an explicit stall: the job
  // never yields once it reaches a line holding the marker.
  const stall = process.env.HEAPSNAKE_TEST_STALL_MARKER;
  const codeLines = req.code.split('\n');
  const stallAt = stall && req.code.includes(stall)
    ? { onStep: (_h: unknown, line: number) => { if (codeLines[line - 1]?.includes(stall)) for (;;) { /* never yields */ } } }
    : {};
  const replay = req.stopAt !== undefined;
  let r;
  try {
    r = simulate(req.code, {
      python: req.python,
      trace: true,
      timeoutMs: simClockMs(req),
      maxSteps: replay ? Math.max(0, req.stopAt! - 1) : req.maxSteps,
      maxObjects: req.maxObjects,
      maxOutputBytes: req.maxOutputBytes,
      ...(progress ? { progress } : {}),
      ...stallAt,
    });
  } catch (e) {
    out.status = 'internal';
    out.error = (e as Error)?.stack ?? String(e);
    return out;
  }
  out.simMs = performance.now() - t0;
  out.pythonFull = r.version.patch ?? req.python;
  out.stdout = r.stdout;
  const trace = r.trace;
  if (r.notSupported) {
    out.status = 'refused';
    out.error = r.notSupported;
    out.errorLine = lastLineNumber(r.notSupported.split(':').slice(0, 2).join(':'));
    return out;
  }
  if (!trace || trace.steps.length === 0) {
    // nothing ran: a syntax error (or a compile-time error of the same family)
    out.status = 'syntax';
    out.error = r.exception ?? (r.stderr.trim().split('\n').pop() || 'SyntaxError');
    out.errorLine = lastLineNumber(r.stderr);
    return out;
  }
  if (r.exception) {
    out.exception = r.exception;
    out.exceptionLine = lastLineNumber(r.stderr.split('\n').filter((l) => l.includes('File "<snippet>"')).pop() ?? '');
  }
  if (r.limit) {
    out.limit = r.limit;
    const detail = r.limit.replace(/^stopped:\s*/, '');
    if (replay || /longer than the time limit/.test(detail)) {
      out.limitKind = 'time';
      out.stopAt = replay ? req.stopAt! : r.steps;
    } else if (/more than [\d,]+ steps/.test(detail)) out.limitKind = 'steps';
    else out.limitKind = 'other';
  }
  out.summary = summarize(trace);
  out.totalSteps = trace.steps.length;
  out.defaultStep = pic.defaultStep(trace);
  let step = req.step === 'last' ? out.defaultStep : req.step;
  if (step >= trace.steps.length) { out.clampedFrom = step; step = trace.steps.length - 1; }
  if (step < 0) step = 0;
  out.shownStep = step;
  const s = trace.steps[step];
  out.shownLine = s.line;
  out.shownNote = s.kind === 'end' ? (s.note ?? 'end') : null;

  phase(PHASE.drawing);
  const t1 = performance.now();
  try {
    if (req.kind === 'gif') {
      out.image = pic.gif(trace, req.gifFrames);
      out.imageName = 'heap.gif';
    } else {
      out.image = pic.png(trace, step);
      out.imageName = 'heap.png';
      out.alt = pic.alt(trace, step, 1000);
    }
  } catch (e) {
    out.status = 'internal';
    out.error = (e as Error)?.stack ?? String(e);
    out.image = null;
  }
  out.renderMs = performance.now() - t1;
  phase(PHASE.done);
  return out;
}
