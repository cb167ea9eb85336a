// Bot latency on this machine: the real bot (discord.js client, worker pool,
// renderer) against the loopback stand-in for Discord. Bursts of /heap from
// distinct users; prints acknowledgement and reply times and refusals.
//
//   npm run build && node dist/bench/bot.js [--bursts 1,2,4,8,16] [--rounds 3]
//
// Loopback only; every wait is bounded.

import { parseArgs } from 'node:util';
import { DiscordStandin, type SInteraction } from './bot-standin.js';
import { createBot } from '../src/bot/bot.js';
import { memoryLogger } from '../src/bot/log.js';

const SNIPPETS = [
  'a = [1, 2, 3]\nb = a\ndel a\nprint(b)',
  'import gc\nclass Node:\n    pass\nx = Node()\ny = Node()\nx.o = y\ny.o = x\ndel x, y\nprint(gc.collect())',
  'def f(n):\n    return [n] * n\nrows = [f(i) for i in range(4)]\nprint(rows)',
  'd = {"k": [1, 2]}\nd2 = dict(d)\nd2["k"].append(3)\nprint(d)',
  's = "hello"\nt = s + " world"\nwords = t.split()\nprint(words)',
];

const TOKEN = 'YmVuY2gtdG9rZW4.loopback.standin-bench';
const APP = '123456789012345678';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { bursts: { type: 'string', default: '1,2,4,8,16' }, rounds: { type: 'string', default: '3' } } });
  const bursts = values.bursts!.split(',').map(Number).filter((n) => n > 0 && n <= 64);
  const rounds = Math.min(10, Math.max(1, Number(values.rounds)));
  const sd = new DiscordStandin({ tokens: [TOKEN], appId: APP });
  const api = await sd.listen();
  const log = memoryLogger();
  const t0 = Date.now();
  const bot = createBot({ env: { token: TOKEN, clientId: APP, guildId: null, apiUrl: api }, log, limits: { cooldownMs: 0 } });
  await bot.start();
  const startMs = Date.now() - t0;
  console.log(`bot ready in ${startMs} ms (${bot.service.limits.threads} workers, queue ${bot.service.limits.maxQueue})`);
  console.log('burst  n  ack p50/p95/max (ms)   picture p50/p95/max (ms)   busy  other');
  let user = 400000000000000000n;
  try {
    for (const burst of bursts) {
      const acks: number[] = [], replies: number[] = [];
      let busy = 0, other = 0;
      for (let round = 0; round < rounds; round++) {
        const rs: SInteraction[] = [];
        for (let k = 0; k < burst; k++) rs.push(sd.slash(sd.user(String(++user)), 'heap', { code: SNIPPETS[k % SNIPPETS.length].replace(/\n/g, '\\n') }));
        await Promise.all(rs.map((r) => sd.settled(r, 60_000)));
        for (const r of rs) {
          acks.push(r.ackAt! - r.sentAt);
          const f = sd.followup(r);
          if (f) { if (/busy/.test(f.content) || /busy/.test(sd.original(r)?.content ?? '')) busy++; else other++; continue; }
          if (r.ackType === 4) { if (/busy/.test(sd.original(r)?.content ?? '')) busy++; else other++; continue; }
          replies.push(r.repliedAt! - r.sentAt);
        }
      }
      const f = (xs: number[]): string => `${pct(xs, 0.5)}/${pct(xs, 0.95)}/${Math.max(...xs)}`.padEnd(22);
      console.log(`${String(burst).padStart(5)} ${String(acks.length).padStart(2)}  ${f(acks)}  ${f(replies)}     ${String(busy).padStart(4)}  ${other}`);
    }
  } finally {
    await bot.stop(5000);
    await sd.close();
  }
}

await main();
