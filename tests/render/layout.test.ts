// Layout invariants, on every stored trace: no two boxes overlap, every arrow starts
// on its box and ends on its target's edge, arrows do not cross other boxes, every
// text stays inside its box or panel, positions are stable from step to step, and
// the tall layout fits a phone.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Trace } from '../../src/core/trace.js';
import { layoutRun, layoutStep, type StepLayout, type Rect, type TextShape } from '../../src/render/layout.js';
import { CanvasMeasurer, registerFonts } from '../../src/render/fonts.js';
import { buildModel, cycleOf } from '../../src/render/model.js';
import { crossingCount } from './crossings.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = readdirSync(join(here, 'fixtures')).filter((f) => f.endsWith('.trace.json.gz'));
const load = (f: string): Trace => JSON.parse(gunzipSync(readFileSync(join(here, 'fixtures', f))).toString('utf8'));
// (measured with the fonts the renderer draws with: without them the canvas falls back to a system font's widths)
registerFonts();
const ms = new CanvasMeasurer();

const EPS = 0.75;
function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
}
function inside(t: { x: number; y: number; w: number; h: number }, r: Rect): boolean {
  return t.x >= r.x - EPS && t.y >= r.y - EPS && t.x + t.w <= r.x + r.w + EPS && t.y + t.h <= r.y + r.h + EPS;
}
/** Does the axis-parallel segment a→b pass through the inside of r? */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, r: Rect): boolean {
  const x0 = Math.min(a.x, b.x), x1 = Math.max(a.x, b.x), y0 = Math.min(a.y, b.y), y1 = Math.max(a.y, b.y);
  return x0 < r.x + r.w - 1 && x1 > r.x + 1 && y0 < r.y + r.h - 1 && y1 > r.y + 1;
}


function check(l: StepLayout): string[] {
  const bad: string[] = [];
  const boxes = l.boxes;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlap(boxes[i].rect, boxes[j].rect)) bad.push(`step ${l.step + 1}: boxes ${boxes[i].key} and ${boxes[j].key} overlap`);
    }
  }
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  for (const e of l.edges) {
    const src = byKey.get(e.from), dst = byKey.get(e.to);
    if (!src || !dst) { bad.push(`step ${l.step + 1}: arrow ${e.from}→${e.to} has no box`); continue; }
    const p0 = e.points[0], pn = e.points[e.points.length - 1];
    const s = src.rect, d = dst.rect;
    if (Math.abs(p0.x - (s.x + s.w)) > 1 || p0.y < s.y || p0.y > s.y + s.h) bad.push(`step ${l.step + 1}: arrow ${e.from}→${e.to} does not start on its box`);
    const onLeft = Math.abs(pn.x - d.x) <= 1, onRight = Math.abs(pn.x - (d.x + d.w)) <= 1;
    if (!(onLeft || onRight) || pn.y < d.y || pn.y > d.y + d.h) bad.push(`step ${l.step + 1}: arrow ${e.from}→${e.to} does not end on its target (${pn.x},${pn.y})`);
    for (let k = 0; k + 1 < e.points.length; k++) {
      const a = e.points[k], b = e.points[k + 1];
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) bad.push(`step ${l.step + 1}: arrow ${e.from}→${e.to} has a diagonal segment`);
      for (const o of boxes) {
        if (o.key === e.from || o.key === e.to) continue;
        if (crosses(a, b, o.rect)) bad.push(`step ${l.step + 1}: arrow ${e.from}→${e.to} crosses ${o.key}`);
      }
    }
  }
  const owners = new Map<string, Rect>(Object.entries(l.panels));
  for (const b of boxes) owners.set(b.key, b.rect);
  for (const s of l.shapes) {
    if (s.kind !== 'text' || !s.owner) continue;
    const r = owners.get(s.owner);
    if (!r) continue;
    const t = s as TextShape;
    if (!inside({ x: t.x, y: t.y, w: t.w, h: t.size * 1.2 }, r)) bad.push(`step ${l.step + 1}: text "${t.text}" is outside ${t.owner}`);
  }
  for (const [name, r] of Object.entries(l.panels)) {
    if (!inside({ ...r }, { x: 0, y: 0, w: l.width, h: l.height })) bad.push(`panel ${name} is outside the picture`);
  }
  return bad;
}

describe('layout invariants', () => {
  for (const f of fixtures) {
    it(`${f}: every step`, () => {
      const trace = load(f);
      const run = layoutRun(trace, ms);
      const n = trace.steps.length;
      const steps = n <= 60 ? [...Array(n).keys()] : [0, 1, 5, 20, 100, 400, n - 3, n - 2, n - 1].filter((s) => s < n);
      const bad: string[] = [];
      for (const s of steps) bad.push(...check(layoutStep(run, s)));
      expect(bad.slice(0, 20)).toEqual([]);
    });
    it(`${f}: tall layout fits 800 px and keeps the invariants`, () => {
      const trace = load(f);
      const run = layoutRun(trace, ms, { layout: 'tall' });
      const l = layoutStep(run, trace.steps.length - 2);
      expect(l.width).toBeLessThanOrEqual(800);
      expect(check(l).slice(0, 20)).toEqual([]);
    });
  }

  it('an object keeps its place from one step to the next', () => {
    const trace = load('cycle-3.14.trace.json.gz');
    const run = layoutRun(trace, ms);
    const seen = new Map<number, string>();
    for (let s = 0; s < trace.steps.length; s++) {
      for (const b of layoutStep(run, s).boxes) {
        if (b.id === null) continue;
        const at = `${b.rect.x},${b.rect.y}`;
        if (seen.has(b.id)) expect(at).toBe(seen.get(b.id));
        seen.set(b.id, at);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('a freed object stays as a ghost for the step it is freed in, and the cycle is named', () => {
    const trace = load('cycle-3.14.trace.json.gz');
    const model = buildModel(trace);
    const step = model.steps.find((s) => s.freedHere.some((f) => f.reason === 'gc'))!;
    expect(step).toBeDefined();
    expect(step.ghosts.length).toBe(2);
    const texts = step.freedHere.map((f) => f.text);
    expect(texts[0]).toMatch(/^collected at line 13 by gc\.collect\(\) \(cycle: Node#\d+ ↔ Node#\d+\)$/);
    const l = layoutRun(trace, ms);
    expect(layoutStep(l, step.index).boxes.filter((b) => b.kind === 'ghost').length).toBe(2);
  });

  it('refcount frees name the line that did it', () => {
    const model = buildModel(load('del-3.14.trace.json.gz'));
    const texts = model.freed.map((f) => f.text);
    expect(texts.some((t) => /^freed at line \d+: refcount → 0 \(`y = None`\)$/.test(t))).toBe(true);
  });

  it('cycleOf finds the shortest cycle through an object', () => {
    const snaps = new Map([
      [1, { id: 1, type: 'Node', value: '', refcount: 1, size: 48, tracked: true, generation: 0, refs: [['.next', 2]] as [string, number][], shared: false }],
      [2, { id: 2, type: 'Node', value: '', refcount: 1, size: 48, tracked: true, generation: 0, refs: [['.next', 3]] as [string, number][], shared: false }],
      [3, { id: 3, type: 'Node', value: '', refcount: 1, size: 48, tracked: true, generation: 0, refs: [['.next', 1]] as [string, number][], shared: false }],
    ]);
    expect(cycleOf(1, [1, 2, 3], snaps)).toEqual([1, 2, 3]);
  });

  it('long lists are summarised with "+N more" and stay within a readable size', () => {
    const trace = load('list200-3.14.trace.json.gz');
    const run = layoutRun(trace, ms);
    const model = run.model;
    const end = model.steps.find((s) => s.note === 'end of program')!;
    const rows = [...end.rows.values()].flat();
    expect(rows.some((r) => r.more && /^\+\d+ more \(Point ×\d+\)$/.test(r.more))).toBe(true);
    expect(end.objects.length).toBeLessThan(40);
    expect(run.width * run.height).toBeLessThan(2500 * 2500);
  });
});

describe('wide heaps', () => {
  it('a linked list wider than the picture folds into bands under its start', () => {
    const trace = load('linked-3.14.trace.json.gz');
    const run = layoutRun(trace, ms);
    // (unwrapped, the eight Node columns make it more than 3,200 px wide)
    expect(run.width).toBeLessThanOrEqual(2600);
    // the eight Node boxes are not all in one row
    const end = run.model.steps.find((s) => s.note === 'end of program')!;
    const nodeYs = new Set(end.objects.filter((id) => end.heap!.get(id)!.type === 'Node').map((id) => run.placeOf.get(id)!.y));
    expect(nodeYs.size).toBeGreaterThan(1);
    expect(check(layoutStep(run, end.index))).toEqual([]);
  });

  // The linked list of tests/render/snippets/linked.py: Node#18 → #16 → … → #4 by `.next`,
  // each node's name a str held by the node and by a dict key. Left to dagre, each link
  // pushed the next node a column further and the columns folded into bands: the nodes
  // were scattered in no visible order, each name far from its node.
  for (const layout of ['wide', 'tall'] as const) {
    it(`a linked list reads in link order, each node's name beside it (${layout})`, () => {
      const trace = load('linked-3.14.trace.json.gz');
      const run = layoutRun(trace, ms, { layout });
      const end = run.model.steps.find((s) => s.note === 'end of program')!;
      const l = layoutStep(run, end.index);
      const rect = new Map(l.boxes.map((b) => [b.id, b.rect]));
      const heap = end.heap!;
      const nodes = end.objects.filter((id) => heap.get(id)!.type === 'Node');
      const next = (id: number): number | undefined => heap.get(id)!.refs.find(([k]) => k === '.next')?.[1];
      const head = nodes.find((id) => !nodes.some((o) => next(o) === id))!;
      const chain: number[] = [];
      for (let v: number | undefined = head; v !== undefined && nodes.includes(v); v = next(v)) chain.push(v);
      expect(chain).toHaveLength(8);
      for (let k = 0; k + 1 < chain.length; k++) {
        const a = rect.get(chain[k])!, b = rect.get(chain[k + 1])!;
        // node k+1 comes after node k in reading order: below it, or right of it (a long chain continues in the next column)
        const after = (b.y >= a.y + a.h && b.x < a.x + a.w) || b.x >= a.x + a.w;
        expect(after, `Node ${k + 1} of the chain is not after Node ${k}`).toBe(true);
      }
      for (const id of chain) {
        const n = rect.get(id)!;
        const name = rect.get(heap.get(id)!.refs.find(([k]) => k === '.name')![1])!;
        // right beside the node, level with it
        expect(name.x - (n.x + n.w)).toBeGreaterThanOrEqual(0);
        expect(name.x - (n.x + n.w)).toBeLessThanOrEqual(80);
        expect(name.y < n.y + n.h && name.y + name.h > n.y).toBe(true);
      }
      expect(check(l)).toEqual([]);
      // (before: 198 crossings wide, 392 tall)
      expect(crossingCount(l)).toBeLessThanOrEqual(layout === 'wide' ? 140 : 300);
    });
  }

  // The tall layout of the same 40-object snippet (bench/e2e.ts's S40): its rows followed
  // dagre's ranks, so the pairs list's tuples came between the nodes list and the nodes,
  // the ints two tuples share landed below the whole chain, and long arrows crossed the
  // upper part (255 crossings at the end of this trace). Rows now follow the references.
  it('the tall layout of a 40-object heap keeps each object near its holder, with few crossings', () => {
    const trace = load('linked-3.14.trace.json.gz');
    const run = layoutRun(trace, ms, { layout: 'tall' });
    const end = run.model.steps.find((s) => s.note === 'end of program')!;
    const l = layoutStep(run, end.index);
    expect(check(l)).toEqual([]);
    expect(crossingCount(l)).toBeLessThanOrEqual(130);
    const heap = end.heap!;
    const rect = new Map(l.boxes.map((b) => [b.id, b.rect]));
    const tuples = end.objects.filter((id) => heap.get(id)!.type === 'tuple');
    expect(tuples).toHaveLength(5);
    for (const t of tuples) {
      for (const [, target] of heap.get(t)!.refs) {
        const r = rect.get(target)!;
        // (each int a tuple holds is drawn near one of the tuples holding it: within two rows)
        const gap = Math.min(...tuples.filter((u) => heap.get(u)!.refs.some(([, x]) => x === target)).map((u) => Math.abs(rect.get(u)!.y - r.y)));
        expect(gap, `int ${heap.get(target)!.value} is ${gap} px from its tuple`).toBeLessThanOrEqual(300);
      }
    }
    // the nodes list is above the chain's head, the pairs list above its tuples
    const list = (name: string): number => end.frames[end.frames.length - 1].locals.find(([n]) => n === name)![1];
    const nodes = end.objects.filter((id) => heap.get(id)!.type === 'Node');
    expect(rect.get(list('nodes'))!.y).toBeLessThan(Math.min(...nodes.map((id) => rect.get(id)!.y)));
    expect(rect.get(list('pairs'))!.y).toBeLessThan(Math.min(...tuples.map((id) => rect.get(id)!.y)));
  });

  it('the call stack reads top down: the module on top, each call below its caller', () => {
    const trace = load('dunder_del-3.14.trace.json.gz');
    for (const layout of ['wide', 'tall'] as const) {
      const run = layoutRun(trace, ms, { layout });
      const sm = run.model.steps.find((s) => s.frames.length >= 2)!;
      const frames = layoutStep(run, sm.index).boxes.filter((b) => b.kind === 'frame').sort((a, b) => a.key.localeCompare(b.key));
      // frame0 is the module's (depth 0), frame1 the call it made
      expect(frames.map((f) => f.key)).toEqual(['frame0', 'frame1']);
      expect(frames[0].rect.y + frames[0].rect.h).toBeLessThanOrEqual(frames[1].rect.y);
    }
  });

  it("a call's box stays near its name below the module's frame (dunder_del: r → Resource at step 9)", () => {
    // With the module's frame on top, its boxes of the whole run fill the column above;
    // a class body's function (on screen for 4 steps) pushed them down for the rest of
    // the run, and they pushed use()'s Resource 196 px below its name r.
    const trace = load('dunder_del-3.14.trace.json.gz');
    const run = layoutRun(trace, ms, { layout: 'wide' });
    const l = layoutStep(run, 8);
    const r = l.edges.filter((e) => e.from === 'frame1');
    expect(r).toHaveLength(1);
    const pts = r[0].points;
    expect(Math.abs(pts[pts.length - 1].y - pts[0].y)).toBeLessThanOrEqual(120);
  });

  it('ranks a deep chain without an edge from the frames or to a shared chip at every depth', async () => {
    const { rankingEdges } = await import('../../src/render/layout.js');
    const n = 300;
    const edges: [string, string, { weight: number }][] = [];
    for (let i = 0; i < n; i++) {
      edges.push(['__frames', `g${i}`, { weight: 1 }]);
      if (i + 1 < n) edges.push([`g${i}`, `g${i + 1}`, { weight: 1 }]);
      edges.push([`g${i}`, 'None', { weight: 1 }]);
    }
    const kept = rankingEdges(edges, new Set(['None']));
    // the chain, one arrow from the frames to its head, three into the chip
    expect(kept.filter((e) => e[0] === '__frames').map((e) => e[1])).toEqual(['g0']);
    expect(kept.filter((e) => e[1] === 'None')).toHaveLength(3);
    expect(kept).toHaveLength(n - 1 + 1 + 3);
  });

  it('a group of boxes pointing at each other keeps its heaviest arrow from the frames', async () => {
    const { rankingEdges } = await import('../../src/render/layout.js');
    const kept = rankingEdges<{ weight: number }>([
      ['__frames', 'chip', { weight: 9 }], ['__frames', 'a', { weight: 1 }], ['__frames', 'b', { weight: 5 }],
      ['a', 'b', { weight: 1 }], ['b', 'a', { weight: 1 }], ['a', 'chip', { weight: 1 }],
    ], new Set(['chip']));
    expect(kept.filter((e) => e[0] === '__frames').map((e) => e[1])).toEqual(['b']);
  });
});

describe('linked structures keep the invariants at every step', () => {
  const programs: [string, string][] = [
    ["a doubly linked list", "class N:\n    def __init__(self, v):\n        self.v = v\n        self.prev = None\n        self.next = None\n\nhead = N(0)\ncur = head\nfor i in range(1, 6):\n    n = N(i)\n    cur.next = n\n    n.prev = cur\n    cur = n\nprint(head.next.next.v)\n"],
    ["a binary tree (no chain: its branches stay ranks)", "class T:\n    def __init__(self, v, left=None, right=None):\n        self.v = v\n        self.left = left\n        self.right = right\n\nroot = T(1, T(2, T(4), T(5)), T(3, T(6), T(7)))\nprint(root.left.right.v)\n"],
    ["a ring of three", "class R:\n    def __init__(self, name):\n        self.name = name\n        self.next = None\n\na = R(\"a\")\nb = R(\"b\")\nc = R(\"c\")\na.next = b\nb.next = c\nc.next = a\ndel b, c\nprint(a.next.next.next.name)\n"],
    ["a 30-node list (continues in the next column)", "class Node:\n    def __init__(self, val, nxt=None):\n        self.val = val\n        self.next = nxt\n\nhead = None\nfor i in range(30):\n    head = Node(\"v%d\" % i, head)\nn = 0\ncur = head\nwhile cur is not None:\n    n += 1\n    cur = cur.next\nprint(n)\n"],
    ["a list relinked (a node taken out)", "class Node:\n    def __init__(self, val, nxt=None):\n        self.val = val\n        self.next = nxt\n\nhead = None\nfor i in range(5):\n    head = Node(\"v%d\" % i, head)\nhead = head.next\nhead.next = head.next.next\nprint(head.val)\n"],
  ];
  for (const [name, src] of programs) for (const layout of ['wide', 'tall'] as const) {
    it(`${name} (${layout})`, async () => {
      const { ready, simulate } = await import('../../src/core/simulate.js');
      await ready();
      const trace = simulate(src, { python: '3.14', trace: true }).trace!;
      const run = layoutRun(trace, ms, { layout });
      const bad: string[] = [];
      for (let s = 0; s < trace.steps.length; s++) bad.push(...check(layoutStep(run, s)));
      expect(bad.slice(0, 10)).toEqual([]);
      if (layout === 'tall') expect(run.width).toBeLessThanOrEqual(800);
    });
  }
});

describe('garbage heaping up in a loop', () => {
  it('draws the newest unreachable groups and counts the rest in a note', async () => {
    const { ready, simulate } = await import('../../src/core/simulate.js');
    await ready();
    const r = simulate('class N:\n    pass\nfor i in range(60):\n    a = N(); a.me = a\nprint("end")\n', { python: '3.14', trace: true });
    const model = buildModel(r.trace!);
    const sm = model.steps.filter((s) => s.kind === 'line').pop()!;
    expect(sm.unreachable.size).toBe(6);
    const note = sm.notes.find((n) => n.startsWith('+'));
    // 60 self-cycles were made; one is still named `a`, six are drawn, the rest are counted
    expect(note).toBe('+53 more garbage: N ×53 (unreachable, not drawn)');
    // the newest are the ones drawn
    const ids = [...sm.unreachable].sort((x, y) => x - y);
    const all = [...sm.heap!.values()].filter((o) => o.type === 'N').map((o) => o.id).sort((x, y) => x - y);
    expect(ids).toEqual(all.slice(all.length - 7, all.length - 1));
  });
});

describe('bound methods', () => {
  it('draw the arrow to __self__ (the reference a bound method holds) and name __func__', async () => {
    const { ready, simulate } = await import('../../src/core/simulate.js');
    await ready();
    const r = simulate('class A:\n    def f(self):\n        return 1\na = A()\nm = a.f\n', { trace: true });
    const model = buildModel(r.trace!);
    const end = model.steps.find((s) => s.note === 'end of program')!;
    const inst = end.objects.find((id) => end.heap!.get(id)!.type === 'A')!;
    const meth = end.objects.find((id) => end.heap!.get(id)!.type === 'method')!;
    expect(end.heap!.get(inst)!.refcount).toBe(2);
    const rows = end.rows.get(meth)!;
    expect(rows.find((x) => x.label === '__self__')).toMatchObject({ target: inst });
    expect(rows.find((x) => x.label === '__self__')!.inline).toBeUndefined();
    expect(rows.find((x) => x.label === '__func__')!.inline).toBe('A.f()');
  });
});

describe('every refcount is accounted for in the picture', () => {
  // Drawn arrows (frame names that count, rows of drawn objects that are not weak) plus
  // what the box says is not drawn equal the refcount, and never exceed it: a running
  // generator's frame is drawn once (on the call stack), 3.14's borrowed names are dotted
  // and not counted, and references the picture cannot show are said in the box.
  const programs = ['mem-004-refcount-function-arg', 'lang-078-generator-basics', 'mem-107-with-exitstack', 'lang-044-class-basic',
    'mem-110-copy-deep-manual', 'mem-152-refcount-attr-chain', 'lang-053-static-classmethod', 'mem-009-refcount-bound-method'];
  for (const name of programs) for (const python of ['3.14', '3.11'] as const) {
    it(`${name} on ${python}`, async () => {
      const { ready, simulate } = await import('../../src/core/simulate.js');
      await ready();
      const src = readFileSync(join(here, '..', 'corpus', `${name}.py`), 'utf8');
      const model = buildModel(simulate(src, { trace: true, python }).trace!);
      const bad: string[] = [];
      for (const sm of model.steps) {
        if (!sm.heap || sm.summary || sm.hidden) continue;
        const arrows = new Map<number, number>();
        const add = (t: number | null, skip?: boolean): void => { if (t !== null && !skip) arrows.set(t, (arrows.get(t) ?? 0) + 1); };
        for (const rows of sm.frameRows) for (const r of rows) add(r.target, r.borrowed || r.more !== undefined);
        for (const id of sm.objects) for (const r of sm.rows.get(id) ?? []) add(r.target, r.weak || r.more !== undefined);
        for (const id of sm.objects) {
          const o = sm.heap.get(id)!;
          if (o.shared) continue;
          // a count heapsnake cannot vouch for is drawn "refcount ?", with nothing said not drawn
          if (o.refcountUnknown) { if (sm.undrawn.has(id)) bad.push(`step ${sm.index + 1}: ${o.type}#${id} refcount ?, said not drawn`); continue; }
          const n = arrows.get(id) ?? 0;
          if (n + (sm.undrawn.get(id) ?? 0) !== o.refcount) bad.push(`step ${sm.index + 1}: ${o.type}#${id} refcount ${o.refcount}, ${n} arrows, ${sm.undrawn.get(id) ?? 0} said not drawn`);
        }
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }
});

describe('the title', () => {
  it('keeps the whole version in a narrow tall picture (it drops "heapsnake ·" first)', async () => {
    const { ready, simulate } = await import('../../src/core/simulate.js');
    await ready();
    // a narrow heap: the tall picture is about 560 px wide, and "step 21/22 · end of program" takes half of it
    const src = ['import gc', '', 'class Person:', '    def __init__(self, name):', '        self.name = name', '        self.friend = None', '',
      '    def __del__(self):', '        print(f"{self.name} is being deleted")', '', 'alice = Person("Alice")', 'bob = Person("Bob")',
      'alice.friend = bob', 'bob.friend = alice', '', 'del alice', 'del bob', 'print("after del")', 'n = gc.collect()', 'print("collected", n)', ''].join('\n');
    const trace = simulate(src, { python: '3.14', trace: true }).trace!;
    const end = trace.steps.findIndex((s) => s.note === 'end of program');
    // (laid out alone, as `render FILE -o out.png` draws one step)
    const l = layoutStep(layoutRun(trace, ms, { layout: 'tall', only: end }), end);
    expect(l.width).toBeLessThan(600);
    const titles = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'title').map((s) => s.text);
    expect(titles.some((t) => t.endsWith(`CPython ${trace.python}`)), titles.join(' | ')).toBe(true);
  });
});
