// The real entry points as child processes: `npm run deploy` (dist/src/bot/deploy.js)
// and `npm start` (dist/src/bot/main.js), against the stand-in for Discord on 127.0.0.1.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordStandin } from '../../bench/bot-standin.js';
import { APP_ID, TOKEN, description, title } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// run from an empty directory so a developer's own .env is never read
const cwd = mkdtempSync(join(tmpdir(), 'heapsnake-bot-'));

let sd: DiscordStandin;
let api: string;
beforeAll(async () => {
  sd = new DiscordStandin({ tokens: [TOKEN], appId: APP_ID, heartbeatMs: 1500 });
  api = await sd.listen();
});
afterAll(async () => { await sd.close(); });

interface Run { code: number | null; signal: NodeJS.Signals | null; out: string; err: string }

function start(script: string, env: Record<string, string>): { child: ChildProcess; done: Promise<Run>; out: () => string } {
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'bot', script)], {
    cwd, env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: '', DISCORD_API_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '', err = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { err += d; });
  const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const done = new Promise<Run>((res) => child.on('close', (code, signal) => { clearTimeout(killer); res({ code, signal, out, err }); }));
  return { child, done, out: () => out };
}

describe('npm run deploy', () => {
  it('registers the commands globally, with the right shape', async () => {
    const r = await start('deploy.js', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: api }).done;
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Registered 5 commands \(heap, Visualize heap, explain, lesson, quiz\) globally/);
    const call = sd.calls.find((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/commands`)!;
    expect(call.auth).toBe(`Bot ${TOKEN}`);
    const [heap, menu, explain] = call.json;
    expect(explain.options[0]).toMatchObject({ name: 'topic', autocomplete: true });
    expect(heap).toMatchObject({ name: 'heap', type: 1, contexts: [0, 1], integration_types: [0] });
    expect(heap.description.length).toBeLessThanOrEqual(100);
    expect(heap.options.map((o: any) => [o.name, o.type, o.required])).toEqual([['code', 3, false], ['python', 3, false], ['step', 4, false], ['file', 11, false]]);
    expect(heap.options[0].description).toMatch(/;.*\\n/);
    expect(heap.options[0].max_length).toBe(4000);
    expect(heap.options[1].choices).toEqual([{ name: '3.14', value: '3.14' }, { name: '3.11', value: '3.11' }]);
    expect(heap.options[2].min_value).toBe(1);
    for (const o of heap.options) expect(o.description.length).toBeLessThanOrEqual(100);
    expect(menu).toEqual({ name: 'Visualize heap', type: 3, contexts: [0, 1], integration_types: [0] });
  });

  it('registers in one guild when DISCORD_GUILD_ID is set', async () => {
    const guild = '987654321098765432';
    const r = await start('deploy.js', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: api, DISCORD_GUILD_ID: guild }).done;
    expect(r.code).toBe(0);
    expect(r.out).toContain(`in guild ${guild}`);
    expect((sd.commands.get(guild) as any[]).map((c) => c.name)).toEqual(['heap', 'Visualize heap', 'explain', 'lesson', 'quiz']);
  });

  it('a rejected token: one sentence, exit 1', async () => {
    const r = await start('deploy.js', { DISCORD_TOKEN: 'bm90LXRoZS10b2tlbg.wrong.token-xyz', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: api }).done;
    expect(r.code).toBe(1);
    expect(r.err).toBe('heapsnake deploy: Discord rejected DISCORD_TOKEN: reset the token on the Bot page of your application and put the new one in .env.\n');
  });
});

describe('npm start', () => {
  it('a missing token: one clear sentence and exit 1', async () => {
    const r = await start('main.js', { DISCORD_CLIENT_ID: APP_ID }).done;
    expect(r.code).toBe(1);
    expect(r.err).toBe('heapsnake bot: DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token in it (README, "Run the bot").\n');
  });

  it('an invalid token (Discord answers 401): one clear sentence and exit 1, no stack trace', async () => {
    const r = await start('main.js', { DISCORD_TOKEN: 'bm90LXRoZS10b2tlbg.wrong.token-xyz', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: api }).done;
    expect(r.code).toBe(1);
    expect(r.err).toBe('heapsnake bot: Discord rejected DISCORD_TOKEN: reset the token on the Bot page of your application and put the new one in .env.\n');
  });

  it('runs the bot: connects, answers /heap with a picture, and shuts down cleanly on SIGTERM', async () => {
    const before = sd.identified;
    const p = start('main.js', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: api });
    await sd.until(() => sd.identified > before && /"event":"ready"/.test(p.out()), 30_000, 'the bot to be ready');
    const heartbeats = sd.heartbeats.received;
    const r = sd.slash(sd.user('300000000000000001'), 'heap', { code: 'a = [1]\\nb = a\\nprint(a is b)' });
    await sd.settled(r);
    expect(r.ackAt! - r.sentAt).toBeLessThan(3000);
    const m = sd.original(r)!;
    expect(m.attachments.map((a) => a.filename)).toEqual(['heap.png']);
    expect(title(m)).toMatch(/^Python 3\.14\./);
    expect(description(m)).toContain('True');
    await sd.until(() => sd.heartbeats.received > heartbeats, 10_000, 'a heartbeat');
    // SIGTERM while a job runs: it is finished and answered, then the process exits 0
    const r2 = sd.slash(sd.user('300000000000000002'), 'heap', { code: 'xs = [[i] for i in range(5)]\\nprint(len(xs))' });
    await sd.until(() => r2.ackAt !== null, 5000, 'the second /heap to be acknowledged');
    p.child.kill('SIGTERM');
    await sd.settled(r2);
    expect(sd.original(r2)!.attachments.map((a) => a.filename)).toEqual(['heap.png']);
    const done = await p.done;
    expect(done.code).toBe(0);
    const logs = done.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(logs.map((l) => l.event)).toEqual(expect.arrayContaining(['ready', 'interaction', 'shutdown', 'stopped']));
    expect(logs.find((l) => l.event === 'interaction')).toMatchObject({ cmd: '/heap', outcome: 'ok', user: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(done.err).toBe('');
  });
});
