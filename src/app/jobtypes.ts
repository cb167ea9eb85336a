// The data a job takes and gives back (crosses threads by structured clone).
// No imports of the core or the renderer: the gateway thread loads only this.

import type { Python } from './limits.js';

export interface JobRequest {
  code: string;
  python: Python;
  /** 0-based step to draw, or 'last' (end of the program, or where it stopped). */
  step: number | 'last';
  kind: 'png' | 'gif';
  simTimeoutMs: number;
  maxSteps: number;
  maxObjects: number;
  maxOutputBytes: number;
  gifFrames: number;
  /**
   * Replaying a run that the clock stopped: stop after exactly this many VM
   * steps instead (so stepping through it later draws the same run).
   */
  stopAt?: number;
}

export interface Summary {
  created: number;
  freedByRefcount: number;
  collectedByGc: number;
  freedAtExit: number;
  gcRuns: number;
  peakBytes: number;
  /** Events beyond the trace's cap were counted, not kept: the numbers are lower bounds. */
  partial: boolean;
}

export type JobStatus = 'ok' | 'syntax' | 'refused' | 'internal';

export interface JobOutput {
  status: JobStatus;
  python: Python;
  /** The exact CPython version modelled ("3.14.10"). */
  pythonFull: string;
  stdout: string;
  /** `ExcType: message` of an uncaught exception (the run still has a picture). */
  exception: string | null;
  exceptionLine: number | null;
  /** Why the run stopped early (`stopped: …`), else null. */
  limit: string | null;
  limitKind: 'time' | 'steps' | 'other' | null;
  /** For 'syntax' and 'refused': the error (`SyntaxError: …`, `NotSupported: …`) and its line. */
  error: string | null;
  errorLine: number | null;
  /** Steps in the trace, the one drawn (0-based) and the default one. */
  totalSteps: number;
  shownStep: number;
  defaultStep: number;
  /** The step asked for was past the end (then the last one is drawn). */
  clampedFrom: number | null;
  shownLine: number;
  shownNote: string | null;
  /** VM steps when the clock stopped the run: replay with stopAt = this to redraw it. */
  stopAt: number | null;
  summary: Summary | null;
  image: Uint8Array | null;
  imageName: string | null;
  alt: string | null;
  simMs: number;
  renderMs: number;
}

/** Phases reported to the pool's watchdog. */
export const PHASE = { queued: 0, simulating: 1, drawing: 2, done: 3 } as const;


/**
 * The simulator's clock for a job. A replay (stopAt) stops at a recorded step,
 * so its clock is only a guard against a slower or busier machine.
 */
export function simClockMs(req: JobRequest): number {
  return req.stopAt !== undefined ? req.simTimeoutMs * 3 + 2000 : req.simTimeoutMs;
}
