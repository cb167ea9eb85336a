// Reachability in the picture. A weak reference does not keep its object reachable: an object the picture meets only through a
// weakref's dashed arrow is marked unreachable when no name reaches it (it was drawn as a live box),
// and stays live when a name reaches it through rows the picture summarises ("+N more").
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../../src/core/simulate.js';
import { buildModel } from '../../src/render/model.js';
import { describeStep } from '../../src/render/alt.js';

beforeAll(async () => { await ready(); });

/** The picture at the end of the program, or (`lastLine`) at its last line, while the module's code still runs. */
function lastStep(src: string, lastLine = false) {
  const r = simulate(src, { python: '3.14', trace: true });
  const model = buildModel(r.trace!);
  const end = r.trace!.steps.findIndex((s) => s.note === 'end of program');
  const i = lastLine && end > 0 ? end - 1 : end;
  const step = i >= 0 ? i : r.trace!.steps.length - 1;
  const sm = model.steps[step];
  const heap = new Map(r.trace!.steps[step].heap!.map((o) => [o.id, o]));
  const ofType = (t: string): number[] => sm.objects.filter((id) => heap.get(id)?.type === t);
  return { sm, ofType, alt: describeStep(model, step) };
}

describe('weak references and reachability in the picture', () => {
  it('a self-cycle only a weakref points to is drawn unreachable', () => {
    const { sm, ofType, alt } = lastStep('import gc, weakref\ngc.disable()\nclass Node:\n    pass\na = Node()\na.me = a\nr = weakref.ref(a)\ndel a\nx = 1\n');
    const nodes = ofType('Node');
    expect(nodes).toHaveLength(1);
    expect(sm.unreachable.has(nodes[0])).toBe(true);
    expect(alt).toMatch(/UNREACHABLE/);
    expect(alt).not.toMatch(/weakref → Node#\d/); // the referent is named as drawn, in its row
  });
  const IMAGES = 'import gc\ngc.disable()\nclass Image:\n    def __init__(self, name):\n        self.name = name\na = Image("cat.png")\ndel a\nb = Image("dog.png")\nb.me = b\ndel b\nx = 1\n';
  it('a str a code constant still holds is not garbage, drawn or not', () => {
    const { sm, ofType, alt } = lastStep(IMAGES, true);
    // the freed Image's name is kept by the module's constants: not drawn as unreachable garbage
    expect(alt).not.toMatch(/'cat\.png'[^;]*UNREACHABLE/);
    // the garbage Image is unreachable; its name, also a constant, is not
    const imgs = ofType('Image');
    expect(imgs.length).toBe(1);
    expect(sm.unreachable.has(imgs[0])).toBe(true);
    for (const id of ofType('str')) expect(sm.unreachable.has(id)).toBe(false);
  });
  it('once the script has ended, its code constants are gone: a str only garbage holds is garbage', () => {
    // Python/pythonrun.c: run_mod frees the module's code object when the script ends (core/codeexit.ts)
    const { sm, ofType } = lastStep(IMAGES);
    const strs = ofType('str');
    expect(strs.length).toBe(1); // 'dog.png', in the garbage Image; 'cat.png' was freed with the constants
    expect(sm.unreachable.has(strs[0])).toBe(true);
  });
  it('an object held in a long list (rows summarised) and also weakly referenced is live', () => {
    const { sm, ofType } = lastStep('import weakref\nclass Node:\n    pass\nkeep = [Node() for i in range(30)]\nr = weakref.ref(keep[15])\n');
    const nodes = ofType('Node');
    expect(nodes.length).toBeGreaterThan(0);
    for (const id of nodes) expect(sm.unreachable.has(id)).toBe(false);
  });
});

describe('freed objects are named by what they were', () => {
  it("a class body's function and a lambda are named in the freed list, not just function#N", () => {
    const { alt } = lastStep('class Box:\n    pass\nf = lambda: 1\ndel f\nx = 1\n');
    expect(alt).toMatch(/function#\d+ body of class Box \(freed at line 1/);
    expect(alt).toMatch(/function#\d+ <lambda>\(\) \(freed at line 4/);
  });
});
