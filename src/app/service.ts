// The application layer the Discord glue calls: admission, the job in the pool,
// and the reply, all as plain data. Holds no Discord types.

import { download, type DownloadOptions } from './download.js';
import { Gate, type Refusal, type Ticket } from './gate.js';
import type { JobRequest } from './jobtypes.js';
import type { Limits, Python } from './limits.js';
import { JobPool, type JobOutcome } from './pool.js';
import { errorReply, gifReply, jobErrorText, killText, pictureReply, type ReplyView } from './reply.js';
import { T } from './text.js';

export interface RenderAsk {
  code: string;
  python: Python;
  step: number | 'last';
  kind: 'png' | 'gif';
  /** The user the reply's buttons belong to. */
  owner: string;
  ephemeral: boolean;
  stopAt?: number;
}

export interface RenderResult {
  /** 'ok': a picture; 'error': one sentence to show privately. */
  kind: 'ok' | 'error';
  view: ReplyView;
  /** For logs: ok | exception | limit | syntax | refused | killed-time | … */
  outcome: string;
  waitMs: number;
  runMs: number;
  /** Internal details for the log (never shown). */
  detail?: string;
}

export class HeapService {
  readonly gate: Gate;

  constructor(readonly limits: Limits, readonly pool: JobPool, readonly downloads: Omit<DownloadOptions, 'maxBytes' | 'timeoutMs'>) {
    this.gate = new Gate({ capacity: limits.threads + limits.maxQueue, cooldownMs: limits.cooldownMs });
  }

  admit(user: string, kind: 'run' | 'step'): Ticket | Refusal { return this.gate.admit(user, kind); }

  refusalText(r: Refusal): string {
    switch (r.reason) {
      case 'running': return T.running;
      case 'cooldown': return T.cooldown(r.retryMs);
      case 'busy': return T.busy;
      case 'closing': return T.closing;
    }
  }

  /** Download an attachment (size- and time-limited, Discord's CDN or the configured API origin only). */
  fetchFile(url: string): Promise<Uint8Array> {
    return download(url, { ...this.downloads, maxBytes: this.limits.fileBytes, timeoutMs: this.limits.downloadTimeoutMs });
  }

  async render(ask: RenderAsk): Promise<RenderResult> {
    const L = this.limits;
    const req: JobRequest = {
      code: ask.code, python: ask.python, step: ask.step, kind: ask.kind,
      simTimeoutMs: L.simTimeoutMs, maxSteps: L.maxSteps, maxObjects: L.maxObjects, maxOutputBytes: L.maxOutputBytes, gifFrames: L.gifFrames,
      ...(ask.stopAt !== undefined ? { stopAt: ask.stopAt } : {}),
    };
    const o: JobOutcome = await this.pool.run(req);
    // The watchdog killed a job stuck in one step (the simulator's own clock stops every other run
    // with a picture): replay it up to the step it had begun, so the reply still shows where it got.
    if (!o.ok && o.reason === 'time' && ask.stopAt === undefined && o.steps > 1) {
      const again = await this.render({ ...ask, stopAt: o.steps });
      if (again.kind === 'ok') return { ...again, outcome: 'killed-time-replayed', waitMs: o.waitMs + again.waitMs, runMs: o.runMs + again.runMs };
    }
    if (!o.ok) {
      return { kind: 'error', view: errorReply(killText(o, L, ask.kind)), outcome: `killed-${o.reason}`, waitMs: o.waitMs, runMs: o.runMs, detail: o.reason === 'crash' ? o.detail : undefined };
    }
    const out = o.out;
    if (out.status !== 'ok' || !out.image) {
      return { kind: 'error', view: errorReply(jobErrorText(out)), outcome: out.status, waitMs: o.waitMs, runMs: o.runMs, detail: out.status === 'internal' ? out.error ?? undefined : undefined };
    }
    const ctx = { code: ask.code, owner: ask.owner, ephemeral: ask.ephemeral, limits: L };
    const view = ask.kind === 'gif' ? gifReply(out, ctx) : pictureReply(out, ctx);
    const outcome = out.limit ? `limit-${out.limitKind}` : out.exception ? 'exception' : 'ok';
    return { kind: 'ok', view, outcome, waitMs: o.waitMs, runMs: o.runMs };
  }

  /** Stop taking jobs, let running ones finish (up to graceMs), stop the workers. */
  async close(graceMs: number): Promise<void> {
    this.gate.close();
    await this.pool.close(graceMs);
  }
}
