// Pictures of small learner programs, every step, checked for what a reader would see wrong: a box
// outside the picture, an arrow that is not made of horizontal and vertical lines (the router gave up
// and drew a straight line through the boxes), text cut with … where there is room for it.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { layoutRun, layoutStep, type StepLayout, type TextShape } from '../../src/render/layout.js';
import { CanvasMeasurer, registerFonts } from '../../src/render/fonts.js';
import { crossingCount } from './crossings.js';

registerFonts();
const ms = new CanvasMeasurer();
beforeAll(async () => { await ready(); });

const trace = (src: string, python: '3.14' | '3.11' = '3.14') => simulate(src, { python, trace: true }).trace!;
const allSteps = (src: string, opts: { layout?: 'wide' | 'tall' } = {}, python: '3.14' | '3.11' = '3.14'): StepLayout[] => {
  const run = layoutRun(trace(src, python), ms, opts);
  return run.model.steps.map((_, i) => layoutStep(run, i));
};

/** A function that builds a new list from its argument: its loop iterator fits in left of its list on the call's row. */
const NEWLIST = 'def doubled(xs):\n    out = []\n    for x in xs:\n        out.append(x * 2)\n    return out\n\nnums = [1, 2, 3]\nres = doubled(nums)\nprint(nums, res)\n';
/** Two objects in a cycle, collected: the class body's function (gone at once) and the first Node share a spot. */
const CYCLE = 'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a\ndel b\nprint(gc.collect())\n';

describe('learner pictures', () => {
  it('the end of the program marks the line the module finished on, not the last line a callee ran', () => {
    const src = 'def depth(n):\n    d = 0\n    while n:\n        d += 1\n        n = n.get("p")\n    return d\n\nleaf = {"p": {"p": None}}\nprint(depth(leaf))\n';
    const run = layoutRun(trace(src), ms, {});
    const end = run.model.steps.findIndex((st) => st.kind === 'end' && st.note === 'end of program');
    expect(end).toBeGreaterThan(0);
    expect(run.model.steps[end]!.prevLine).toBe(9);
    // the ▷ marker is drawn on line 9's row
    const l = layoutStep(run, end);
    const marker = l.shapes.find((x) => x.kind === 'text' && (x as TextShape).text === '▷') as TextShape | undefined;
    const nine = l.shapes.find((x) => x.kind === 'text' && (x as TextShape).text === '9') as TextShape | undefined;
    expect(marker && nine && Math.abs(marker.y - nine.y) < 1).toBe(true);
  });

  it('the tall layout keeps every box of every step inside the heap panel (a call\'s list ran off the picture)', () => {
    for (const l of allSteps(NEWLIST, { layout: 'tall' })) {
      expect(l.width).toBeLessThanOrEqual(800);
      const h = l.panels.heap;
      const out = l.boxes.filter((b) => b.rect.x < h.x || b.rect.x + b.rect.w > h.x + h.w || b.rect.y + b.rect.h > h.y + h.h).map((b) => `step ${l.step + 1}: ${b.key}`);
      expect(out).toEqual([]);
    }
  });

  for (const python of ['3.14', '3.11'] as const) {
    it(`an arrow from a box that shares a spot with a box of other steps still goes round the boxes (${python})`, () => {
      const bad: string[] = [];
      for (const l of allSteps(CYCLE, {}, python)) {
        for (const e of l.edges) {
          for (let k = 0; k + 1 < e.points.length; k++) {
            const a = e.points[k], b = e.points[k + 1];
            if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) bad.push(`step ${l.step + 1}: ${e.from}→${e.to} diagonal`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }
});

export const clipped = (l: StepLayout, owner: string): string[] =>
  l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === owner && s.text.endsWith('…')).map((s) => s.text);

const ALIAS = 'a = [1, 2, 3]\nb = a\nb.append(4)\nc = a[:]\nc.append(5)\nprint(a, b, c)\n';
const TREE = 'class TreeNode:\n    def __init__(self, val, parent=None):\n        self.val = val\n        self.parent = parent\n        self.children = []\n        if parent is not None:\n            parent.children.append(self)\n\nroot = TreeNode("root")\na = TreeNode("a", root)\nb = TreeNode("b", root)\nc = TreeNode("c", a)\nprint(len(root.children))\n';

describe('learner pictures: words', () => {
  it('the strip beside the code wraps its words instead of cutting them ("garbage collector · thresh…")', () => {
    for (const python of ['3.14', '3.11'] as const) {
      const ls = allSteps(TREE, {}, python);
      // (the narrow column: the strip as wide as the code panel)
      expect(ls.some((l) => l.panels.strip.w === l.panels.code.w)).toBe(true);
      // (up to the end of the program: the exit collection's account of a cycle may still need more than its four lines)
      const end = ls.findIndex((l) => l.step > 0 && trace(TREE, python).steps[l.step].kind === 'end');
      for (const l of ls.slice(0, end)) expect(clipped(l, 'strip')).toEqual([]);
    }
  });

  it('the strip names an exit collection by the exit, not "line 0"', () => {
    const ls = allSteps(ALIAS);
    const last = ls[ls.length - 1];
    const words = last.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'strip').map((s) => s.text).join(' ');
    expect(words).toContain('last at interpreter exit');
    expect(words).not.toContain('line 0');
  });

  it('with no frames left, the module\'s slot says so in full, and not over "a call\'s frame goes here"', () => {
    const ls = allSteps(ALIAS);
    const last = ls[ls.length - 1];
    const slot = last.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'slot0').map((s) => s.text);
    expect(slot.join(' ')).toBe('no frames: the program has ended');
    expect(clipped(last, 'heap')).toEqual([]);
  });

  it('a freed object\'s reason takes the freed list\'s spare rows instead of being cut after two', () => {
    // (six objects in a tall column beside narrow code; before the end: the exit fills the list, its rows all taken)
    const MANY = 'class N:\n    pass\na = N()\nb = N()\nc = N()\nd = N()\ne = N()\nf = N()\nx = [a, b, c, d, e, f]\n';
    const before = (python: '3.14' | '3.11') => { const t = trace(MANY, python); return allSteps(MANY, {}, python).filter((l) => t.steps[l.step].kind !== 'end'); };
    const ls = [...before('3.14'), ...before('3.11')].filter((x) => x.panels.freed.w === x.panels.code.w && x.shapes.some((s) => s.kind === 'text' && s.owner === 'freed' && (s as TextShape).text.startsWith('function#')));
    expect(ls.length).toBeGreaterThan(3);
    for (const l of ls) expect(clipped(l, 'freed')).toEqual([]);
  });
});

describe('learner pictures: names', () => {
  it('the freed list names an object whose value is only its type once ("range_iterator#2", not "range_iterator#2 range_iterator")', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const { freedName } = await import('../../src/render/layout.js');
    const model = buildModel(trace('xs = []\nfor i in range(3):\n    xs.append(i)\nprint(xs)\n'));
    const it = model.freed.find((f) => f.type === 'range_iterator');
    expect(it).toBeDefined();
    expect(freedName(model, it!.id)).toMatch(/^range_iterator#\d+$/);
  });

  it('the alt text names an exit collection by the exit, not "line 0"', async () => {
    const { altText } = await import('../../src/render/index.js');
    const t = trace(ALIAS);
    const alt = altText(t, t.steps.length - 1);
    expect(alt).toContain('last at interpreter exit');
    expect(alt).not.toContain('line 0');
  });
});

describe('learner pictures: numbers', () => {
  it('the ghost of an object freed by its count says refcount 0, not the 2 its __del__ saw', () => {
    const DEL = 'class Res:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("closing", self.name)\n\nr = Res("file")\ns = r\ndel r\nprint("still alive")\ns = None\nprint("end")\n';
    for (const python of ['3.14', '3.11'] as const) {
      const ls = allSteps(DEL, {}, python);
      const ghostSteps = ls.filter((l) => l.boxes.some((b) => b.kind === 'ghost'));
      expect(ghostSteps.length).toBeGreaterThan(0);
      for (const l of ghostSteps) {
        const g = l.boxes.find((b) => b.kind === 'ghost')!;
        const footer = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === g.key && s.text.startsWith('refcount'));
        expect(footer.map((s) => s.text.split(' · ')[0])).toEqual(['refcount 0']);
      }
    }
  });
});

describe('learner pictures: a generator resumed by next()', () => {
  const GEN = 'def count_up(n):\n    total = 0\n    for i in range(n):\n        total += i\n        yield total\n\ng = count_up(5)\nprint(next(g))\nprint(next(g))\nx = next(g)\nprint(x)\n';
  it('its box says in full that it is running (its value wraps instead of being cut)', () => {
    const ls = allSteps(GEN);
    const running = ls.filter((l) => l.shapes.some((s) => s.kind === 'text' && (s as TextShape).text.includes('running')));
    expect(running.length).toBeGreaterThan(2);
    for (const l of running) {
      const g = l.boxes.find((b) => b.kind === 'object' && l.shapes.some((s) => s.kind === 'text' && s.owner === b.key && (s as TextShape).text === 'generator'))!;
      expect(clipped(l, g.key)).toEqual([]);
      const words = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === g.key).map((s) => s.text).join(' ');
      expect(words).toContain('running (its frame is on the call stack)');
    }
  });
  it('the module\'s reference to it while next(g) runs it is not called a loop iterator (there is no loop)', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const model = buildModel(trace(GEN));
    const inGen = model.steps.filter((s) => s.frames.length === 2 && s.frames[0].name === 'count_up');
    expect(inGen.length).toBeGreaterThan(2);
    for (const s of inGen) {
      const labels = s.frames[1].locals.map(([k]) => k);
      expect(labels).not.toContain('(loop iterator)');
      expect(labels).toContain('(generator being run)');
    }
  });
});

describe('learner pictures: a suspended generator', () => {
  it('names its frame\'s loop iterator as the running frame did, not "stack[0]"', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const GEN = 'def squares(n):\n    for i in range(n):\n        yield i * i\n\ngen = squares(5)\nfirst = next(gen)\nsecond = next(gen)\n';
    const model = buildModel(trace(GEN));
    const labels = new Set<string>();
    for (const s of model.steps) for (const rows of s.rows.values()) for (const r of rows) if (r.group === 'suspended frame') labels.add(r.label);
    expect(labels.has('(loop iterator)')).toBe(true);
    expect([...labels].filter((l) => l.startsWith('stack['))).toEqual([]);
  });
});

describe('learner pictures: wrapped words', () => {
  it('a wrapped freed-list line keeps "(step N)" together', () => {
    const LOOPS = 'fns = []\nfor i in range(3):\n    fns.append(lambda: i)\nprint([f() for f in fns])\nfixed = []\nfor i in range(3):\n    fixed.append(lambda i=i: i)\nprint([f() for f in fixed])\n';
    const ls = allSteps(LOOPS);
    const rows = ls.flatMap((l) => l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'freed').map((s) => s.text));
    expect(rows.some((t) => /\(step\s\d+\)/.test(t))).toBe(true);
    expect(rows.filter((t) => /\(step$/.test(t) || /^\d+\)$/.test(t))).toEqual([]);
  });
});

describe('learner pictures: the freed list', () => {
  it('gives what was freed at this step its rows before older lines (the step\'s own line was cut with …)', () => {
    const EXC = 'def risky(x):\n    items = [x, x * 2]\n    if x > 1:\n        raise ValueError("too big")\n    return items\n\ntry:\n    risky(5)\nexcept ValueError as e:\n    msg = str(e)\n    print("caught", msg)\nprint("done")\n';
    const t = trace(EXC);
    const end = t.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
    // (as the CLI draws one picture: laid out for that step only, the freed list under the heap, six rows)
    const run = layoutRun(t, ms, { only: end });
    const l = layoutStep(run, end);
    const rows = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'freed');
    const bold = rows.filter((s) => s.bold && s.text !== 'freed objects and why');
    expect(bold.length).toBeGreaterThan(0);
    expect(bold.filter((s) => s.text.endsWith('…'))).toEqual([]);
    // (and the rows stay inside the panel)
    expect(rows.every((s) => s.y + s.size * 1.2 <= l.panels.freed.y + l.panels.freed.h)).toBe(true);
  });
});

describe('learner pictures: the caller\'s stack', () => {
  it('names the function a call is running "(function being called)", not "(temporary)"', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const WORK = 'def work():\n    big = [0] * 5\n    alias = big\n    del big\n    print(len(alias))\n    return 1\n\nwork()\nprint("ok")\n';
    for (const python of ['3.14', '3.11'] as const) {
      const model = buildModel(trace(WORK, python));
      const inCall = model.steps.filter((s) => s.frames.length === 2 && s.frames[0].name === 'work');
      expect(inCall.length).toBeGreaterThan(2);
      for (const s of inCall) {
        const rows = s.frames[1].locals.filter(([, id]) => s.heap?.get(id)?.type === 'function').map(([k]) => k);
        expect(rows).toEqual(['work', '(function being called)']);
      }
    }
  });
});

describe('learner pictures: an empty freed list', () => {
  it('does not say "nothing freed yet" once a line made and freed temporaries', () => {
    const GRID = 'grid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n';
    const ls = allSteps(GRID);
    const words = (l: StepLayout) => l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'freed').map((s) => s.text).join(' ');
    // (after line 1: the [0] list and the [[0, 0, 0]] list were made and freed within it)
    const after1 = ls.find((l) => trace(GRID).steps[l.step].line === 2)!;
    expect(words(after1)).not.toContain('nothing freed yet');
    expect(words(after1)).toContain('nothing drawn has been freed yet (2 temporaries were');
    expect(words(ls[0])).toContain('nothing freed yet');
  });
});

describe('learner pictures: a ghost', () => {
  it('names the live object its row pointed to instead of a bare "·"', () => {
    const PETS = 'class Animal:\n    def __init__(self, name):\n        self.name = name\n\npets = [Animal("tom"), Animal("gen")]\nfor p in pets:\n    print(p.name)\n';
    const ls = allSteps(PETS).filter((l) => l.boxes.some((b) => b.kind === 'ghost' && l.shapes.some((s) => s.kind === 'text' && s.owner === b.key && (s as TextShape).text === 'list_iterator')));
    expect(ls.length).toBeGreaterThan(0);
    for (const l of ls) {
      const g = l.boxes.find((b) => b.kind === 'ghost')!;
      const words = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === g.key).map((s) => s.text);
      expect(words).not.toContain('·');
      expect(words.some((w) => /^list#\d+$/.test(w))).toBe(true);
    }
  });
});

describe('learner pictures: a linked list', () => {
  it('draws every node of a ten-node list, not five and "⋯ 5 more deeper"', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const LINKED = 'class Node:\n    def __init__(self, val, nxt=None):\n        self.val = val\n        self.next = nxt\n\nhead = None\nfor v in range(10):\n    head = Node(v, head)\nprint(head.val)\n';
    const model = buildModel(trace(LINKED));
    const end = model.steps.find((s) => s.kind === 'end' && s.note === 'end of program')!;
    expect(end.objects.filter((id) => end.heap!.get(id)!.type === 'Node').length).toBe(10);
    expect(end.hidden).toBe(0);
  });
});

describe('learner pictures: the alt text', () => {
  it('says a running generator\'s state in full, as its box does', async () => {
    const { altText } = await import('../../src/render/index.js');
    const GEN = 'def count_up(n):\n    total = 0\n    for i in range(n):\n        total += i\n        yield total\n\ng = count_up(5)\nprint(next(g))\n';
    const t = trace(GEN);
    const inGen = t.steps.findIndex((s) => s.line === 5);
    const alt = altText(t, inGen);
    expect(alt).toContain('count_up() running (its frame is on the call stack)');
    expect(alt).toContain('(generator being run) → generator#');
  });
});

describe('learner pictures: a small ghost', () => {
  it('is wide enough to say why it was freed (a tuple\'s ghost said "freed: refcount …")', () => {
    const PAIRS = 'pairs = []\nfor i in range(3):\n    pairs.append((i, str(i)))\nfirst = pairs[0]\npairs.clear()\nprint(first)\n';
    for (const layout of ['wide', 'tall'] as const) {
      const ls = allSteps(PAIRS, { layout }).filter((l) => l.boxes.some((b) => b.kind === 'ghost'));
      expect(ls.length).toBeGreaterThan(0);
      for (const l of ls) for (const g of l.boxes.filter((b) => b.kind === 'ghost')) expect(clipped(l, g.key)).toEqual([]);
    }
  });
});

describe('learner pictures: a nested function\'s frame', () => {
  it('is titled with its own name when its qualified name does not fit, not cut with …', () => {
    const COUNTER = 'def make_counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\n\nc1 = make_counter()\nc1()\nprint(c1())\n';
    const ls = allSteps(COUNTER);
    const inInc = ls.filter((l) => l.shapes.some((s) => s.kind === 'text' && /^frame\d$/.test(s.owner ?? '') && ((s as TextShape).text === 'inc()' || (s as TextShape).text.startsWith('make_counter.'))));
    expect(inInc.length).toBeGreaterThan(2);
    for (const l of inInc) for (let d = 0; d < 3; d++) expect(clipped(l, `frame${d}`)).toEqual([]);
  });
});

/**
 * The box a name of the module's frame points to at a step, and the other boxes of a type, at that step's layout.
 */
const boxesAt = (src: string, name: string, type: string, opts: { layout?: 'wide' | 'tall'; only?: boolean }, step: 'end' | number = 'end') => {
  const tr = trace(src);
  const probe = layoutRun(tr, ms, {});
  const i = step === 'end' ? probe.model.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program') : step;
  const run = opts.only ? layoutRun(tr, ms, { layout: opts.layout, only: i }) : layoutRun(tr, ms, { layout: opts.layout });
  const sm = run.model.steps[i];
  const l = layoutStep(run, i);
  const mod = sm.frames.length - 1;
  const id = sm.frameRows[mod].find((r) => r.label === name)!.target!;
  const rect = (k: number) => l.boxes.find((b) => b.id === k && b.kind === 'object')!.rect;
  const others = sm.objects.filter((k) => k !== id && sm.heap!.get(k)!.type === type);
  return { held: rect(id), others: others.map((k) => ({ id: k, rect: rect(k) })) };
};
/** Is box a before box b as a reader goes: wide, by columns left to right, each top down; tall, by rows. */
const readsBefore = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }, tall: boolean): boolean => {
  const [a0, a1, b0, b1] = tall ? [a.y, a.x, b.y, b.x] : [a.x, a.y, b.x, b.y];
  const [aw, bw] = tall ? [a.h, b.h] : [a.w, b.w];
  // (another column — row — when the two do not overlap across it)
  if (a0 + aw <= b0) return true;
  if (b0 + bw <= a0) return false;
  return a1 < b1;
};
const PARENT_TREE = 'class Node:\n    def __init__(self, name, parent=None):\n        self.name = name\n        self.parent = parent\n        self.children = []\n        if parent is not None:\n            parent.children.append(self)\n\nroot = Node("root")\na = Node("a", root)\nb = Node("b", root)\nc = Node("c", a)\ndel a, b, c\nprint(len(root.children))\n';
const ADD_TREE = 'class TreeNode:\n    def __init__(self, value):\n        self.value = value\n        self.parent = None\n        self.children = []\n\n    def add(self, value):\n        child = TreeNode(value)\n        child.parent = self\n        self.children.append(child)\n        return child\n\nroot = TreeNode(1)\nleft = root.add(2)\nright = root.add(3)\nleaf = left.add(4)\nprint(leaf.parent.parent.value)\n';
const PREV_FIRST = 'class Node:\n    def __init__(self, value, prev=None):\n        self.prev = prev\n        self.value = value\n        self.next = None\n        if prev is not None:\n            prev.next = self\n\nhead = Node("a")\ntail = Node("b", head)\ntail = Node("c", tail)\ntail = Node("d", tail)\nprint(tail.prev.prev.value, head.next.value)\n';
const OWNER = 'class Owner:\n    def __init__(self):\n        self.item = Item(self)\n\nclass Item:\n    def __init__(self, owner):\n        self.owner = owner\n\no = Owner()\nprint(o.item.owner is o)\n';

describe('learner pictures: a structure with back references', () => {
  const cases: [string, string, string, string][] = [
    ['a tree whose nodes hold their parent draws the root first, not the deepest child', PARENT_TREE, 'root', 'Node'],
    ['a tree built by add() draws the root first', ADD_TREE, 'root', 'TreeNode'],
    ['a doubly linked list whose .prev is set first draws its head first', PREV_FIRST, 'head', 'Node'],
    ['an object holding an item that refers back to it is drawn before the item', OWNER, 'o', 'Item'],
  ];
  for (const [title, src, name, type] of cases) {
    for (const layout of ['wide', 'tall'] as const) for (const only of [false, true]) {
      it(`${title} (${layout}${only ? ', --step' : ''})`, () => {
        const { held, others } = boxesAt(src, name, type, { layout, only });
        expect(others.length).toBeGreaterThan(0);
        expect(others.filter((o) => !readsBefore(held, o.rect, layout === 'tall')).map((o) => `#${o.id} before ${name}`)).toEqual([]);
      });
    }
  }
});

describe('learner pictures: a tree while a child is being added', () => {
  // (a picture of one step weighed what the frames point to alike: the module's `left` and add()'s `self` put the
  // child above the module's `root`)
  for (const layout of ['wide', 'tall'] as const) {
    it(`draws the root first at a step inside add() (${layout}, --step)`, () => {
      const model = layoutRun(trace(ADD_TREE), ms, {}).model;
      // (the last step with three frames: the module, add() and TreeNode.__init__, the new leaf half made)
      const i = model.steps.map((s) => s.frames.length).lastIndexOf(3);
      expect(i).toBeGreaterThan(0);
      const { held, others } = boxesAt(ADD_TREE, 'root', 'TreeNode', { layout, only: true }, i);
      expect(others.length).toBeGreaterThan(1);
      expect(others.filter((o) => !readsBefore(held, o.rect, layout === 'tall')).map((o) => `#${o.id} before root`)).toEqual([]);
    });
  }
});

describe('learner pictures: a doubly linked list at every step', () => {
  // (a picture of one step counted the module's `tail` and its three (temporary) rows of the call being made as
  // four holds against `head`'s one, and a chain stacked by `.prev` with one back link in two stayed tail first)
  for (const layout of ['wide', 'tall'] as const) {
    it(`draws its head before the nodes that hang from it at each step (--step) (${layout})`, () => {
      const tr = trace(PREV_FIRST);
      const steps = layoutRun(tr, ms, {}).model.steps;
      const bad: string[] = [];
      let checked = 0;
      steps.forEach((sm0, i) => {
        if (!sm0.heap) return;
        const head = sm0.frameRows[sm0.frames.length - 1]?.find((r) => r.label === 'head')?.target;
        if (head === undefined || head === null) return;
        // (the nodes reachable from head through the drawn rows: a node being made, not yet linked, is left out)
        const from = new Set<number>([head]);
        for (const q = [head]; q.length;) for (const r of sm0.rows.get(q.pop()!) ?? []) if (r.target !== null && !from.has(r.target)) { from.add(r.target); q.push(r.target); }
        if (sm0.objects.filter((k) => sm0.heap!.get(k)!.type === 'Node' && from.has(k)).length < 2) return;
        checked++;
        const { held, others } = boxesAt(PREV_FIRST, 'head', 'Node', { layout, only: true }, i);
        for (const o of others) if (from.has(o.id) && !readsBefore(held, o.rect, layout === 'tall')) bad.push(`step ${i + 1}: #${o.id} before head`);
      });
      expect(checked).toBeGreaterThan(3);
      expect(bad).toEqual([]);
    });
  }
});

describe('learner pictures: the live heap\'s count', () => {
  // (the strip's "live heap: … in N objects" counted a class's methods, its attribute-name tuple and a function's
  // defaults, which no box draws: 11 objects over 7 boxes)
  const said = (l: StepLayout): { total: number; drawn: number } => {
    const text = l.shapes.filter((s): s is TextShape => s.kind === 'text' && s.owner === 'strip').map((s) => s.text).join(' ');
    const m = /live heap: .*? in (\d+) objects?(?:, (none|\d+) drawn)?/.exec(text)!;
    expect(m, text).not.toBeNull();
    return { total: Number(m[1]), drawn: m[2] === undefined ? Number(m[1]) : m[2] === 'none' ? 0 : Number(m[2]) };
  };
  for (const [title, src] of [['a parent-pointer tree', PARENT_TREE], ['an object with a back-referencing item', OWNER], ['a collected cycle', CYCLE]] as const) {
    for (const layout of ['wide', 'tall'] as const) {
      it(`says how many of the objects it counts the picture draws, at every step: ${title} (${layout})`, () => {
        const bad: string[] = [];
        let fewer = 0;
        for (const l of allSteps(src, { layout })) {
          const { total, drawn } = said(l);
          const boxes = l.boxes.filter((b) => b.kind === 'object').length;
          if (drawn !== boxes) bad.push(`step ${l.step + 1}: says ${drawn} drawn of ${total}, draws ${boxes}`);
          if (boxes < total) fewer++;
        }
        expect(bad).toEqual([]);
        // (the programs have objects no box draws: the check is not empty)
        expect(fewer).toBeGreaterThan(0);
      });
    }
  }
  it('the alt text says it too, and does not call a heap of undrawn objects empty', async () => {
    const { buildModel } = await import('../../src/render/model.js');
    const { describeStep } = await import('../../src/render/alt.js');
    // (the class's __init__ lives on, held by the class, and no box draws it)
    const model = buildModel(trace('class Node:\n    def __init__(self):\n        self.x = 1\n\nprint(Node)\n'));
    const end = model.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
    const alt = describeStep(model, end);
    expect(model.steps[end].objects).toEqual([]);
    expect(alt).toMatch(/Live heap: [1-9]\d* objects?, [^;.]*; none of them drawn\./);
    expect(alt).not.toContain('No objects of the program on the heap');
  });
});

describe('learner pictures: crossing arrows (wide)', () => {
  // (the wide layout routed each arrow once, around the ones before it: an early arrow could not give way to a later
  // one, and these pictures drew 2–4 crossings each where the arrows can all go round each other; the tall layout
  // already routed the crossing ones again, around all the others)
  for (const f of ['005_small_ints', '035_del_order', '041_mutable_default_fix', '066_func_arg_mutation', '099_return_keeps']) {
    it(`${f}: no arrow crosses another at the end of the program`, async () => {
      const { readFileSync } = await import('node:fs');
      const tr = trace(readFileSync(new URL(`../learn-probe/${f}.py`, import.meta.url), 'utf8'));
      const run = layoutRun(tr, ms, {});
      const end = run.model.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
      expect(crossingCount(layoutStep(run, end))).toBe(0);
    });
  }
});
