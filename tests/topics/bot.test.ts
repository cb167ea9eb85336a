// /explain, /lesson and /quiz driven through the loopback Discord stand-in
// (tests/bot/helpers.ts: the real discord.js client, pool and renderer).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { SInteraction, SMessage } from '../../bench/bot-standin.js';
import { button, buttonIds, settle, startHarness, stopHarness, title, userId, PNG_MAGIC, type Harness } from '../bot/helpers.js';
import { findTopic } from '../../src/topics/content.js';
import { ready } from '../../src/topics/page.js';
import { makeQuestion } from '../../src/topics/quiz.js';
import { autocomplete } from '../../commands/explain.js';
import { pick } from '../../commands/quiz.js';

let h: Harness;
beforeAll(async () => { await ready(); h = await startHarness(); });
afterAll(async () => { await stopHarness(h); });

/** A slash command with a subcommand (the stand-in's slash() sends flat options). */
function sub(user: string, name: string, subName: string, options: Record<string, string>): SInteraction {
  const opts = Object.entries(options).map(([k, v]) => ({ name: k, type: 3, value: v }));
  return (h.sd as any).base_interaction(2, h.sd.user(user), { id: '1', name, type: 1, options: [{ name: subName, type: 1, options: opts }], guild_id: h.sd.guildId });
}
const embeds = (m: SMessage): any[] => m.embeds as any[];

describe('/explain', () => {
  it('posts the filled text, the picture with the output, and a Run this button that opens /heap', async () => {
    const u = userId();
    const r = await settle(h, h.sd.slash(h.sd.user(u), 'explain', { topic: 'circular references' }));
    const m = h.sd.original(r)!;
    expect(m.flags & 64).toBe(0);
    expect(embeds(m)[0].title).toBe('Reference cycles');
    expect(embeds(m)[0].description).toMatch(/`gc.collect\(\)` returns 2 on Python 3\.14\.10 \(2 on 3\.11\): the two nodes/);
    expect(embeds(m)[1].description).toContain('**Output**\n```\n2\n```');
    expect(h.sd.fileOf(m, 'heap.png')!.subarray(0, 8)).toEqual(PNG_MAGIC);
    expect(m.content).toBe('```py\n' + findTopic('reference-cycles')!.examples[0] + '\n```');
    const run = button(m, 'Run this');
    const u2 = userId(); // (the one who ran /explain is in the 2 s cooldown between runs)
    const r2 = await settle(h, h.sd.click(h.sd.user(u2), m, run.custom_id));
    expect(r2.ackType).toBe(5);
    const heapMsg = h.sd.original(r2)!;
    expect(heapMsg.id).not.toBe(m.id);
    expect(title(heapMsg)).toMatch(/^Python 3\.14\.\d+ · step \d+ of \d+/);
    expect(buttonIds(heapMsg).map((id) => id.split(':')[1])).toEqual(['f', 'p', 'i', 'n', 'l', 'g', 'v']);
    // the /heap step buttons work on it as usual
    const r3 = await settle(h, h.sd.click(h.sd.user(u2), heapMsg, button(heapMsg, '⏮').custom_id));
    expect(title(h.sd.original(r3)!)).toMatch(/step 1 of/);
  });
  it('an unknown topic is a private sentence; autocomplete answers ≤ 25 choices', async () => {
    const r = await settle(h, h.sd.slash(h.sd.user(userId()), 'explain', { topic: 'quantum heaps' }));
    expect(r.ackFlags & 64).toBe(64);
    expect(h.sd.original(r)!.content).toContain('There is no topic');
    let got: any[] = [];
    await autocomplete({ options: { getFocused: () => 'weak' }, respond: async (c: any[]) => { got = c; } } as any);
    expect(got.map((c) => c.value)).toEqual(expect.arrayContaining(['weakrefs', 'weakvaluedict']));
    expect(got.length).toBeLessThanOrEqual(25);
  });
  it('autocomplete through Discord: typing in /explain topic and /quiz topic gets ≤ 25 matching choices', async () => {
    const typed = async (cmd: string, value: string): Promise<{ name: string; value: string }[]> => {
      const r = h.sd.autocomplete(h.sd.user(userId()), cmd, 'topic', value);
      await h.sd.until(() => r.choices !== undefined, 10_000, `autocomplete of ${cmd} "${value}"`);
      expect(r.ackType).toBe(8);
      return r.choices!;
    };
    expect((await typed('explain', 'weak')).map((c) => c.value)).toEqual(expect.arrayContaining(['weakrefs', 'weakvaluedict']));
    const all = await typed('explain', '');
    expect(all.length).toBe(25);
    const cyc = await typed('quiz', 'cyc');
    expect(cyc.length).toBeGreaterThan(0);
    for (const c of cyc) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(await typed('explain', 'zzzz-no-such-topic')).toEqual([]);
  });
});

describe('/lesson', () => {
  it('start posts step 1 publicly; only the presenter can advance; End closes it', async () => {
    const presenter = userId();
    const other = userId();
    const r = await settle(h, sub(presenter, 'lesson', 'start', { name: 'reference-counting' }));
    const m = h.sd.original(r)!;
    expect(m.flags & 64).toBe(0);
    expect(embeds(m)[0].title).toMatch(/^Reference counting · step 1 of 3/);
    expect(buttonIds(m)).toEqual([`hst:l:b:reference-counting:0:${presenter}`, `hst:l:n:reference-counting:1:${presenter}`, `hst:l:e:reference-counting:0:${presenter}`]);
    // someone else: private refusal, the message does not move
    const r2 = await settle(h, h.sd.click(h.sd.user(other), m, button(m, 'Next ▶').custom_id));
    expect(r2.ackFlags & 64).toBe(64);
    expect(h.sd.followup(r2)?.content ?? h.sd.original(r2)?.content).toBe('Only the presenter can advance this lesson.');
    expect(embeds(h.sd.messages.get(m.id)!)[0].title).toMatch(/step 1 of 3/);
    // the presenter: in place
    const r3 = await settle(h, h.sd.click(h.sd.user(presenter), m, button(m, 'Next ▶').custom_id));
    const m3 = h.sd.original(r3)!;
    expect(m3.id).toBe(m.id);
    expect(embeds(m3)[0].title).toMatch(/step 2 of 3: Taking references away/);
    expect(embeds(m3)[1].description).toContain('**Output**'); // the picture's own embed
    const r4 = await settle(h, h.sd.click(h.sd.user(presenter), m3, button(m3, '◀ Back').custom_id));
    expect(embeds(h.sd.original(r4)!)[0].title).toMatch(/step 1 of 3/);
    const r5 = await settle(h, h.sd.click(h.sd.user(presenter), m3, button(m3, '■ End').custom_id));
    const m5 = h.sd.original(r5)!;
    expect(m5.content).toContain('has ended');
    expect(m5.components).toEqual([]);
  });
  it('/lesson stop ends the caller\'s lesson in the channel (found by its buttons), and only theirs', async () => {
    const presenter = userId();
    const other = userId();
    const mine = h.sd.original(await settle(h, sub(presenter, 'lesson', 'start', { name: 'reference-counting' })))!;
    const theirs = h.sd.original(await settle(h, sub(other, 'lesson', 'start', { name: 'names-and-objects' })))!;
    expect(buttonIds(mine)).toHaveLength(3);
    const r = await settle(h, sub(presenter, 'lesson', 'stop', {}));
    const said = h.sd.original(r)!;
    expect(said.flags & 64).toBe(0); // public: the group sees the lesson end
    expect(said.content).toBe(`<@${presenter}> ended the lesson **Reference counting**. Start one again with \`/lesson start\`.`);
    expect(said.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const ended = h.sd.messages.get(mine.id)!;
    expect(ended.content).toContain('The lesson **Reference counting** has ended');
    expect(ended.components).toEqual([]);
    expect(ended.embeds).toEqual([]);
    expect(h.sd.messages.get(theirs.id)!.components).toHaveLength(1); // someone else's lesson goes on
    const edits = h.sd.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${mine.id}`));
    expect(edits).toHaveLength(1);
    expect(edits[0].json.allowed_mentions).toEqual({ parse: [] });
    // nothing left to stop: a private sentence
    const again = await settle(h, sub(presenter, 'lesson', 'stop', {}));
    const f = h.sd.followup(again) ?? h.sd.original(again)!;
    expect(f.flags & 64).toBe(64);
    expect(f.content).toBe('You are not presenting a lesson in this channel: none of its last 50 messages has your lesson buttons.');
    // without Read Message History: a private sentence pointing at the End button
    const third = userId();
    const open = h.sd.original(await settle(h, sub(third, 'lesson', 'start', { name: 'reference-counting' })))!;
    h.sd.denyHistory = true;
    try {
      const denied = await settle(h, sub(third, 'lesson', 'stop', {}));
      const d = h.sd.followup(denied) ?? h.sd.original(denied)!;
      expect(d.flags & 64).toBe(64);
      expect(d.content).toContain('press ■ End on the lesson instead');
      expect(h.sd.messages.get(open.id)!.components).toHaveLength(1);
    } finally { h.sd.denyHistory = false; }
  });
});

describe('/quiz', () => {
  it('asks with one button per choice; an answer gets the simulator’s verdict and the explaining picture, privately', async () => {
    pick.next = { kind: 'refcount', variant: 1 };
    const u = userId();
    const r = await settle(h, h.sd.slash(h.sd.user(u), 'quiz', { topic: 'refcount', python: '3.11' }));
    const m = h.sd.original(r)!;
    expect(m.content).toContain('def f():');
    const q = makeQuestion('refcount', 1, '3.11');
    expect(buttonIds(m)).toHaveLength(4);
    const right = (m.components as any[])[0].components[q.answer];
    expect(right.label).toBe(q.choices[q.answer]);
    const ra = await settle(h, h.sd.click(h.sd.user(u), m, right.custom_id));
    const a = h.sd.original(ra)!;
    expect(ra.ackFlags & 64).toBe(64);
    expect(a.content).toMatch(/^✅ Right/);
    expect(h.sd.fileOf(a, 'heap.png')!.subarray(0, 8)).toEqual(PNG_MAGIC);
    const wrongIdx = (q.answer + 1) % 4;
    const rw = await settle(h, h.sd.click(h.sd.user(userId()), m, (m.components as any[])[0].components[wrongIdx].custom_id));
    expect(h.sd.original(rw)!.content).toMatch(/^❌ Not quite/);
    expect(h.sd.original(rw)!.content).toContain(`the simulator says **${q.choices[q.answer]}**`);
  });
});
