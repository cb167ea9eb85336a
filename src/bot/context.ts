// What command modules need at run time, reachable from any interaction
// (commands follow the discord.js guide: `execute(interaction)` only).

import type { BaseInteraction, Client } from 'discord.js';
import type { HeapService } from '../app/service.js';
import type { Fields, Logger } from './log.js';

export interface BotContext {
  service: HeapService;
  log: Logger;
}

/** The log record of one interaction: filled in by the handlers, written once at the end. */
export interface InteractionRecord {
  cmd: string;
  t0: number;
  /** When the interaction was acknowledged (ms after it arrived). */
  ackMs?: number;
  outcome?: string;
  fields: Fields;
}

const contexts = new WeakMap<Client, BotContext>();
const records = new WeakMap<BaseInteraction, InteractionRecord>();

export function setContext(client: Client, ctx: BotContext): void { contexts.set(client, ctx); }

export function contextOf(i: BaseInteraction): BotContext {
  const c = contexts.get(i.client);
  if (!c) throw new Error('heapsnake: no bot context on this client');
  return c;
}

export function startRecord(i: BaseInteraction, cmd: string): InteractionRecord {
  const r: InteractionRecord = { cmd, t0: performance.now(), fields: {} };
  records.set(i, r);
  return r;
}

export function recordOf(i: BaseInteraction): InteractionRecord {
  let r = records.get(i);
  if (!r) { r = { cmd: 'unknown', t0: performance.now(), fields: {} }; records.set(i, r); }
  return r;
}

/** Note the acknowledgement time (the first time only). */
export function acked(i: BaseInteraction): void {
  const r = recordOf(i);
  if (r.ackMs === undefined) r.ackMs = Math.round(performance.now() - r.t0);
}
