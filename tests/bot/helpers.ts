// Shared by the bot tests: a stand-in Discord on loopback and a real bot on it.

import { DiscordStandin, type SInteraction, type SMessage } from '../../bench/bot-standin.js';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { memoryLogger } from '../../src/bot/log.js';
import type { Limits } from '../../src/app/limits.js';

export const TOKEN = 'ZmFrZS10b2tlbg.for-the-loopback.standin';
export const APP_ID = '123456789012345678';

export interface Harness { sd: DiscordStandin; bot: Bot; api: string; log: ReturnType<typeof memoryLogger> }

export async function startHarness(limits: Partial<Limits> = {}): Promise<Harness> {
  const sd = new DiscordStandin({ tokens: [TOKEN], appId: APP_ID, heartbeatMs: 2000 });
  const api = await sd.listen();
  const log = memoryLogger();
  process.env.HEAPSNAKE_TEST_STALL_MARKER = '# heapsnake-test-stall';
  const bot = createBot({ env: { token: TOKEN, clientId: APP_ID, guildId: null, apiUrl: api }, log, limits });
  await bot.start();
  return { sd, bot, api, log };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  if (!h) return;
  await h.bot.stop(2000);
  await h.sd.close();
}

let nextUser = 0;
/** A fresh user id for each call (so cooldowns of one test do not touch another). */
export function userId(): string { return String(200000000000000000n + BigInt(++nextUser)); }

/** Wait for the stand-in to see the answer, then for the bot to finish with the interaction (its log line). */
export async function settle(h: Harness, r: SInteraction, timeoutMs = 20_000): Promise<SInteraction> {
  await h.sd.settled(r, timeoutMs);
  await h.sd.until(() => h.log.lines.some((l) => l.event === 'interaction' && l.interaction === r.id), timeoutMs, `the bot to finish interaction ${r.id}`);
  return r;
}

export function buttonIds(m: SMessage): string[] {
  return (m.components as any[]).flatMap((row) => (row.components as any[]).map((c) => c.custom_id as string));
}
export function button(m: SMessage, label: string): any {
  for (const row of m.components as any[]) for (const c of row.components as any[]) if (c.label === label) return c;
  throw new Error(`no button '${label}' on message: ${buttonIds(m).join(', ')}`);
}
export function title(m: SMessage): string { return String((m.embeds[0] as any)?.title ?? ''); }
export function description(m: SMessage): string { return String((m.embeds[0] as any)?.description ?? ''); }
export function ackMs(r: SInteraction): number { return (r.ackAt ?? Infinity) - r.sentAt; }
export function replyMs(r: SInteraction): number { return (r.repliedAt ?? Infinity) - r.sentAt; }

export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
