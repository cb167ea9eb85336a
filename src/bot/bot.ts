// The bot: a discord.js client (Guilds intent only) routing interactions to
// the modules in commands/, with the application layer (worker pool, admission)
// behind it. Used by main.ts and, against a local stand-in for Discord, by the tests.

import { Client, Events, GatewayIntentBits, Options, type Interaction } from 'discord.js';
import { buttons, commands, modals } from '../../commands/index.js';
import { DISCORD_CDN_ORIGINS } from '../app/download.js';
import { defaultLimits, type Limits } from '../app/limits.js';
import { JobPool } from '../app/pool.js';
import { HeapService } from '../app/service.js';
import { T, UserError } from '../app/text.js';
import { recordOf, setContext, startRecord } from './context.js';
import type { BotEnv } from './env.js';
import { sayPrivately } from './flow.js';
import { jsonLogger, type Logger } from './log.js';
import { NO_MENTIONS } from './payload.js';

/** A problem on this machine (not Discord's), already one sentence. */
export class StartupError extends Error {
  constructor(message: string) { super(message); this.name = 'StartupError'; }
}

export interface BotOptions {
  env: BotEnv;
  limits?: Partial<Limits>;
  log?: Logger;
  /** The compiled worker (default: next to pool.js, or dist/ when running from sources). */
  workerFile?: string;
}

export interface Bot {
  client: Client;
  service: HeapService;
  log: Logger;
  /** Warm the workers and log in; resolves when the gateway is ready. */
  start(): Promise<void>;
  /** Refuse new jobs, let running ones finish (up to graceMs), close the pool and the connection. */
  stop(graceMs?: number): Promise<void>;
}

function interactionName(i: Interaction): string {
  if (i.isChatInputCommand()) return `/${i.commandName}`;
  if (i.isMessageContextMenuCommand()) return i.commandName;
  if (i.isButton()) return 'button';
  if (i.isModalSubmit()) return 'modal';
  return `type-${i.type}`;
}

export function createBot(o: BotOptions): Bot {
  const limits: Limits = { ...defaultLimits(), ...o.limits };
  const log = o.log ?? jsonLogger();
  const pool = new JobPool(limits, o.workerFile);
  const origins = [...DISCORD_CDN_ORIGINS];
  if (o.env.apiUrl) origins.push(new URL(o.env.apiUrl).origin);
  const service = new HeapService(limits, pool, { allowedOrigins: origins });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: o.env.apiUrl ? { api: o.env.apiUrl } : {},
    // the bot reads messages only from interaction payloads: no message cache
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  setContext(client, { service, log });
  const inflight = new Set<Promise<void>>();

  const route = async (i: Interaction): Promise<void> => {
    if (i.isAutocomplete()) {
      const c = commands.find((m) => m.data.name === i.commandName);
      if (c?.autocomplete) await c.autocomplete(i);
      else await i.respond([]);
      return;
    }
    if (i.isChatInputCommand() || i.isMessageContextMenuCommand()) {
      const c = commands.find((m) => m.data.name === i.commandName);
      if (!c) throw new UserError(T.oldButton);
      await c.execute(i);
    } else if (i.isButton()) {
      const b = buttons.find((m) => m.matches(i.customId));
      if (!b) throw new UserError(T.oldButton);
      await b.execute(i);
    } else if (i.isModalSubmit()) {
      const m = modals.find((x) => x.matches(i.customId));
      if (!m) throw new UserError(T.oldButton);
      await m.execute(i);
    }
  };

  const handle = async (i: Interaction): Promise<void> => {
    const rec = startRecord(i, interactionName(i));
    try {
      await route(i);
    } catch (e) {
      const user = e instanceof UserError;
      rec.outcome ??= user ? 'input' : 'error';
      if (!user) {
        rec.outcome = 'error';
        log.error('handler-error', { cmd: rec.cmd, error: (e as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(e) });
      }
      if (i.isRepliable()) {
        await sayPrivately(i, user ? (e as UserError).text : T.internal).catch((e2: Error) => log.warn('reply-failed', { cmd: rec.cmd, error: e2.message }));
      }
    } finally {
      const r = recordOf(i);
      log.info('interaction', {
        cmd: r.cmd, interaction: i.id, user: log.user(i.user.id), guild: i.guildId ? log.user(i.guildId) : null,
        ms: Math.round(performance.now() - r.t0), ackMs: r.ackMs, outcome: r.outcome ?? 'ok', ...r.fields,
      });
    }
  };

  client.on(Events.InteractionCreate, (i) => {
    const p = handle(i).catch((e: Error) => log.error('handler-crash', { error: e?.message }));
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  });
  client.on(Events.Error, (e) => log.error('client-error', { error: e.message }));
  client.on(Events.ShardDisconnect, (ev, id) => log.warn('gateway-disconnect', { shard: id, code: ev.code }));

  let stopped = false;
  return {
    client, service, log,
    async start() {
      const ready = new Promise<void>((res) => client.once(Events.ClientReady, () => res()));
      await Promise.all([
        pool.warm().catch((e: Error) => { throw new StartupError(`heapsnake could not start its workers (${e.message.replace(/^the worker pool could not start: /, '')}); run \`npm run build\` and try again.`); }),
        client.login(o.env.token),
      ]);
      await ready;
      log.info('ready', { user: client.user?.tag ?? null, guilds: client.guilds.cache.size, threads: limits.threads, commands: commands.map((c) => c.data.name).join(',') });
    },
    async stop(graceMs = 10_000) {
      if (stopped) return;
      stopped = true;
      service.gate.close();
      const deadline = Date.now() + graceMs;
      while (inflight.size && Date.now() < deadline) await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, Math.max(10, deadline - Date.now())))]);
      await service.close(0).catch(() => {});
      await client.destroy();
    },
  };
}
