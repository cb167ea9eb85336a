// The real discord.js client, the real worker pool, the real renderer, against
// a stand-in for Discord on 127.0.0.1 (bench/bot-standin.ts). No token, no network.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { SInteraction, SMessage } from '../../bench/bot-standin.js';
import {
  ackMs, button, buttonIds, description, PNG_MAGIC, replyMs, settle, startHarness, stopHarness, title, userId, type Harness,
} from './helpers.js';

let h: Harness;
const timings: { what: string; ack: number; reply: number }[] = [];

beforeAll(async () => { h = await startHarness(); });
afterAll(async () => {
  await stopHarness(h);
  if (timings.length) {
    const acks = timings.map((t) => t.ack).sort((a, b) => a - b);
    const replies = timings.map((t) => t.reply).sort((a, b) => a - b);
    const q = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
    console.log(`bot timings over ${timings.length} interactions: ack p50 ${q(acks, 0.5)} ms, max ${acks.at(-1)} ms; reply p50 ${q(replies, 0.5)} ms, p90 ${q(replies, 0.9)} ms, max ${replies.at(-1)} ms`);
  }
});

function note(what: string, r: SInteraction): void { timings.push({ what, ack: ackMs(r), reply: (r.repliedAt ?? r.ackAt ?? 0) - r.sentAt }); }

/** Run /heap and wait for its picture (the @original message, edited). */
async function heap(user: string, options: Record<string, any>): Promise<{ r: SInteraction; m: SMessage }> {
  const r = h.sd.slash(h.sd.user(user), 'heap', options);
  await settle(h, r);
  note('/heap', r);
  expect(r.ackType, `answered at once instead of deferred: ${h.sd.original(r)?.content}`).toBe(5);
  expect(r.followups, `unexpected private answer: ${h.sd.followup(r)?.content}`).toEqual([]);
  return { r, m: h.sd.original(r)! };
}

function expectPicture(m: SMessage): void {
  const png = m.attachments.find((a) => a.filename === 'heap.png');
  expect(png, 'a heap.png attachment').toBeTruthy();
  expect(h.sd.fileOf(m, 'heap.png')!.subarray(0, 8)).toEqual(PNG_MAGIC);
  expect(png!.description).toMatch(/^Heap picture, CPython 3\.1[14]\.\d+, step \d+ of \d+/);
  expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(m.embeds).toHaveLength(1);
}

/** The private one-sentence answer of an interaction that failed. */
async function privateAnswer(r: SInteraction): Promise<string> {
  await settle(h, r);
  note('error', r);
  if (r.followups.length) {
    const f = h.sd.followup(r)!;
    expect(f.flags & 64, 'private (ephemeral)').toBe(64);
    expect(f.allowed_mentions).toEqual({ parse: [], replied_user: false });
    return f.content;
  }
  const o = h.sd.original(r)!;
  expect(r.ackFlags & 64, 'private (ephemeral)').toBe(64);
  return o.content;
}

describe('/heap', () => {
  it('inline code: acknowledged within 3 s, then a PNG with alt text, summary, output, code and buttons', async () => {
    const { r, m } = await heap(userId(), { code: 'a = [1, 2]\\nb = a\\ndel a\\nprint(b)' });
    expect(r.ackType).toBe(5); // deferred first
    expect(ackMs(r)).toBeLessThan(3000);
    expect(replyMs(r)).toBeLessThan(15_000);
    expectPicture(m);
    expect(m.flags & 64).toBe(0); // public
    expect(m.content).toBe('```py\na = [1, 2]\nb = a\ndel a\nprint(b)\n```');
    expect(title(m)).toMatch(/^Python 3\.14\.\d+ · step \d+ of \d+ · end of program$/);
    expect(description(m)).toContain('**Output**\n```\n[1, 2]\n```');
    const fields = (m.embeds[0] as any).fields.map((f: any) => [f.name, f.value]);
    expect(fields).toEqual([['Objects created', expect.stringMatching(/^\d+$/)], ['Freed by refcount', expect.stringMatching(/^\d+$/)], ['Collected by gc', '0'], ['Peak heap', expect.stringMatching(/^[\d,]+ bytes$/)]]);
    expect(buttonIds(m).map((id) => id.split(':')[1])).toEqual(['f', 'p', 'i', 'n', 'l', 'g', 'v']);
  });

  it('accepts ;-separated statements and \\n escapes (a \\n inside a string stays an escape)', async () => {
    const { m } = await heap(userId(), { code: 'x = []; for i in range(3): x.append(i)\\nprint(x, "a\\nb")' });
    expect(m.content).toBe('```py\nx = []\nfor i in range(3): x.append(i)\nprint(x, "a\\nb")\n```');
    expect(description(m)).toContain('[0, 1, 2] a\nb');
  });

  it('python:3.11 and step:N pick the version and the first step shown', async () => {
    const { m } = await heap(userId(), { code: 'a = 1\\nb = [a]\\nc = b', python: '3.11', step: 2 });
    expect(title(m)).toMatch(/^Python 3\.11\.\d+ · step 2 of \d+ · line 2$/);
  });

  it('a step past the end shows the last step and says so', async () => {
    const { m } = await heap(userId(), { code: 'a = 1', step: 500 });
    expect(description(m)).toMatch(/\(step 500 was asked for; the run has \d+ steps\)/);
  });

  it('no code and no file: a modal; submitting it draws the snippet', async () => {
    const user = userId();
    const r = h.sd.slash(h.sd.user(user), 'heap', { python: '3.11' });
    await settle(h, r);
    note('modal', r);
    expect(r.ackType).toBe(9);
    expect(r.modal.custom_id).toBe('hs1:m:3.11:L');
    const label = r.modal.components[0];
    expect(label.type).toBe(18);
    expect(label.component).toMatchObject({ type: 4, custom_id: 'code', style: 2, max_length: 4000, required: true });
    const s = h.sd.submitModal(h.sd.user(user), r.modal.custom_id, { code: 'def f(n):\r\n    return [n] * n\r\nx = f(3)\r\nprint(x)\r\n' });
    await settle(h, s);
    note('modal submit', s);
    const m = h.sd.original(s)!;
    expectPicture(m);
    expect(m.content).toBe('```py\ndef f(n):\n    return [n] * n\nx = f(3)\nprint(x)\n```');
    expect(title(m)).toMatch(/^Python 3\.11\./);
    expect(description(m)).toContain('[3, 3, 3]');
  });

  it('a .py attachment is downloaded from its URL and drawn', async () => {
    const file = h.sd.attachment('cycle.py', 'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nprint("collected", gc.collect())\n');
    const { m } = await heap(userId(), { file });
    expectPicture(m);
    expect(m.content).toContain('class Node:');
    expect(description(m)).toContain('collected 2');
    expect((m.embeds[0] as any).fields[2]).toMatchObject({ name: 'Collected by gc', value: '2' });
    expect(h.sd.calls.some((c) => c.method === 'GET' && c.path === new URL(file.url).pathname)).toBe(true);
  });

  it('an attachment that is not a .py/.txt file, or too big, is refused in one private sentence', async () => {
    const r1 = h.sd.slash(h.sd.user(userId()), 'heap', { file: h.sd.attachment('photo.png', 'x', 'image/png') });
    expect(await privateAnswer(r1)).toBe('`photo.png` is not a `.py` or `.txt` file.');
    const r2 = h.sd.slash(h.sd.user(userId()), 'heap', { file: h.sd.attachment('big.py', '#'.repeat(70_000)) });
    expect(await privateAnswer(r2)).toBe('That file is 70,000 bytes; the limit is 64 KiB.');
    const r3 = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'x = 1', file: h.sd.attachment('a.py', 'y = 2') });
    expect(await privateAnswer(r3)).toBe('Give either `code` or a file, not both.');
  });
});

describe('Visualize heap (message context menu)', () => {
  it('draws the first ```py block of a message', async () => {
    const author = h.sd.user(userId(), 'classmate');
    const target = h.sd.userMessage(author, 'why is this list shared?\n```js\nlet x = 1\n```\n```python\nrow = [0] * 2\ngrid = [row] * 2\ngrid[0][0] = 1\nprint(grid)\n```\nthanks');
    const r = h.sd.contextMenu(h.sd.user(userId()), 'Visualize heap', target);
    await settle(h, r);
    note('context menu', r);
    expect(ackMs(r)).toBeLessThan(3000);
    const m = h.sd.original(r)!;
    expectPicture(m);
    expect(m.content).toBe('```py\nrow = [0] * 2\ngrid = [row] * 2\ngrid[0][0] = 1\nprint(grid)\n```');
    expect(description(m)).toContain('[[1, 0], [1, 0]]');
  });

  it('a message that is only code works too; one with only non-Python blocks is refused', async () => {
    const r = h.sd.contextMenu(h.sd.user(userId()), 'Visualize heap', h.sd.userMessage(h.sd.user(userId()), 'print(len([1, 2, 3]))'));
    await settle(h, r);
    expect(description(h.sd.original(r)!)).toContain('3');
    const r2 = h.sd.contextMenu(h.sd.user(userId()), 'Visualize heap', h.sd.userMessage(h.sd.user(userId()), '```js\nconsole.log(1)\n```'));
    expect(await privateAnswer(r2)).toContain('not Python');
  });
});

describe('buttons', () => {
  let owner: string;
  let msg: SMessage;
  let total: number;
  beforeAll(async () => {
    owner = userId();
    ({ m: msg } = await heap(owner, { code: 'a = [1]\\nb = [a, a]\\ndel a\\nb.pop()\\nprint(b)' }));
    total = Number(/of (\d+)/.exec(title(msg))![1]);
  });

  async function click(user: string, label: string, on: SMessage = msg): Promise<SInteraction> {
    const r = h.sd.click(h.sd.user(user), on, button(on, label).custom_id);
    await settle(h, r);
    note(`button ${label}`, r);
    expect(ackMs(r)).toBeLessThan(3000);
    return r;
  }

  it('⏮ ◀ ▶ ⏭ move the owner\'s picture in place', async () => {
    let r = await click(owner, '⏮');
    expect(r.ackType).toBe(6); // deferred update of the same message
    expect(title(msg)).toMatch(/· step 1 of \d+ · line 1$/);
    expectPicture(msg);
    expect(button(msg, '⏮').disabled).toBe(true);
    expect(button(msg, '◀').disabled).toBe(true);
    expect(msg.attachments.filter((a) => a.filename === 'heap.png')).toHaveLength(1);
    r = await click(owner, '▶');
    expect(title(msg)).toMatch(/· step 2 of \d+ · line 2$/);
    r = await click(owner, '▶');
    expect(title(msg)).toMatch(/· step 3 of \d+ · line 3$/);
    r = await click(owner, '◀');
    expect(title(msg)).toMatch(/· step 2 of \d+ · line 2$/);
    r = await click(owner, '⏭');
    expect(title(msg)).toMatch(new RegExp(`· step ${total} of ${total} · `));
    expect(button(msg, '▶').disabled).toBe(true);
    expect(button(msg, '⏭').disabled).toBe(true);
    expect(msg.content).toContain('b.pop()'); // the code stays in the message
  });

  it('someone else stepping gets their own private view, which they can step in place', async () => {
    const other = userId();
    const r = await click(other, '⏮');
    expect(r.ackType).toBe(5);
    expect(r.ackFlags & 64).toBe(64);
    const mine = h.sd.original(r)!;
    expect(mine.id).not.toBe(msg.id);
    expect(title(mine)).toMatch(/· step 1 of /);
    expect(buttonIds(mine).every((id) => id.endsWith(`:${other}`))).toBe(true);
    expect(title(msg)).toMatch(new RegExp(`step ${total} of`)); // the owner's picture did not move
    const r2 = await click(other, '▶', mine);
    expect(r2.ackType).toBe(6);
    expect(title(mine)).toMatch(/· step 2 of /);
  });

  it('GIF replies with the animation', async () => {
    const r = await click(owner, 'GIF');
    expect(r.ackType).toBe(5);
    const g = h.sd.original(r)!;
    expect(g.flags & 64).toBe(0); // the owner's public picture: a public animation
    const gif = h.sd.fileOf(g, 'heap.gif')!;
    expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(title(g)).toMatch(/the whole run as an animation/);
    expect(g.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('3.11 ⇄ 3.14 draws the same snippet on the other version', async () => {
    const r = await click(owner, '3.11 ⇄ 3.14');
    const v = h.sd.original(r)!;
    expectPicture(v);
    expect(title(v)).toMatch(/^Python 3\.11\./);
    expect(v.content).toBe(msg.content);
    expect(button(v, '3.11 ⇄ 3.14').custom_id).toMatch(/^hs1:v:3\.14:/);
  });

  it('a button still works from the message alone (no state in the bot), and a garbled id is refused', async () => {
    // a message as another bot process (or this one, restarted) would see it
    const copy: SMessage = JSON.parse(JSON.stringify(msg));
    const r = await click(owner, '⏮', copy);
    expect(title(h.sd.messages.get(copy.id)!)).toMatch(/· step 1 of /);
    const bad = h.sd.click(h.sd.user(owner), msg, 'hs1:zz:3.14:1:1');
    expect(await privateAnswer(bad)).toBe('This button comes from an older heapsnake; run `/heap` again.');
    void r;
  });

  it('long code travels as snippet.py, and buttons recover it from there', async () => {
    const body = Array.from({ length: 30 }, (_, k) => `# note ${k}: ${'a long comment line '.repeat(4)}`).join('\\n') + '\\nv = [1, 2]\\nw = v\\nprint(len(w))';
    const writer = userId();
    const { m } = await heap(writer, { code: body });
    expect(m.content).toBe('The code is attached as `snippet.py`.');
    expect(h.sd.fileOf(m, 'snippet.py')!.toString('utf8')).toContain('# note 29: a long comment line');
    await click(writer, '⏮', m);
    expect(title(m)).toMatch(/· step 1 of /);
    expect(h.sd.fileOf(m, 'snippet.py')).toBeTruthy();
  });
});

describe('errors, limits and load', () => {
  it('a syntax error: one private sentence with the line', async () => {
    const r = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'x = [1, 2\\nprint(x)' });
    const text = await privateAnswer(r);
    expect(text).toMatch(/^SyntaxError on line \d: .+/);
    expect(text).not.toMatch(/at |Traceback/);
    expect(r.ackType).toBe(5);
    expect(r.originalDeleted).toBe(true); // the public "thinking…" went away
  });

  it('import os: not available, because heapsnake simulates Python', async () => {
    const r = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'import os\\nos.remove("x")' });
    expect(await privateAnswer(r)).toBe('`import os` is not available (line 1): heapsnake simulates Python; it does not run it on a computer.');
  });

  it('an uncaught exception still draws the heap, with the error', async () => {
    const { m } = await heap(userId(), { code: 'a = [1]\\nprint(a[3])' });
    expectPicture(m);
    expect(description(m)).toContain('**IndexError** on line 2: list index out of range');
  });

  it('a loop stopped by the step limit shows where it stopped, with the reason', async () => {
    const { m } = await heap(userId(), { code: 'n = 0\\nwhile True: n += 1' });
    expectPicture(m);
    expect(description(m)).toContain('**Stopped:** this snippet ran more than 20,000 lines; the picture shows where it stopped.');
  });

  it('long output is cut to 10 lines with "… N more lines"', async () => {
    const { m } = await heap(userId(), { code: 'for i in range(25): print(i)' });
    expect(description(m)).toContain('```\n0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n… 15 more lines\n```');
  });

  it('@everyone and <@id> in the output ping nobody', async () => {
    const { m } = await heap(userId(), { code: 'print("@everyone look")\\nprint("<@123456789012345678> and <@&123456789012345678>")' });
    expect(description(m)).toContain('@everyone look');
    expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const sent = h.sd.calls.filter((c) => c.json && (c.method === 'PATCH' || (c.method === 'POST' && c.path.includes('/webhooks/'))));
    expect(sent.length).toBeGreaterThan(0);
    for (const c of sent) expect(c.json.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('a runaway job is killed (its worker replaced) and the bot answers the next command', async () => {
    const before = h.bot.service.pool.stats();
    const t0 = Date.now();
    const r = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'x = 1  # heapsnake-test-stall' });
    // stuck on its first line: there is no earlier state to draw, so one private sentence
    expect(await privateAnswer(r)).toBe('This snippet ran past the 2 s limit, so it was stopped.');
    expect(Date.now() - t0).toBeLessThan(8000);
    const after = h.bot.service.pool.stats();
    expect(after.killed).toBe(before.killed + 1);
    const { m } = await heap(userId(), { code: 'print("still here")' });
    expect(description(m)).toContain('still here');
    // the replacement worker comes up in the background (it loads the parser and the renderer)
    await h.sd.until(() => h.bot.service.pool.stats().replaced > before.replaced, 15_000, 'the killed worker to be replaced');
  });

  it('a job killed by the watchdog after some lines still shows the heap where it got, and stepping it replays that run', async () => {
    const before = h.bot.service.pool.stats();
    const owner = userId();
    const { m } = await heap(owner, { code: 'xs = [1, 2]\\nys = xs\\nprint("before")\\nzs = [xs]  # heapsnake-test-stall\\nprint("after")' });
    expect(h.bot.service.pool.stats().killed).toBe(before.killed + 1);
    expectPicture(m);
    expect(description(m)).toContain('**Stopped:** this snippet ran past the 2 s limit; the picture shows where it stopped.');
    expect(description(m)).toContain('before');
    expect(description(m)).not.toContain('after');
    // the picture is of the state before line 4 ran: xs and ys, no zs
    const alt = m.attachments.find((a) => a.filename === 'heap.png')!.description!;
    expect(alt).toMatch(/step 4 of 4, stopped/);
    expect(alt).toMatch(/\bys → list#1\b/);
    expect(alt).not.toMatch(/\bzs\b/);
    // ◀ replays the same run (stopAt in the button) instead of running into the stall again
    const shown = title(m);
    const r = h.sd.click(h.sd.user(owner), m, button(m, '◀').custom_id);
    await settle(h, r);
    expect(r.ackType).toBe(6);
    expect(title(m)).not.toBe(shown);
    expectPicture(m);
    expect(h.bot.service.pool.stats().killed).toBe(before.killed + 1);
  });

  it('two users at once: both acknowledged within 3 s, both get their picture', async () => {
    const a = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'xs = [1, 2, 3]\\nprint(sum(xs))' });
    const b = h.sd.slash(h.sd.user(userId()), 'heap', { code: 'd = {"k": [1]}\\nprint(d)' });
    await Promise.all([settle(h, a), settle(h, b)]);
    for (const r of [a, b]) {
      note('/heap concurrent', r);
      expect(ackMs(r)).toBeLessThan(3000);
      expectPicture(h.sd.original(r)!);
    }
    expect(description(h.sd.original(a)!)).toContain('6');
    expect(description(h.sd.original(b)!)).toContain("{'k': [1]}");
  });

  it('the same user twice: the second is refused politely while the first runs, then cooled down', async () => {
    const u = userId();
    const first = h.sd.slash(h.sd.user(u), 'heap', { code: 'print(1)' });
    const second = h.sd.slash(h.sd.user(u), 'heap', { code: 'print(2)' });
    expect(await privateAnswer(second)).toBe('You already have a snippet running; wait for its picture, then try again.');
    expect(second.ackType).toBe(4); // answered directly, nothing deferred
    await settle(h, first);
    expectPicture(h.sd.original(first)!);
    const third = h.sd.slash(h.sd.user(u), 'heap', { code: 'print(3)' });
    expect(await privateAnswer(third)).toMatch(/^Slow down a little: you can run another snippet in \d(\.\d)? s\.$/);
  });

  it('every interaction is logged on one line: command, user hash, ms, outcome', () => {
    const lines = h.log.lines.filter((l) => l.event === 'interaction');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) {
      expect(l).toMatchObject({ level: 'info', cmd: expect.any(String), user: expect.stringMatching(/^[0-9a-f]{12}$/), ms: expect.any(Number), outcome: expect.any(String) });
      expect(JSON.stringify(l)).not.toMatch(/2000000000000000\d\d/); // no raw user ids
    }
    const outcomes = new Set(lines.map((l) => l.outcome));
    for (const o of ['ok', 'modal', 'syntax', 'refused', 'killed-time', 'refused-running', 'exception', 'limit-steps']) expect(outcomes).toContain(o);
  });
});
