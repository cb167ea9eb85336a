// The Discord-free application layer: input parsing, custom ids, the reply's
// text, admission, configuration, and the worker pool's limits.

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkAttachment, checkSource, normalizeSource, sourceFromFile, sourceFromMessage, sourceFromOption } from '../../src/app/input.js';
import { buttonId, modalId, parseButtonId, parseModalId } from '../../src/app/customid.js';
import { clipOutput, codeCarrier, codeOfReply, jobErrorText } from '../../src/app/reply.js';
import { Gate } from '../../src/app/gate.js';
import { UserError } from '../../src/app/text.js';
import { ConfigError, loadEnv } from '../../src/bot/env.js';
import { JobPool } from '../../src/app/pool.js';
import { defaultLimits } from '../../src/app/limits.js';
import type { JobOutput, JobRequest } from '../../src/app/jobtypes.js';
import { loginProblem } from '../../src/bot/problems.js';

const userError = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof UserError) return e.text; throw e; }
  throw new Error('no UserError');
};

describe('code from a slash option', () => {
  it('turns \\n escapes outside strings into newlines, keeps them inside strings', () => {
    expect(sourceFromOption('x = 1\\nprint("a\\nb", x)')).toBe('x = 1\nprint("a\\nb", x)');
    expect(sourceFromOption("s = r'\\n'\\nprint(s)")).toBe("s = r'\\n'\nprint(s)");
    expect(sourceFromOption('t = """x\\ny"""\\nprint(t)')).toBe('t = """x\\ny"""\nprint(t)');
  });
  it('keeps indentation after \\n', () => {
    expect(sourceFromOption('def f():\\n    return 1\\nprint(f())')).toBe('def f():\n    return 1\nprint(f())');
  });
  it('starts a new line before a compound statement after ;, at the same indentation', () => {
    expect(sourceFromOption('x = []; for i in range(3): x.append(i); print(x)')).toBe('x = []\nfor i in range(3): x.append(i); print(x)');
    expect(sourceFromOption('def f():\\n    a = 1; if a: return a\\nprint(f())')).toBe('def f():\n    a = 1\n    if a: return a\nprint(f())');
    expect(sourceFromOption('if x: a = 1; else: a = 2')).toBe('if x: a = 1\nelse: a = 2');
  });
  it('leaves ; in strings, comments and simple statements alone', () => {
    expect(sourceFromOption('a = 1; b = "; for"; print(a, b)')).toBe('a = 1; b = "; for"; print(a, b)');
    expect(sourceFromOption('a = 1 # x; for\\nprint(a)')).toBe('a = 1 # x; for\nprint(a)');
  });
  it('checks that there is code and that it is not too long', () => {
    expect(userError(() => checkSource('   ', 10))).toContain('There is no code to run');
    expect(userError(() => checkSource('x'.repeat(11), 10))).toBe('That snippet is 11 characters long; the limit is 10 (attach a `.py` file for up to 64 KiB).');
  });
});

describe('code from a message, a modal, a file', () => {
  it('takes the first py/python/plain block', () => {
    expect(sourceFromMessage('hi\n```python\na = 1\n```\n```py\nb = 2\n```')).toBe('a = 1');
    expect(sourceFromMessage('```js\nx\n```\n```\nplain = 1\n```')).toBe('plain = 1');
    expect(sourceFromMessage('```py\n    x = 1\n    y = x\n```')).toBe('x = 1\ny = x');
    expect(sourceFromMessage('`print(1)`')).toBe('print(1)');
    expect(sourceFromMessage('print(2)')).toBe('print(2)');
    expect(sourceFromMessage('```print(3)```')).toBe('print(3)');
  });
  it('refuses a message whose blocks are all another language', () => {
    expect(userError(() => sourceFromMessage('```js\nlet x\n```'))).toBe("That message's code blocks are `js`, not Python: heapsnake runs ```py blocks (or a message that is only code).");
    expect(userError(() => sourceFromMessage('   '))).toBe('That message has no text to run.');
  });
  it('normalizes newlines, BOM, blank edges, common indentation', () => {
    expect(normalizeSource('\uFEFF\r\n\r\n  a = 1\r\n  if a:\r\n      b = 2\r\n\r\n')).toBe('a = 1\nif a:\n    b = 2');
  });
  it('files: .py or .txt, at most 64 KiB, UTF-8 text', () => {
    expect(() => checkAttachment('a.py', 100, 65536)).not.toThrow();
    expect(() => checkAttachment('A.TXT', 100, 65536)).not.toThrow();
    expect(userError(() => checkAttachment('a.exe', 1, 65536))).toBe('`a.exe` is not a `.py` or `.txt` file.');
    expect(userError(() => checkAttachment('a.py', 70000, 65536))).toBe('That file is 70,000 bytes; the limit is 64 KiB.');
    expect(sourceFromFile('a.py', Buffer.from('x = "é"\r\n'))).toBe('x = "é"');
    expect(userError(() => sourceFromFile('a.py', Buffer.from([0xff, 0xfe, 0x00])))).toBe('`a.py` is not UTF-8 text.');
  });
});

describe('custom ids', () => {
  it('round-trip, stay short, and reject anything else', () => {
    const b = { action: 'next' as const, python: '3.11' as const, step: 12, owner: '123456789012345678', stopAt: 9216 };
    const id = buttonId(b);
    expect(id).toBe('hs1:n:3.11:12:123456789012345678:9216');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toEqual(b);
    expect(parseButtonId(buttonId({ action: 'gif', python: '3.14', step: 'last', owner: '1' }))).toEqual({ action: 'gif', python: '3.14', step: 'last', owner: '1' });
    for (const bad of ['hs1:x:3.14:1:1', 'hs1:n:3.12:1:1', 'hs1:n:3.14:-1:1', 'hs0:n:3.14:1:1', 'hs1:n:3.14:1', 'hs1:m:3.14:L']) expect(parseButtonId(bad)).toBeNull();
    expect(parseModalId(modalId({ python: '3.11', step: 'last' }))).toEqual({ python: '3.11', step: 'last' });
    expect(parseModalId('hs1:m:3.14:4')).toEqual({ python: '3.14', step: 4 });
  });
});

describe('the reply text', () => {
  it('cuts output to 10 lines or 1000 characters', () => {
    expect(clipOutput('')).toBe('');
    expect(clipOutput('a\nb\n')).toBe('a\nb');
    expect(clipOutput(Array.from({ length: 12 }, (_, i) => i).join('\n') + '\n')).toBe('0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n… 2 more lines');
    expect(clipOutput('x'.repeat(1500))).toBe('x'.repeat(1000) + '…\n… 500 more characters');
    expect(clipOutput('y'.repeat(990) + '\n' + 'z'.repeat(50) + '\nw\n')).toBe('y'.repeat(990) + '\n' + 'z'.repeat(9) + '…\n… 1 more line');
  });
  it('puts short code in a ```py block and long code (or code with ```) in snippet.py, and gets it back', () => {
    expect(codeCarrier('a = 1')).toEqual({ content: '```py\na = 1\n```', files: [] });
    expect(codeOfReply('```py\na = 1\n```', [])).toEqual({ code: 'a = 1' });
    const long = codeCarrier('s = "```"');
    expect(long.files[0].name).toBe('snippet.py');
    expect(codeOfReply(long.content, [{ name: 'snippet.py', url: 'https://cdn.discordapp.com/x', size: 9 }])).toEqual({ url: 'https://cdn.discordapp.com/x', size: 9 });
    expect(() => codeOfReply('no code here', [])).toThrow(UserError);
  });
  it('turns simulator errors into one sentence', () => {
    const base = { status: 'syntax', errorLine: 2, error: "SyntaxError: '(' was never closed" } as JobOutput;
    expect(jobErrorText(base)).toBe("SyntaxError on line 2: '(' was never closed");
    expect(jobErrorText({ ...base, status: 'refused', errorLine: 1, error: "NotSupported: import of module 'os' is not supported yet (line 1): heapsnake simulates Python" })).toBe('`import os` is not available (line 1): heapsnake simulates Python; it does not run it on a computer.');
    expect(jobErrorText({ ...base, status: 'refused', errorLine: 3, error: 'NotSupported: async functions is not supported yet (line 3)' })).toBe('Async functions is not modelled yet (line 3): heapsnake refuses rather than guesses.');
  });
});

describe('admission', () => {
  it('one running job per user, a cooldown for new runs, a bounded number in flight', () => {
    let now = 1000;
    const g = new Gate({ capacity: 2, cooldownMs: 2000, now: () => now });
    const a = g.admit('a', 'run');
    expect(a.ok).toBe(true);
    expect(g.admit('a', 'run')).toEqual({ ok: false, reason: 'running' });
    expect(g.admit('a', 'step')).toEqual({ ok: false, reason: 'running' });
    const b = g.admit('b', 'step');
    expect(b.ok).toBe(true);
    expect(g.admit('c', 'run')).toEqual({ ok: false, reason: 'busy' });
    if (a.ok) a.release();
    now += 500;
    expect(g.admit('a', 'run')).toEqual({ ok: false, reason: 'cooldown', retryMs: 1500 });
    const s = g.admit('a', 'step');
    expect(s.ok).toBe(true); // stepping an existing picture has no cooldown
    if (s.ok) s.release();
    now += 1500;
    expect(g.admit('a', 'run').ok).toBe(true);
    g.close();
    expect(g.admit('z', 'run')).toEqual({ ok: false, reason: 'closing' });
  });
});

describe('configuration', () => {
  const none = '/nonexistent/.env';
  it('reads the variables and refuses bad ones in one sentence', () => {
    expect(loadEnv({ DISCORD_TOKEN: 'Bot abcdefghijklmnopqrstuvwxyz', DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api/' }, none))
      .toEqual({ token: 'abcdefghijklmnopqrstuvwxyz', clientId: '123456789012345678', guildId: null, apiUrl: 'http://127.0.0.1:9/api' });
    const err = (env: NodeJS.ProcessEnv): string => { try { loadEnv(env, none); } catch (e) { if (e instanceof ConfigError) return e.message; throw e; } return ''; };
    expect(err({})).toMatch(/^DISCORD_TOKEN is not set/);
    expect(err({ DISCORD_TOKEN: 'short' })).toMatch(/^DISCORD_TOKEN does not look like a bot token/);
    expect(err({ DISCORD_TOKEN: 'abcdefghijklmnopqrstuvwxyz' })).toMatch(/^DISCORD_CLIENT_ID is not set/);
    expect(err({ DISCORD_TOKEN: 'abcdefghijklmnopqrstuvwxyz', DISCORD_CLIENT_ID: 'abc' })).toMatch(/^DISCORD_CLIENT_ID must be/);
    expect(err({ DISCORD_TOKEN: 'abcdefghijklmnopqrstuvwxyz', DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'ftp://x' })).toMatch(/^DISCORD_API_URL must start/);
    for (const m of [err({}), err({ DISCORD_TOKEN: 'abcdefghijklmnopqrstuvwxyz', DISCORD_CLIENT_ID: 'x' })]) expect(m.split('\n')).toHaveLength(1);
  });
  it('login problems read as one sentence', () => {
    const env = { token: 't', clientId: '1', guildId: null, apiUrl: 'http://127.0.0.1:1/api' };
    expect(loginProblem({ code: 'TokenInvalid' }, env)).toMatch(/^Discord rejected DISCORD_TOKEN/);
    expect(loginProblem({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } }, env)).toBe('Could not reach Discord at http://127.0.0.1:1/api (ECONNREFUSED): check the network or DISCORD_API_URL.');
  });
});

describe('the worker pool', () => {
  const req = (code: string, extra: Partial<JobRequest> = {}): JobRequest => ({
    code, python: '3.14', step: 'last', kind: 'png', simTimeoutMs: 2000, maxSteps: 20_000, maxObjects: 100_000, maxOutputBytes: 100_000, gifFrames: 10, ...extra,
  });

  it('kills a job past its memory limit and replaces the worker', async () => {
    const pool = new JobPool({ ...defaultLimits(), threads: 1, maxQueue: 2, memoryMb: 64 });
    try {
      await pool.warm();
      const o = await pool.run(req('rows = []\nwhile True:\n    rows.append([len(rows)] * 50)', { maxSteps: 1_000_000, simTimeoutMs: 20_000 }));
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.reason).toBe('memory');
      const next = await pool.run(req('print("fine")'));
      expect(next.ok && next.out.stdout).toBe('fine\n');
    } finally {
      await pool.close(0);
    }
  });

  it('a time-limited run can be replayed exactly (stopAt) so stepping it draws the same run', async () => {
    const pool = new JobPool({ ...defaultLimits(), threads: 1, maxQueue: 2 });
    try {
      const first = await pool.run(req('xs = []\nwhile True:\n    xs.append(len(xs))', { simTimeoutMs: 300, maxSteps: 10_000_000, step: 0 }));
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.out.limitKind).toBe('time');
      expect(first.out.stopAt).toBeGreaterThan(0);
      const again = await pool.run(req('xs = []\nwhile True:\n    xs.append(len(xs))', { simTimeoutMs: 300, maxSteps: 10_000_000, step: 0, stopAt: first.out.stopAt! }));
      expect(again.ok && again.out.totalSteps).toBe(first.out.totalSteps);
      expect(again.ok && again.out.limitKind).toBe('time');
    } finally {
      await pool.close(0);
    }
  });
});

describe('layering', () => {
  const root = new URL('../../', import.meta.url);
  const importsOf = (rel: string): string[] => {
    const src = readFileSync(new URL(rel, root), 'utf8');
    return [...src.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  };
  it('src/app knows nothing of Discord; only the worker side loads the simulator and the renderer', () => {
    const workerSide = new Set(['job.ts', 'picture.ts', 'worker.ts']);
    for (const f of readdirSync(new URL('src/app/', root))) {
      const specs = importsOf(`src/app/${f}`);
      expect(specs.filter((s) => /discord/.test(s)), f).toEqual([]);
      if (!workerSide.has(f)) expect(specs.filter((s) => /\/(core|render)\//.test(s)), f).toEqual([]);
    }
  });
  it('the Discord glue (src/bot, commands) holds no simulation or drawing code', () => {
    for (const dir of ['src/bot/', 'commands/']) {
      for (const f of readdirSync(new URL(dir, root))) {
        expect(importsOf(dir + f).filter((s) => /\/(core|render)\/|app\/(job|picture|worker)\.js/.test(s)), dir + f).toEqual([]);
      }
    }
  });
});
