// The pool worker (a piscina worker thread): the parser and the renderer are
// loaded once and warmed on a tiny snippet, then each task is one job. The
// shared `progress` buffer tells the pool's watchdog which phase the job is in.

import { ready } from '../core/simulate.js';
import { rendererPicture } from './picture.js';
import { runJob, type JobOutput, type JobRequest } from './job.js';

export interface WorkerTask {
  req: JobRequest;
  /**
   * Int32 [0] = phase (job.ts PHASE); Float64 [1] = when that phase began, [2] = when the job began
   * (Date.now()), [3] = simulator steps begun.
   */
  progress: SharedArrayBuffer;
}

await ready();
const picture = rendererPicture();
// warm-up: the first real job should not pay for JIT, fonts and layout code paths
runJob({ code: 'a = [1, "x"]\nb = a\ndel a\n', python: '3.14', step: 'last', kind: 'png', simTimeoutMs: 2000, maxSteps: 100, maxObjects: 1000, maxOutputBytes: 1000, gifFrames: 2 }, picture);

export default function run(task: WorkerTask): JobOutput {
  const phase = new Int32Array(task.progress, 0, 1);
  const since = new Float64Array(task.progress, 8, 1);
  const started = new Float64Array(task.progress, 16, 1);
  started[0] = Date.now();
  return runJob(task.req, picture, (p) => {
    since[0] = Date.now();
    Atomics.store(phase, 0, p);
  }, new Float64Array(task.progress, 24, 1));
}
