// Admission: one running job per user, a short cooldown between a user's runs,
// and a bounded number of jobs in flight (running + queued). Synchronous and
// in memory: one process's view (docs/scaling.md says what changes with more).

export type Refusal =
  | { ok: false; reason: 'running' }
  | { ok: false; reason: 'cooldown'; retryMs: number }
  | { ok: false; reason: 'busy' }
  | { ok: false; reason: 'closing' };

export interface Ticket { ok: true; release(): void }

export interface GateOptions {
  /** Jobs in flight at most (running + waiting for a worker). */
  capacity: number;
  cooldownMs: number;
  now?: () => number;
}

export class Gate {
  private running = new Set<string>();
  private lastRun = new Map<string, number>();
  private inFlight = 0;
  private closing = false;
  private now: () => number;

  constructor(private o: GateOptions) { this.now = o.now ?? Date.now; }

  /**
   * `kind` 'run' is a new snippet (cooldown applies); 'step' is a button on an
   * existing picture (stepping quickly is the point, so no cooldown).
   */
  admit(user: string, kind: 'run' | 'step'): Ticket | Refusal {
    if (this.closing) return { ok: false, reason: 'closing' };
    if (this.running.has(user)) return { ok: false, reason: 'running' };
    if (kind === 'run') {
      const last = this.lastRun.get(user);
      const wait = last === undefined ? 0 : last + this.o.cooldownMs - this.now();
      if (wait > 0) return { ok: false, reason: 'cooldown', retryMs: wait };
    }
    if (this.inFlight >= this.o.capacity) return { ok: false, reason: 'busy' };
    this.running.add(user);
    this.inFlight++;
    let done = false;
    return {
      ok: true,
      release: () => {
        if (done) return;
        done = true;
        this.running.delete(user);
        this.inFlight--;
        if (kind === 'run') this.lastRun.set(user, this.now());
        if (this.lastRun.size > 10_000) this.prune();
      },
    };
  }

  get size(): number { return this.inFlight; }

  /** Refuse everything from now on (shutdown). */
  close(): void { this.closing = true; }

  private prune(): void {
    const cutoff = this.now() - this.o.cooldownMs;
    for (const [u, t] of this.lastRun) if (t < cutoff) this.lastRun.delete(u);
  }
}
