// The worker pool (piscina): jobs run on worker threads sized to the cores, each
// with a V8 heap limit; a watchdog on the calling thread kills a job that
// simulates or draws past its budget (piscina terminates that worker and starts
// a fresh one). The calling thread only waits on promises: it never blocks.

import { Piscina } from 'piscina';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE, simClockMs, type JobOutput, type JobRequest } from './jobtypes.js';
import type { Limits } from './limits.js';
import type { WorkerTask } from './worker.js';

export type KillReason = 'time' | 'render-time' | 'memory' | 'crash' | 'closed' | 'busy';

export type JobOutcome =
  | { ok: true; out: JobOutput; waitMs: number; runMs: number }
  /** `steps`: simulator steps the job had begun when it ended (0 if it never started simulating). */
  | { ok: false; reason: KillReason; detail: string; waitMs: number; runMs: number; steps: number };

export interface PoolStats { threads: number; running: number; queued: number; completed: number; killed: number; replaced: number }

/** The compiled worker next to this module, or (running from TypeScript sources in tests) under dist/. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = join(dirname(here), 'worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  const built = join(dirname(here), '..', '..', 'dist', 'src', 'app', 'worker.js');
  if (!existsSync(built)) throw new Error(`the worker is not built: run \`npm run build\` (missing ${built})`);
  return built;
}

interface Active {
  req: JobRequest;
  phase: Int32Array;
  since: Float64Array;
  started: Float64Array;
  steps: Float64Array;
  submitted: number;
  ac: AbortController;
  killed: KillReason | null;
}

export class JobPool {
  private pool: Piscina;
  private active = new Set<Active>();
  private timer: NodeJS.Timeout | null = null;
  private counts = { completed: 0, killed: 0, replaced: 0 };
  private closed = false;

  constructor(private limits: Limits, filename: string = workerFile()) {
    this.pool = new Piscina({
      filename,
      minThreads: limits.threads,
      maxThreads: limits.threads,
      maxQueue: limits.maxQueue,
      idleTimeout: 60_000,
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    });
    this.pool.on('workerCreate', () => { this.counts.replaced++; });
    // a worker dying with no task (cannot happen in normal runs) must not crash the bot
    this.pool.on('error', () => {});
  }

  /** Resolves when every worker has loaded the parser and the renderer. */
  async warm(): Promise<void> {
    // a trivial job per thread, concurrently: each lands on its own worker
    const req: JobRequest = { code: 'x = 1', python: '3.14', step: 'last', kind: 'png', simTimeoutMs: 2000, maxSteps: 10, maxObjects: 100, maxOutputBytes: 100, gifFrames: 2 };
    const rs = await Promise.all(Array.from({ length: this.limits.threads }, () => this.run(req)));
    const bad = rs.find((r) => !r.ok || r.out.status !== 'ok');
    if (bad) throw new Error(`the worker pool could not start: ${bad.ok ? bad.out.error : bad.detail}`.split('\n')[0]);
    this.counts.completed -= this.limits.threads;
  }

  stats(): PoolStats {
    let running = 0;
    for (const a of this.active) if (Atomics.load(a.phase, 0) !== PHASE.queued) running++;
    return { threads: this.limits.threads, running, queued: this.active.size - running, ...this.counts, replaced: Math.max(0, this.counts.replaced - this.limits.threads) };
  }

  get size(): number { return this.active.size; }

  async run(req: JobRequest): Promise<JobOutcome> {
    const submitted = Date.now();
    if (this.closed) return { ok: false, reason: 'closed', detail: 'pool closed', waitMs: 0, runMs: 0, steps: 0 };
    const progress = new SharedArrayBuffer(32);
    const a: Active = {
      req, phase: new Int32Array(progress, 0, 1), since: new Float64Array(progress, 8, 1), started: new Float64Array(progress, 16, 1),
      steps: new Float64Array(progress, 24, 1), submitted, ac: new AbortController(), killed: null,
    };
    this.active.add(a);
    this.tick();
    const task: WorkerTask = { req, progress };
    try {
      const out = (await this.pool.run(task, { signal: a.ac.signal })) as JobOutput;
      this.counts.completed++;
      return { ok: true, out, ...this.times(a) };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const t = this.times(a);
      if (a.killed) { this.counts.killed++; return { ok: false, reason: a.killed, detail: `killed: ${a.killed}`, ...t }; }
      if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') { this.counts.killed++; return { ok: false, reason: 'memory', detail: err.message, ...t }; }
      if (/queue is at limit/i.test(err?.message ?? '')) return { ok: false, reason: 'busy', detail: err.message, ...t };
      if (this.closed) return { ok: false, reason: 'closed', detail: err?.message ?? String(e), ...t };
      return { ok: false, reason: 'crash', detail: err?.stack ?? String(e), ...t };
    } finally {
      this.active.delete(a);
    }
  }

  private times(a: Active): { waitMs: number; runMs: number; steps: number } {
    const now = Date.now();
    const started = a.started[0] || now;
    return { waitMs: Math.max(0, started - a.submitted), runMs: Math.max(0, now - started), steps: a.steps[0] };
  }

  /** The watchdog: every 50 ms while jobs are in flight. */
  private tick(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      const now = Date.now();
      for (const a of this.active) {
        if (a.killed) continue;
        const p = Atomics.load(a.phase, 0);
        const simBudget = simClockMs(a.req) + this.limits.simGraceMs;
        const drawBudget = a.req.kind === 'gif' ? this.limits.gifTimeoutMs : this.limits.renderTimeoutMs;
        if (p === PHASE.simulating && now - a.since[0] > simBudget) this.kill(a, 'time');
        else if (p === PHASE.drawing && now - a.since[0] > drawBudget) this.kill(a, 'render-time');
        else if (p === PHASE.queued && now - a.submitted > 60_000) this.kill(a, 'busy');
      }
      if (this.active.size === 0 && this.timer) { clearInterval(this.timer); this.timer = null; }
    }, 50);
    this.timer.unref();
  }

  private kill(a: Active, why: KillReason): void {
    a.killed = why;
    a.ac.abort(why);
  }

  /** Wait up to `graceMs` for running jobs, then stop every worker. */
  async close(graceMs = 10_000): Promise<void> {
    this.closed = true;
    const deadline = Date.now() + graceMs;
    while (this.active.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const a of this.active) this.kill(a, 'closed');
    if (this.timer) { clearInterval(this.timer); this.timer = null; }
    await this.pool.destroy();
  }
}
