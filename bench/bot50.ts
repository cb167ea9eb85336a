// 50 concurrent /heap interactions from 50 distinct users against the local
// Discord stand-in: acknowledgement times (target: all within 3 s), reply times
// (p50 / p95 / max, pictures and "busy" answers apart) and the peak RSS of the
// bot process (the discord.js client, the worker pool and its worker threads:
// one process).
//
//   npm run build && node dist/bench/bot50.js [n]

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
const TOKEN = 'YmVuY2gtdG9rZW4.loopback.standin-bench50';
const APP = '123456789012345678';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

const n = Math.min(200, Math.max(1, Number(process.argv[2] ?? 50)));
const sd = new DiscordStandin({ tokens: [TOKEN], appId: APP });
const api = await sd.listen();
const bot = createBot({ env: { token: TOKEN, clientId: APP, guildId: null, apiUrl: api }, log: memoryLogger(), limits: { cooldownMs: 0 } });
await bot.start();
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const rssBefore = process.memoryUsage().rss;
try {
  // warm the workers with one run
  await sd.settled(sd.slash(sd.user('300000000000000001'), 'heap', { code: 'x = 1' }), 60_000);
  const rs: SInteraction[] = [];
  let user = 500000000000000000n;
  const t0 = Date.now();
  for (let k = 0; k < n; k++) rs.push(sd.slash(sd.user(String(++user)), 'heap', { code: SNIPPETS[k % SNIPPETS.length].replace(/\n/g, '\\n') }));
  await Promise.all(rs.map((r) => sd.settled(r, 120_000)));
  const wall = Date.now() - t0;
  const acks = rs.map((r) => (r.ackAt ?? Infinity) - r.sentAt);
  const pictures: number[] = [], refusals: number[] = [];
  for (const r of rs) {
    const text = (sd.followup(r)?.content ?? '') + (sd.original(r)?.content ?? '');
    const hasPicture = !sd.followup(r) && r.ackType !== 4 && !/busy/.test(text);
    (hasPicture ? pictures : refusals).push((r.repliedAt ?? r.ackAt ?? Infinity) - r.sentAt);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const f = (xs: number[]): string => xs.length ? `${pct(xs, 0.5)} / ${pct(xs, 0.95)} / ${Math.max(...xs)} ms` : '—';
  console.log(`${n} concurrent /heap (${bot.service.limits.threads} workers, queue ${bot.service.limits.maxQueue}), all settled in ${wall} ms`);
  console.log(`| figure | value | target |`);
  console.log(`|---|---|---|`);
  console.log(`| acknowledged within 3 s | ${acks.filter((a) => a <= 3000).length} of ${n} (ack p50 / p95 / max ${f(acks)}) | all |`);
  console.log(`| replies with a picture | ${pictures.length}, p50 / p95 / max ${f(pictures)} | — |`);
  console.log(`| answered "busy, try again" (queue full) | ${refusals.length}, p50 / p95 / max ${f(refusals)} | — |`);
  console.log(`| bot process RSS before / peak (sampled every 20 ms) | ${(rssBefore / 2 ** 20).toFixed(0)} / ${(peak / 2 ** 20).toFixed(0)} MB | — |`);
  console.log(`| bot process max RSS (getrusage) | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB | — |`);
} finally {
  clearInterval(sampler);
  await bot.stop(5000);
  await sd.close();
}
