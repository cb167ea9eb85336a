// The limits a shared bot puts on every job, in one place. Discord-free.

import { availableParallelism } from 'node:os';

export type Python = '3.14' | '3.11';
export const PYTHONS: readonly Python[] = ['3.14', '3.11'];
export const DEFAULT_PYTHON: Python = '3.14';

export interface Limits {
  /** The simulator's own wall-clock limit: past it the run stops and the picture shows where. */
  simTimeoutMs: number;
  /** Executed lines before the simulator stops the run (deterministic, unlike the clock). */
  maxSteps: number;
  /** Live objects before the simulator stops the run. */
  maxObjects: number;
  /** Characters of stdout the simulator keeps. */
  maxOutputBytes: number;
  /** A job still simulating this long after simTimeoutMs is killed (its worker is replaced). */
  simGraceMs: number;
  /** Drawing one PNG longer than this: killed. */
  renderTimeoutMs: number;
  /** Drawing the GIF longer than this: killed. */
  gifTimeoutMs: number;
  /** V8 old-generation heap of each worker; a job past it is killed with its worker. */
  memoryMb: number;
  /** Frames in the GIF. */
  gifFrames: number;
  /** Characters of code from a slash option or the modal. */
  codeChars: number;
  /** Bytes of a .py/.txt attachment. */
  fileBytes: number;
  /** Downloading an attachment. */
  downloadTimeoutMs: number;
  /** After a run finishes, the same user waits this long before starting another. */
  cooldownMs: number;
  /** Worker threads (sized to the cores). */
  threads: number;
  /** Jobs waiting for a worker, beyond the running ones, before "busy". */
  maxQueue: number;
}

export function defaultLimits(): Limits {
  const threads = Math.max(1, availableParallelism());
  return {
    simTimeoutMs: 2000,
    maxSteps: 20_000,
    maxObjects: 100_000,
    maxOutputBytes: 1_000_000,
    simGraceMs: 1000,
    renderTimeoutMs: 10_000,
    gifTimeoutMs: 25_000,
    memoryMb: 512,
    gifFrames: 60,
    codeChars: 4000,
    fileBytes: 64 * 1024,
    downloadTimeoutMs: 5000,
    cooldownMs: 2000,
    threads,
    maxQueue: threads * 4,
  };
}
