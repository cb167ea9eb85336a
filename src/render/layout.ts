// Pure layout of the heap picture. `layoutRun` places every panel and every object
// once for the whole run (so stepping never moves a box); `layoutStep` turns one
// step into a display list (rectangles, texts, arrows) that draw.ts paints and the
// tests check (no overlaps, arrows on their boxes, text inside its box).
//
// Box placement uses dagre (@dagrejs/dagre): layered ranks left to right, crossing
// reduction and coordinates; arrows are routed here (route.ts) from the slot they
// start at, around the boxes, to the object they point to. dagre ranks units
// (units.ts), not single boxes: a linked list is one unit, its nodes stacked in link
// order with each node's leaves beside it, so it reads as a chain.
//
// `node scripts/layout-quality.mjs [--dist DIR] [FILE.py …]` prints each picture's
// size and arrow crossings (examples and golden snippets, both layouts, both versions):
// the figures to compare before and after a layout change.

import dagre from '@dagrejs/dagre';
import type { ObjSnap } from '../core/trace.js';
import { Router, nudge, type Pt, type Rect } from './route.js';
import { initialOrder, sweepOrder, type LayerGraph } from './order.js';
import { buildUnits, walkFromFrames, type Unit } from './units.js';
import type { Measurer, FontKind } from './fonts.js';
import {
  buildModel, isCachedValue, isLeaf, clip, MORE_FRAMES, type RunModel, type StepModel, type RowModel, type ModelOptions, type FreeInfo,
} from './model.js';

export type { Pt, Rect };

export type Role =
  | 'bg' | 'panel' | 'panelBorder' | 'title' | 'text' | 'muted' | 'faint'
  | 'box' | 'boxBorder' | 'boxHeader' | 'frame' | 'frameBorder'
  | 'shared' | 'sharedBorder' | 'ghost' | 'ghostBorder' | 'cross'
  | 'unreach' | 'ref' | 'weak' | 'gc' | 'curLine' | 'curLineText' | 'prevLine'
  | 'bytes' | 'objects' | 'bar' | 'barBg' | 'threshold' | 'focus' | 'badge' | 'badgeText' | 'port' | 'summary';

export interface RectShape {
  kind: 'rect';
  x: number; y: number; w: number; h: number;
  fill?: Role; stroke?: Role; lineWidth?: number; dash?: number[]; radius?: number;
  /** Draw a cross over the rectangle (freed objects). */
  cross?: boolean;
  /** Diagonal hatching (ghosts), a pattern as well as a colour. */
  hatch?: boolean;
  /** A second outline inside the first (shared objects). */
  double?: boolean;
  owner?: string;
}
export interface TextShape {
  kind: 'text';
  x: number; y: number; w: number; size: number; font: FontKind; bold?: boolean;
  text: string; color: Role; align?: 'left' | 'right' | 'center';
  /** Key of the box or panel the text must stay inside. */
  owner?: string;
  strike?: boolean;
}
export interface PathShape {
  kind: 'path';
  points: Pt[]; stroke: Role; lineWidth: number; dash?: number[];
  arrow?: boolean; rounded?: boolean; fill?: Role; closed?: boolean;
  owner?: string;
}
export interface CircleShape { kind: 'circle'; x: number; y: number; r: number; fill?: Role; stroke?: Role; lineWidth?: number; owner?: string }
export type Shape = RectShape | TextShape | PathShape | CircleShape;

/** A box as the tests see it. */
export interface BoxInfo {
  key: string;
  /** Object id (trace id) or null for frames. */
  id: number | null;
  kind: 'object' | 'shared' | 'frame' | 'ghost';
  rect: Rect;
}
export interface EdgeInfo {
  from: string;
  to: string;
  points: Pt[];
  weak: boolean;
}

export interface StepLayout {
  width: number;
  height: number;
  shapes: Shape[];
  boxes: BoxInfo[];
  edges: EdgeInfo[];
  /** Panels by name, for tests. */
  panels: Record<string, Rect>;
  step: number;
}

export interface LayoutOptions extends ModelOptions {
  /** 'wide' (default) or 'tall' (≤ 800 px wide, for phones). */
  layout?: 'wide' | 'tall';
  /** Focus an object: a local name ("x") or "#n" (display number). */
  focus?: string;
  /**
   * Place only the objects of this step (a picture on its own, most compact); by
   * default every object of the run has its place, so stepping never moves a box.
   */
  only?: number;
}

// ---------------------------------------------------------------------------
// Metrics (px at 1×)

const M = {
  pad: 16, gap: 14,
  font: 13, small: 13, head: 14, title: 16,
  headerH: 24, rowH: 20, footH: 20, padX: 8,
  boxMinW: 120, boxMaxW: 330,
  chipH: 26,
  rankSep: 50, nodeSep: 22,
  codeLineH: 20, codeWindow: 22, codeMaxChars: 46,
  stripH: 132,
  freedLineH: 20, freedMax: 6,
  frameW: 150,
};

// ---------------------------------------------------------------------------
// Box contents

interface BoxRow { label: string; inline?: string; more?: string; group?: string; target: number | null; weak?: boolean }
interface BoxSpec {
  title: string;
  idText: string;
  badge?: string;
  value?: string;
  rows: BoxRow[];
  footer: string;
  chip?: boolean;
}

function fmtBytes(n: number): string {
  if (n < 10_000) return `${n} B`;
  if (n < 10_000_000) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}

function rowLabel(label: string): string {
  // ['key'] → 'key' ; [0] stays ; .attr stays
  const m = /^\[(.*)\]$/.exec(label);
  if (m && m[1].startsWith("'")) return m[1];
  return label;
}

function objectSpec(o: ObjSnap, rows: RowModel[], model: RunModel, heap: Map<number, ObjSnap> | null, undrawn = 0): BoxSpec {
  const meta = model.meta.get(o.id);
  const idText = meta && meta.display ? `#${meta.display}` : '';
  if (o.shared && isCachedValue(o)) {
    const title = ['NoneType', 'bool'].includes(o.type) ? '' : o.type;
    return { title, idText: '', value: o.value, rows: [], footer: '', chip: true, badge: chipBadge(o, model) };
  }
  const parts: string[] = [];
  // a count heapsnake cannot vouch for is not drawn as a number (trace.ts: refcountUnknown)
  if (!o.shared) parts.push(o.refcountUnknown ? 'refcount ?' : undrawn ? `refcount ${o.refcount} (${undrawn} not drawn)` : `refcount ${o.refcount}`);
  let size = o.size;
  // A folded instance __dict__ counts in the picture's bytes.
  let dictBytes = 0;
  if (heap) for (const [l, t] of o.refs) if (l === '__dict__') { const d = heap.get(t); if (d && d.size) dictBytes += d.size; }
  if (size !== null) parts.push(dictBytes ? `${fmtBytes(size)} + dict ${fmtBytes(dictBytes)}` : fmtBytes(size));
  if (o.tracked && o.generation !== null) parts.push(o.generationUnsure ? 'gen ?' : `gen ${o.generation}`);
  const leaf = isLeaf(o);
  const hasRows = rows.length > 0;
  let value: string | undefined;
  if (leaf || !hasRows || ['str', 'int', 'float', 'bytes', 'range', 'generator', 'complex', 'bool', 'traceback', 'frame'].includes(o.type)) value = o.value;
  if (o.type === 'generator' || o.type === 'coroutine') value = o.value;
  if (/weakref|ReferenceType/.test(o.type)) value = o.value.startsWith('dead') ? 'dead: its object was freed' : 'weak reference';
  if (value !== undefined && o.value === `${o.type} object`) value = undefined;
  return {
    title: o.type, idText, value, footer: parts.join(' · '),
    rows: rows.map((r) => ({ label: r.label === '⋯' ? '⋯' : rowLabel(r.label), inline: r.inline, more: r.more, group: r.group, target: r.target, weak: r.weak })),
  };
}

interface Dim { w: number; h: number }

function specDim(spec: BoxSpec, ms: Measurer): Dim {
  if (spec.chip) {
    const w = M.padX * 2 + (spec.title ? ms.width(spec.title, 'sans', M.small) + 8 : 0) + ms.width(clip(spec.value ?? '', 24), 'mono', M.font) + 8 + 18;
    return { w: Math.max(64, Math.ceil(w)), h: M.chipH };
  }
  let w = ms.width(spec.title, 'sans', M.head, true) + 12 + ms.width(spec.idText, 'mono', M.font) + (spec.badge ? 24 : 0);
  if (spec.value !== undefined) w = Math.max(w, ms.width(spec.value, 'mono', M.font));
  w = Math.max(w, ms.width(spec.footer, 'mono', M.small));
  let groups = 0;
  let lastGroup: string | undefined;
  for (const r of spec.rows) {
    if (r.group && r.group !== lastGroup) groups++;
    lastGroup = r.group;
    const lw = ms.width(r.label, 'mono', M.font) + (r.group ? 10 : 0);
    const rw = r.more ? ms.width(r.more, 'mono', M.font) + 8 : r.inline !== undefined ? 12 + ms.width(r.inline, 'mono', M.font) : 22;
    w = Math.max(w, lw + rw + 6);
  }
  w = Math.min(M.boxMaxW, Math.max(M.boxMinW, Math.ceil(w + 2 * M.padX)));
  const valueRows = spec.value !== undefined ? valueLines(spec.value, ms, w - 2 * M.padX).length : 0;
  const h = M.headerH + valueRows * M.rowH + (spec.rows.length + groups) * M.rowH + (spec.footer ? M.footH : 0) + 4;
  return { w, h };
}

/** The line a ghost says why it was freed on. */
function ghostLine(f: FreeInfo | undefined): string {
  return f ? (f.reason === 'gc' ? 'collected by gc' : f.reason === 'exit' ? 'freed at exit' : 'freed: refcount → 0') : 'freed';
}

/** At most this many rows for a box's value (the last one cut with … past them). */
const VALUE_ROWS = 3;

/**
 * A box's value in rows at most maxW wide: a value wider than the widest box goes on to the next rows instead
 * of being cut ("count_up() running (its frame is on the…" hid why the generator could not be resumed).
 */
function valueLines(value: string, ms: Measurer, maxW: number): string[] {
  const lines = wrapBy((t) => ms.width(t, 'mono', M.font), value, maxW);
  return lines.length > VALUE_ROWS ? [...lines.slice(0, VALUE_ROWS - 1), lines.slice(VALUE_ROWS - 1).join(' ')] : lines;
}

/** Two specs that draw the same box. */
function sameSpec(a: BoxSpec, b: BoxSpec): boolean {
  if (a.title !== b.title || a.idText !== b.idText || a.badge !== b.badge || a.value !== b.value || a.footer !== b.footer || a.chip !== b.chip) return false;
  if (a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.rows.length; i++) {
    const r = a.rows[i], q = b.rows[i];
    if (r.label !== q.label || r.inline !== q.inline || r.more !== q.more || r.group !== q.group || r.target !== q.target || r.weak !== q.weak) return false;
  }
  return true;
}

/** Everything objectSpec reads of an object at a step (model metadata aside, fixed for the run). */
interface SpecInput { o: ObjSnap; rows: RowModel[]; dictBytes: number; undrawn: number }

/** The size of a folded instance __dict__ (objectSpec adds it to the footer). */
function dictBytesOf(o: ObjSnap, heap: Map<number, ObjSnap>): number {
  let n = 0;
  for (let i = 0; i < o.refs.length; i++) if (o.refs[i][0] === '__dict__') { const d = heap.get(o.refs[i][1]); if (d && d.size) n += d.size; }
  return n;
}

function sameInput(a: SpecInput, b: SpecInput): boolean {
  const p = a.o, q = b.o;
  if (p !== q && (p.type !== q.type || p.value !== q.value || p.refcount !== q.refcount || p.refcountUnknown !== q.refcountUnknown || p.size !== q.size || p.tracked !== q.tracked ||
    p.generation !== q.generation || p.generationUnsure !== q.generationUnsure || p.shared !== q.shared || p.finalized !== q.finalized)) return false;
  if (a.dictBytes !== b.dictBytes || a.undrawn !== b.undrawn || a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.rows.length; i++) {
    const r = a.rows[i], s = b.rows[i];
    if (r.label !== s.label || r.inline !== s.inline || r.more !== s.more || r.group !== s.group || r.target !== s.target || r.weak !== s.weak) return false;
  }
  return true;
}

const ROW_OFFSETS = new WeakMap<BoxSpec, number[]>();
/** rowOffsets, once per spec (specs are shared by the steps an object looks the same in). */
function rowOffsetsOf(spec: BoxSpec): number[] {
  let o = ROW_OFFSETS.get(spec);
  if (!o) { o = rowOffsets(spec); ROW_OFFSETS.set(spec, o); }
  return o;
}

/** The centre of each row of a box, from the box's top. */
function rowOffsets(spec: BoxSpec): number[] {
  const out: number[] = [];
  let y = M.headerH + (spec.value !== undefined ? M.rowH : 0);
  let lastGroup: string | undefined;
  for (const r of spec.rows) {
    if (r.group && r.group !== lastGroup) y += M.rowH;
    lastGroup = r.group;
    out.push(y + M.rowH / 2);
    y += M.rowH;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Run layout: places, positions, panels

interface Place {
  key: string;
  w: number;
  h: number;
  x: number;
  y: number;
  /** [first, last] steps used by each occupant. */
  spans: [number, number][];
  shared: boolean;
  /** The type of its first occupant (chains link objects of one type). */
  type: string;
}

export interface RunLayout {
  model: RunModel;
  opts: LayoutOptions;
  ms: Measurer;
  /** object id → place. */
  placeOf: Map<number, Place>;
  places: Place[];
  frameSlots: { y: number; h: number }[];
  framesRect: Rect;
  heapRect: Rect;
  codeRect: Rect;
  freedRect: Rect;
  focusRect: Rect | null;
  stripRect: Rect;
  titleRect: Rect;
  /** The legend's entries, line by line. */
  legend: { icon: LegendIcon; label: string; w: number }[][];
  width: number;
  height: number;
  router: Router;
  /** What the router was built from, for a step's own router (see stepRouter). */
  routeGrid: { bounds: Rect; ys: number[]; tall: boolean };
  /** Routers over the boxes on screen at a step, by their keys (see stepRouter). */
  stepRouters: Map<string, Router>;
  /** Origin of the graph (frames column's top-left) in picture coordinates. */
  gx: number;
  gy: number;
  freedLines: number;
  /** Box contents by step index, then object id. */
  specs: Map<number, BoxSpec>[];
  summary: boolean;
  codeChars: number;
  codeWindow: number;
}

function stepSpan(model: RunModel, id: number): [number, number][] {
  const m = model.meta.get(id)!;
  const ghost = m.freed && model.steps[m.freed.step]?.ghosts.includes(id);
  // The runs of steps it is drawn at (an object hidden for a while, e.g. by a deep
  // stack, frees its place meanwhile), the ghost's step included.
  const segs = m.visible.map(([a, b]): [number, number] => [a, b]);
  if (ghost) {
    const last = segs[segs.length - 1];
    if (last && last[1] >= m.freed!.step - 1) last[1] = Math.max(last[1], m.freed!.step); else segs.push([m.freed!.step, m.freed!.step]);
  }
  return segs.length ? segs : [[m.firstVisible, m.lastVisible]];
}

function overlaps(spans: [number, number][], segs: [number, number][]): boolean {
  return spans.some(([a, b]) => segs.some((s) => !(s[1] < a || s[0] > b)));
}

export function layoutRun(trace: import('../core/trace.js').Trace, ms: Measurer, opts: LayoutOptions = {}): RunLayout {
  const model = buildModel(trace, opts);
  // The steps whose objects get places: every step (stable pictures), or one.
  const laid = opts.only !== undefined ? [model.steps[Math.max(0, Math.min(model.steps.length - 1, opts.only))]] : model.steps;
  const tall = opts.layout === 'tall';
  const specs: Map<number, BoxSpec>[] = [];
  const dims = new Map<number, Dim>(); // per object: max dims over its steps
  // The last spec made for each object and its size: most objects look the same from
  // one step to the next, and then share that spec (and are not measured again).
  const lastSpec = new Map<number, { spec: BoxSpec; d: Dim }>();
  // What objectSpec read for each object at the last step it was drawn: when nothing
  // of it changed (most objects at most steps), the box is the last one, without
  // building and comparing a new spec (most of a long run's box sizing).
  const lastInput = new Map<number, SpecInput>();

  // 1. Box sizes: the largest each object gets over the run.
  for (const sm of laid) {
    const here = new Map<number, BoxSpec>();
    specs[sm.index] = here;
    if (!sm.heap) continue;
    for (const ids of [sm.objects, sm.shared]) for (const id of ids) {
      const o = sm.heap.get(id)!;
      const rows = sm.rows.get(id) ?? [];
      const input = { o, rows, dictBytes: dictBytesOf(o, sm.heap), undrawn: sm.undrawn.get(id) ?? 0 };
      const seenAs = lastInput.get(id);
      lastInput.set(id, input);
      let spec: BoxSpec, d: Dim;
      if (seenAs && sameInput(seenAs, input)) {
        // What objectSpec reads is as at the step before: the same box as then.
        ({ spec, d } = lastSpec.get(id)!);
      } else {
        spec = objectSpec(o, rows, model, sm.heap, input.undrawn);
        const last = lastSpec.get(id);
        if (last && sameSpec(last.spec, spec)) ({ spec, d } = last);
        else { d = specDim(spec, ms); lastSpec.set(id, { spec, d }); }
      }
      here.set(id, spec);
      const prev = dims.get(id);
      dims.set(id, prev ? { w: Math.max(prev.w, d.w), h: Math.max(prev.h, d.h) } : d);
    }
    for (const id of sm.ghosts) {
      const m = model.meta.get(id);
      if (!m || !m.last) continue;
      // (freed by its count — at a del, a rebinding, a return or the exit —: its box says refcount 0, the count it
      // was freed at; its last snapshot's may be from inside its __del__, where it had been raised back to 2, and
      // read 'refcount 2' under 'freed: refcount → 0'. A collected one keeps the count the cycle held.)
      const last = m.freed && m.freed.reason !== 'gc' ? { ...m.last, refcount: 0, refcountUnknown: undefined } : m.last;
      const spec = objectSpec(last, sm.rows.get(id) ?? [], model, null);
      here.set(id, spec);
      const d = specDim(spec, ms);
      d.h += M.rowH; // the "freed" line
      // (as wide as that line: a tuple's ghost cut it to 'freed: refcount …')
      d.w = Math.min(M.boxMaxW, Math.max(d.w, Math.ceil(ms.width(ghostLine(m.freed), 'sans', M.font, true) + 2 * M.padX)));
      const prev = dims.get(id);
      dims.set(id, prev ? { w: Math.max(prev.w, d.w), h: Math.max(prev.h, d.h) } : d);
    }
  }

  // 2. Places: an object takes the place of an earlier one with the same first referrer
  //    when their times on screen do not overlap (a name rebound in a loop stays put).
  const firstRef = new Map<number, string>();
  for (const sm of laid) {
    sm.frames.forEach((f, fi) => {
      const depth = sm.frames.length - 1 - fi;
      for (const r of sm.frameRows[fi] ?? []) if (r.target !== null && !firstRef.has(r.target)) firstRef.set(r.target, `f${depth}:${f.name}:${r.label}`);
    });
    for (const ids of [sm.objects, sm.shared]) for (const id of ids) {
      (sm.rows.get(id) ?? []).forEach((r, ri) => {
        // Sequence slots are keyed by their row on screen (the last row of a long list stays the last row).
        if (r.target !== null && !firstRef.has(r.target)) firstRef.set(r.target, `o${id}:${/^\[\d+\]$/.test(r.label) ? `@${ri}` : r.label}`);
      });
    }
  }
  const order = [...dims.keys()].sort((a, b) => (model.meta.get(a)!.firstVisible - model.meta.get(b)!.firstVisible) || a - b);
  const placeOf = new Map<number, Place>();
  const byKey = new Map<string, Place[]>();
  const places: Place[] = [];
  for (const id of order) {
    const m = model.meta.get(id)!;
    const shared = !!m.last?.shared;
    // Shared chips take places like any object (keyed by their first referrer), so a
    // loop over small ints reuses a few chip places instead of stacking 256 of them.
    let key = firstRef.get(id) ?? `g${id}`;
    // A referrer that is itself an object: key by the referrer's place, so a rebuilt structure reuses places.
    const om = /^o(\d+):(.*)$/.exec(key);
    if (om) { const pp = placeOf.get(Number(om[1])); key = pp ? `${pp.key}/${om[2]}` : key; }
    if (shared) key = `s:${key}`;
    const span = stepSpan(model, id);
    const cands = byKey.get(key) ?? [];
    let place = cands.find((p) => p.shared === shared && !overlaps(p.spans, span));
    const d = dims.get(id)!;
    if (!place) {
      place = { key: `${key}#${cands.length}`, w: d.w, h: d.h, x: 0, y: 0, spans: [], shared, type: m.type };
      cands.push(place);
      byKey.set(key, cands);
      places.push(place);
    }
    place.w = Math.ceil(Math.max(place.w, d.w));
    place.h = Math.ceil(Math.max(place.h, d.h));
    place.spans.push(...span);
    placeOf.set(id, place);
  }

  // 3. Frames column: one slot per stack depth, the module's on top and each call below
  //    its caller (read top down, as a traceback: most recent call last).
  let maxDepth = 0;
  const slotRows: number[] = [];
  let frameW = M.frameW;
  for (const sm of laid) {
    maxDepth = Math.max(maxDepth, sm.frames.length);
    sm.frames.forEach((f, fi) => {
      const depth = sm.frames.length - 1 - fi;
      slotRows[depth] = Math.max(slotRows[depth] ?? 0, f.locals.length);
      frameW = Math.max(frameW, ms.width(frameTitle(f.name), 'sans', M.head, true) + 16 + ms.width(`line ${f.line}`, 'mono', M.small) + 2 * M.padX);
      for (const [name] of f.locals) frameW = Math.max(frameW, ms.width(name, 'mono', M.font) + 40 + 2 * M.padX);
    });
  }
  // Inline values in frame rows widen the frame.
  for (const sm of laid) for (const rows of sm.frameRows) for (const r of rows) if (r.inline !== undefined) frameW = Math.max(frameW, ms.width(r.label, 'mono', M.font) + ms.width(r.inline, 'mono', M.font) + 24 + 2 * M.padX);
  frameW = Math.ceil(Math.min(frameW, 260));
  const slotH = (d: number): number => M.headerH + Math.max(1, slotRows[d] ?? 0) * M.rowH + 8;
  const frameSlots: { y: number; h: number }[] = [];
  let fy = 0;
  for (let d = 0; d < Math.max(1, maxDepth); d++) { frameSlots[d] = { y: fy, h: slotH(d) }; fy += slotH(d) + 10; }
  const framesH = Math.max(0, fy - 10);

  // 4. Place positions with dagre: frames as a source node, units (places, or the
  //    chains of units.ts with their satellites) right of it.
  const hasIn = new Set<string>();
  let stepW = 1;
  // Edge weights grow with the step: where a place's role changed during the run, the
  // structure at the end decides the ranks (dagre's greedy cycle breaking uses weights).
  // Summed here and handed to dagre after the loop, in the order first seen (dagre's
  // result depends on it; a lookup in dagre's graph on every row of every step was a
  // good part of the run's layout).
  const edgeW = new Map<string, Map<string, { weight: number; minlen: number }>>();
  const edgeOrder: [string, string, { weight: number; minlen: number }][] = [];
  const addEdge = (a: string, b: string): void => {
    if (a === b) return;
    let out = edgeW.get(a);
    if (!out) { out = new Map(); edgeW.set(a, out); }
    const e = out.get(b);
    const w = Math.round(stepW * stepW);
    if (e) e.weight += w;
    else { const label = { weight: w, minlen: 1 }; out.set(b, label); edgeOrder.push([a, b, label]); }
    hasIn.add(b);
  };
  // Attribute links between places (a.next → b), for the chains of units.ts.
  const attrW = new Map<string, { from: string; to: string; label: string; w: number }>();
  // Where arrows into each place come from: the referrer and the row's offset in it.
  // Later steps weigh more: the end of the program is the picture most often drawn.
  const inEdges = new Map<string, { from: string; off: number; w: number; last: number }[]>();
  let stepNo = 0;
  // What the frames point to: the last step, the outermost frame (0: the module's), the summed weight and the first
  // row there, the first step (see byHold).
  interface Hold { last: number; w: number; wAt: number; depth: number; first: number; row: number }
  const frameHold = new Map<string, Hold>();
  // The rows of each place an arrow leaves from at some step (the router's grid needs their y).
  const portYs = new Map<string, Set<number>>();
  const addIn = (to: string, from: string, off: number): void => {
    const l = inEdges.get(to);
    const last = l && l[l.length - 1];
    if (last && last.from === from && last.off === off) { last.w += stepW; last.last = stepNo; return; }
    if (l) { if (l.length < 400) l.push({ from, off, w: stepW, last: stepNo }); } else inEdges.set(to, [{ from, off, w: stepW, last: stepNo }]);
  };
  for (const sm of laid) {
    stepW = 1 + (4 * sm.index) / Math.max(1, model.steps.length);
    stepNo = sm.index;
    sm.frameRows.forEach((rows, fi) => {
      const slot = frameSlots[sm.frames.length - 1 - fi];
      rows.forEach((r, ri) => {
        if (r.target === null || !placeOf.has(r.target)) return;
        const to = placeOf.get(r.target)!.key;
        addEdge('__frames', to);
        // (the weight and the row count at the outermost frame only: a box the module names and a call's `self`
        // points to did not outweigh the module's `root`)
        // (and once a step: the module's `tail` and its (temporary) rows of a call being made outweighed `head`)
        const depth = sm.frames.length - 1 - fi, h = frameHold.get(to);
        if (!h) frameHold.set(to, { last: stepNo, w: stepW, wAt: stepNo, depth, first: stepNo, row: ri });
        else {
          h.last = stepNo;
          if (depth < h.depth) { h.depth = depth; h.w = stepW; h.wAt = stepNo; h.row = ri; } else if (depth === h.depth) {
            if (h.wAt !== stepNo) { h.w += stepW; h.wAt = stepNo; }
            h.row = Math.min(h.row, ri);
          }
        }
        if (slot) addIn(to, '__frames', slot.y + M.headerH + ri * M.rowH + M.rowH / 2);
      });
    });
    // (shared boxes with rows: a class's data attributes)
    for (const ids of [sm.objects, sm.ghosts, sm.shared]) for (const id of ids) {
      const p = placeOf.get(id);
      if (!p) continue;
      const spec = specs[sm.index]?.get(id);
      const offs = spec ? rowOffsetsOf(spec) : [];
      (sm.rows.get(id) ?? []).forEach((r, ri) => {
        if (r.target === null || !placeOf.has(r.target)) return;
        const tp = placeOf.get(r.target)!, to = tp.key;
        addEdge(p.key, to);
        const off = offs[ri] ?? M.headerH + ri * M.rowH + M.rowH / 2;
        addIn(to, p.key, off);
        const py = portYs.get(p.key);
        if (py) py.add(off); else portYs.set(p.key, new Set([off]));
        // (chains link objects of one type: only those links are kept)
        if (tp.type === p.type && r.label.startsWith('.') && !r.weak) {
          const k = `${p.key}\0${r.label}\0${to}`;
          const a = attrW.get(k);
          if (a) a.w += stepW; else attrW.set(k, { from: p.key, to, label: r.label, w: stepW });
        }
      });
    }
  }
  const maxCross = tall ? 800 - 2 * M.pad - 24 : Infinity;
  const entryOf = (p: Place): number => (p.shared && p.h <= M.chipH ? M.chipH / 2 : M.headerH / 2);
  const placeByKey = new Map(places.map((p) => [p.key, p]));
  const out = new Map<string, Map<string, number>>();
  for (const [a, m] of edgeW) if (a !== '__frames') out.set(a, new Map([...m].map(([b, e]) => [b, e.weight])));
  // What the frames hold, most important first (frameHold): held until the latest step (the end of the program is
  // the picture most often drawn), then by the outermost frame (read first: the module on top — a picture of one
  // step, --step, ranked a call's `self`, a child being added, before the module's `root`), then longest, then
  // first seen, then by its row.
  const byHold = <K>(m: Map<K, Hold>): K[] =>
    [...m].sort(([, a], [, b]) => b.last - a.last || a.depth - b.depth || b.w - a.w || a.first - b.first || a.row - b.row).map(([k]) => k);
  const reached = walkFromFrames(byHold(frameHold), edgeOrder.filter(([a]) => a !== '__frames').map(([a, b]) => [a, b] as [string, string]));
  const { units, unitOf } = buildUnits({
    walk: reached,
    places,
    attrLinks: [...attrW.values()],
    out,
    rowOff: (owner, target) => {
      let best: { off: number; w: number } | undefined;
      for (const e of inEdges.get(target) ?? []) if (e.from === owner && (!best || e.w > best.w)) best = e;
      return best?.off;
    },
    entry: (k) => entryOf(placeByKey.get(k)!),
    maxW: maxCross, maxH: CHAIN_MAX_H, gap: M.nodeSep, sideGap: M.rankSep, anyOwner: tall,
  });
  const unitKey = (k: string): string => (k === '__frames' ? k : unitOf.get(k)!.key);

  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: tall ? 'TB' : 'LR', nodesep: M.nodeSep, ranksep: M.rankSep, marginx: 0, marginy: 0, acyclicer: 'greedy' });
  g.setDefaultEdgeLabel(() => ({}));
  g.setNode('__frames', { width: frameW, height: Math.max(framesH, 40) });
  for (const u of units) g.setNode(u.key, { width: u.w, height: u.h });
  // The places' edges between units (inside a unit they are drawn, not ranked), in the same order.
  const unitEdgeW = new Map<string, { weight: number; minlen: number }>();
  const unitEdges: [string, string, { weight: number; minlen: number }][] = [];
  const unitHasIn = new Set<string>();
  for (const [a, b, e] of edgeOrder) {
    const ua = unitKey(a), ub = unitKey(b);
    if (ua === ub) continue;
    unitHasIn.add(ub);
    const k = `${ua}\0${ub}`;
    const x = unitEdgeW.get(k);
    if (x) x.weight += e.weight;
    else { const label = { weight: e.weight, minlen: 1 }; unitEdgeW.set(k, label); unitEdges.push([ua, ub, label]); }
  }
  void hasIn;
  // The arrows back to a unit on the frames' walk (a child's `.parent`, an item's `.owner`) do not rank: the
  // holder the frames reach first stays left of (tall: above) what it holds.
  const unitHold = new Map<string, Hold>();
  for (const k of byHold(frameHold)) {
    const u = unitKey(k), h = frameHold.get(k)!, x = unitHold.get(u);
    // (byHold's order: the first member met stands for the unit)
    if (!x) unitHold.set(u, { ...h });
  }
  const { back } = walkFromFrames(byHold(unitHold), unitEdges.map(([a, b]) => [a, b] as [string, string]));
  for (let i = unitEdges.length - 1; i >= 0; i--) if (back.has(`${unitEdges[i][0]}\0${unitEdges[i][1]}`)) unitEdges.splice(i, 1);
  unitHasIn.clear();
  for (const [, b] of unitEdges) unitHasIn.add(b);
  const sharedKeys = new Set(places.filter((p) => p.shared).map((p) => unitKey(p.key)));
  for (const [a, b, e] of rankingEdges(unitEdges, sharedKeys)) g.setEdge(a, b, e);
  for (const u of units) if (!unitHasIn.has(u.key)) g.setEdge('__frames', u.key, { weight: 0, minlen: 1 });
  const dpos = dagreRanks(g, units.map((u) => u.key), tall);

  // Columns from dagre's ranks (wide; the tall layout's rows follow the references, see
  // packTall). Within a rank, units are ordered by
  // where their arrows come from and packed, each as close as it can be to its referrers
  // (an arrow from a slot then runs straight into the box's header).
  const ranks = new Map<number, Unit[]>();
  for (const u of units) {
    const key = dpos.get(u.key)!.rank;
    const l = ranks.get(key); if (l) l.push(u); else ranks.set(key, [u]);
  }
  const rankKeys = [...ranks.keys()].sort((a, b) => a - b);
  // What pack() reads for every unit, computed once: it runs up to ~100 times (the wrap
  // search below). Unit i's arrows in (from outside it): referrer place index (-1: the
  // frames column), row offset, weight, and where that arrow's end is in the unit
  // (along the rank: the member's offset plus its entry).
  const unitIdx = new Map(units.map((u, i) => [u, i]));
  const keyIdx = new Map(places.map((p, i) => [p.key, i]));
  const memberPlaces = units.map((u) => u.members.map((m) => ({ p: placeByKey.get(m.key)!, dx: m.dx, dy: m.dy })));
  const inFrom: Int32Array[] = [], inOff: Float64Array[] = [], inW: Float64Array[] = [], inAdj: Float64Array[] = [], inLast: Int32Array[] = [];
  units.forEach((u) => {
    const l: { f: number; o: number; w: number; adj: number; last: number }[] = [];
    // (the arrows into its satellites count only when nothing else points into the unit:
    // a dict key pointing at a node's name, or a loop variable at a small int, should
    // not move the node)
    for (const sats of [false, true]) {
      if (sats && l.length) break;
      for (const m of u.members) {
        if (!!m.sat !== sats) continue;
        const p = placeByKey.get(m.key)!;
        for (const e of inEdges.get(m.key) ?? []) {
          if (e.from !== '__frames' && unitOf.get(e.from) === u) continue;
          l.push({ f: e.from === '__frames' ? -1 : keyIdx.get(e.from) ?? -2, o: e.off, w: e.w, adj: m.dy + entryOf(p), last: e.last });
        }
      }
    }
    inFrom.push(Int32Array.from(l, (e) => e.f)); inOff.push(Float64Array.from(l, (e) => e.o));
    inW.push(Float64Array.from(l, (e) => e.w)); inAdj.push(Float64Array.from(l, (e) => e.adj)); inLast.push(Int32Array.from(l, (e) => e.last));
  });
  const along = units.map((u) => dpos.get(u.key)!.along);
  const isPlaced = new Uint8Array(places.length);
  const want = new Float64Array(units.length);
  const hasWant = new Uint8Array(units.length);
  const byWant = (a: Unit, b: Unit): number => {
    const ia = unitIdx.get(a)!, ib = unitIdx.get(b)!;
    const ha = hasWant[ia], hb = hasWant[ib];
    if (ha && hb && want[ia] !== want[ib]) return want[ia] - want[ib];
    if (ha && !hb) return -1;
    if (hb && !ha) return 1;
    return along[ia] - along[ib];
  };
  // The steps each unit is on screen, and whether two ever are at once.
  const uSpans = units.map((u) => u.members.flatMap((m) => placeByKey.get(m.key)!.spans));
  const coexist = (a: Unit, b: Unit): boolean => overlaps(uSpans[unitIdx.get(a)!], uSpans[unitIdx.get(b)!]);
  // Units with a cycle the collector finds: its label goes above them (see layoutStep),
  // so the box above keeps its distance.
  const cycleIds = new Set(model.gcRuns.filter((g) => g.ev.ids.length > 1).flatMap((g) => g.ev.ids));
  const cycleUnits = new Set([...cycleIds].map((id) => placeOf.get(id)).filter((p): p is Place => !!p).map((p) => unitOf.get(p.key)!));
  const put = (u: Unit, x: number, y: number): void => {
    u.x = x; u.y = y;
    for (const m of memberPlaces[unitIdx.get(u)!]) { m.p.x = x + m.dx; m.p.y = y + m.dy; isPlaced[keyIdx.get(m.p.key)!] = 1; }
  };
  /**
   * The tall layout's rows. Units come in the order a reader meets them: the frames'
   * names top to bottom, each unit followed by what it points to (depth first, in
   * its rows' order), so a list's items, a dict's values, a tuple's ints follow
   * their holder instead of waiting for the end of their dagre rank (the 40-object
   * linked list drew the pairs list's tuples between the nodes list and its nodes,
   * and their ints at the very bottom). Each unit goes on the current row, as near
   * below its holders as it can, unless a holder is on that row (an arrow then runs
   * down into it from the row above) or the row is full.
   */
  const packTall = (): void => {
    isPlaced.fill(0);
    // Each unit's main holder: the unit (or the frames: index units.length) that points
    // into it until the latest step, of those the one whose arrows weigh most over the
    // run (later steps weigh more), and where in that holder those arrows leave from.
    const F = units.length;
    const parent = new Int32Array(units.length).fill(-1);
    const at = new Float64Array(units.length);
    const holders: Set<number>[] = units.map(() => new Set());
    units.forEach((u, ui) => {
      const f = inFrom[ui], o = inOff[ui], w = inW[ui], lastAt = inLast[ui];
      const sum = new Map<number, { w: number; at: number; last: number }>();
      for (let e = 0; e < f.length; e++) {
        if (f[e] === -2) continue;
        let from = F, pos = o[e];
        if (f[e] >= 0) {
          const hu = unitOf.get(places[f[e]].key)!;
          from = unitIdx.get(hu)!;
          if (from === ui) continue;
          const mem = memberPlaces[from].find((m) => m.p === places[f[e]])!;
          pos = mem.dy + o[e] + mem.dx * 1e-3;
          holders[ui].add(from);
        }
        const x = sum.get(from);
        if (x) { x.w += w[e]; x.at = Math.min(x.at, pos); x.last = Math.max(x.last, lastAt[e]); } else sum.set(from, { w: w[e], at: pos, last: lastAt[e] });
      }
      // (the holder that keeps it longest: a loop variable's old int belongs by its tuple)
      let best = -1, bw = -1, bl = -1;
      for (const [from, x] of sum) if (x.last > bl || (x.last === bl && x.w > bw)) { best = from; bw = x.w; bl = x.last; }
      if (best >= 0) { parent[ui] = best; at[ui] = sum.get(best)!.at; }
    });
    const kids: number[][] = Array.from({ length: F + 1 }, () => []);
    units.forEach((_, ui) => { if (parent[ui] >= 0) kids[parent[ui]].push(ui); });
    for (const l of kids) l.sort((a, b) => at[a] - at[b] || a - b);
    // Depth first from the frames, each unit followed by what it holds (in its rows'
    // order); then what hangs from no frame (garbage, cycles), in dagre's order.
    const seq: number[] = [];
    const seen = new Uint8Array(F);
    const visit = (root: number): void => {
      // (an explicit stack: a deep chain of boxes must not overflow the JS stack)
      const stack: number[] = [root];
      while (stack.length) {
        const v = stack.pop()!;
        if (v < F) { if (seen[v]) continue; seen[v] = 1; seq.push(v); }
        const l = kids[v];
        for (let k = l.length - 1; k >= 0; k--) if (!seen[l[k]]) stack.push(l[k]);
      }
    };
    visit(F);
    const rest = units.map((_, i) => i).filter((i) => !seen[i]).sort((a, b) => (dpos.get(units[a].key)!.rank - dpos.get(units[b].key)!.rank) || along[a] - along[b]);
    for (const i of rest) visit(i);
    let y = framesH + M.rankSep, rowH = 0;
    const row: Unit[] = [];
    const onRow = new Set<number>();
    // The first x from `from` where u fits on the row beside the units already there.
    // (Beside every one, even those never on screen with it: the router goes round every
    // place of the run, and an arrow starting inside another place has no way out.)
    const fit = (u: Unit, from: number): number => {
      let px = from;
      for (let moved = true; moved;) {
        moved = false;
        for (const q of row) if (q.x < px + u.w + M.nodeSep && q.x + q.w + M.nodeSep > px) { px = q.x + q.w + M.nodeSep; moved = true; }
      }
      return px;
    };
    // Siblings side by side (what one holder points to, met one after the other) in the
    // reverse of their rows' order: the arrow from the holder's top row then runs to the
    // farthest one, around the others' arrows instead of across them.
    const endRow = (): void => {
      for (let a = 0; a < row.length;) {
        let b = a + 1;
        const pa = parent[unitIdx.get(row[a])!];
        while (b < row.length && parent[unitIdx.get(row[b])!] === pa) b++;
        const run = row.slice(a, b);
        let ok = run.length > 1;
        for (let i = 0; ok && i < run.length; i++) for (let k = i + 1; ok && k < run.length; k++) if (!coexist(run[i], run[k])) ok = false;
        // (from the leftmost of them, and only where the reversed run stays clear of the row's other units
        // and inside the picture: a sibling fitted in left of the first one — a call's loop iterator left of
        // its list — made the run start at the rightmost x, and the list ran off the tall picture's edge)
        const x0 = Math.min(...run.map((q) => q.x));
        const x1 = x0 + run.reduce((s, q) => s + q.w, 0) + (run.length - 1) * M.nodeSep;
        if (ok && x1 > maxCross) ok = false;
        for (const q of row) if (ok && !run.includes(q) && q.x < x1 + M.nodeSep && q.x + q.w + M.nodeSep > x0) ok = false;
        if (ok) {
          let x = x0;
          for (const q of run.slice().reverse()) { put(q, x, q.y); x += q.w + M.nodeSep; }
        }
        a = b;
      }
    };
    for (const ui of seq) {
      const u = units[ui];
      let sum = 0, wsum = 0;
      const f = inFrom[ui], o = inOff[ui], w = inW[ui];
      for (let e = 0; e < f.length; e++) {
        if (f[e] >= 0 && isPlaced[f[e]]) { const q = places[f[e]]; sum += w[e] * (q.x + q.w * 0.3 + o[e] * 0.01); wsum += w[e]; }
      }
      const want = Math.max(0, Math.min(maxCross - u.w, wsum ? sum / wsum : 0));
      let heldHere = false;
      for (const h of holders[ui]) if (onRow.has(h)) { heldHere = true; break; }
      let px = heldHere ? Infinity : fit(u, want);
      if (px + u.w > maxCross && !heldHere) px = fit(u, 0);
      if (px + u.w > maxCross) {
        if (row.length) y += rowH + (heldHere ? M.rankSep : M.nodeSep + 10);
        endRow();
        row.length = 0; onRow.clear(); rowH = 0;
        px = want;
      }
      put(u, px, y);
      row.push(u);
      onRow.add(ui);
      rowH = Math.max(rowH, u.h);
    }
    endRow();
  };
  /**
   * Packs the ranks into columns (the wide layout; tall: packTall). They may wrap: past
   * `limitW`, the next columns start a new band under the earlier ones, from the x of
   * column `restart` (column 0, or 1 to leave the first column — usually the
   * program's lists and dicts — standing beside every band). A deep chain of
   * different objects then folds like text instead of running off to the right.
   */
  // The units on screen at the end of the program (what the CLI draws by default), for pack.
  const endAt = trace.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
  const endStep = endAt >= 0 ? endAt : laid[laid.length - 1].index;
  const atEnd = uSpans.map((sp) => sp.some(([a, b]) => a <= endStep && endStep <= b));
  const pack = (limitW: number, restart: number): void => {
    isPlaced.fill(0);
    const colX: number[] = [];
    let cursor = frameW + M.rankSep;
    let bandTop = 0, inBand = 0, band = 0, rightBottom = 0, bandRight = 0;
    const bandUnits: Unit[] = [];
    rankKeys.forEach((k, ci) => {
      const list = ranks.get(k)!;
      for (const u of list) {
        const ui = unitIdx.get(u)!;
        hasWant[ui] = 0;
        const f = inFrom[ui], o = inOff[ui], w = inW[ui], adj = inAdj[ui];
        let sum = 0, wsum = 0, any = false;
        // (a unit of several boxes — a chain — held by names only goes by the names of its
        // topmost box: the head level with the name that holds it, not an average of
        // every name's row that put it above the boxes named before it)
        let top = Infinity;
        for (let e = 0; e < f.length; e++) {
          if (f[e] >= 0 && isPlaced[f[e]]) { top = Infinity; break; }
          if (f[e] === -1 && adj[e] < top) top = adj[e];
        }
        for (let e = 0; e < f.length; e++) {
          const from = f[e];
          if (adj[e] > top + 0.5) continue;
          if (from === -1) sum += w[e] * (o[e] - adj[e]);
          else if (from >= 0 && isPlaced[from]) { const q = places[from]; sum += w[e] * (q.y + o[e] - adj[e]); }
          else continue;
          wsum += w[e];
          any = true;
        }
        if (!any) continue;
        want[ui] = sum / wsum;
        hasWant[ui] = 1;
      }
      list.sort(byWant);
      const colW = Math.max(...list.map((u) => u.w));
      if (inBand > 0 && bandRight + M.rankSep + colW > limitW && ci > restart) {
        band++;
        cursor = colX[restart];
        bandTop = rightBottom + BAND_GAP;
        inBand = 0;
        bandUnits.length = 0;
        bandRight = 0;
      }
      const x0 = band === 0 && ci <= restart ? cursor : colX[restart] ?? cursor;
      let minX = Infinity;
      const col: Unit[] = [];
      // The boxes of the run's end first (the picture most often drawn), then the others
      // in the gaps they leave, each in the order of their referrers' rows: a box on screen
      // for a few steps (a class body's function, an object of a finished call) no longer
      // pushes the module's boxes below it for the rest of the run, which pushed a call's
      // boxes far below their names (dunder_del: use()'s Resource 200 px below r).
      for (const u of [...list.filter((v) => atEnd[unitIdx.get(v)!]), ...list.filter((v) => !atEnd[unitIdx.get(v)!])]) {
        const ui = unitIdx.get(u)!;
        // Clear of the boxes of its column that are on screen with it (at some step), as
        // near its referrers as that allows. A box of the run's start and one of its end
        // may share a spot: no step shows both (a stable picture need not keep room
        // for what is gone).
        let py = Math.max(bandTop, hasWant[ui] ? want[ui] : bandTop);
        const above = cycleUnits.has(u) ? CYCLE_LABEL_ROOM : 0;
        // Below the boxes placed before it that are on screen with it — or higher up, in
        // the first gap between the column's boxes it fits in (with the module's frame on
        // top, its names' boxes come first and pushed an inner frame's boxes far below
        // their names). (A gap clear of every box, not only of those on screen with it:
        // the router goes round every place of the run, and a start inside another place
        // has no way out.)
        let below = py;
        for (const q of col) if (coexist(u, q)) below = Math.max(below, q.y + q.h + M.nodeSep + above);
        for (const q of col.slice().sort((a, b) => a.y - b.y)) if (q.y < py + u.h + M.nodeSep && q.y + q.h + M.nodeSep + above > py) py = q.y + q.h + M.nodeSep + above;
        py = Math.min(py, below);
        // As far left as the boxes already placed beside it (in its band, overlapping
        // its height, on screen with it) and its referrers allow: a narrow column's
        // children do not wait for the widest box of the column before (the skyline).
        let px = x0;
        for (const q of bandUnits) if (q.y < py + u.h + M.nodeSep && q.y + q.h + M.nodeSep > py && coexist(u, q)) px = Math.max(px, q.x + q.w + M.rankSep);
        const f = inFrom[ui];
        for (let e = 0; e < f.length; e++) if (f[e] >= 0 && isPlaced[f[e]]) { const q = places[f[e]]; px = Math.max(px, q.x + q.w + M.rankSep); }
        put(u, px, py);
        col.push(u);
        minX = Math.min(minX, px);
        if (ci >= restart) rightBottom = Math.max(rightBottom, py + u.h);
        bandRight = Math.max(bandRight, px + u.w);
      }
      for (const u of list) bandUnits.push(u);
      if (band === 0) colX[ci] = ci <= restart ? cursor : minX;
      cursor += colW + M.rankSep;
      inBand++;
    });
  };
  // The code panel's size (step 5 places it; the wrapping below weighs the whole picture).
  const codeChars = Math.min(M.codeMaxChars, Math.max(24, ...model.sourceLines.map((l) => l.length)));
  const gutter = String(model.sourceLines.length).length + 3;
  const codeW = Math.ceil((codeChars + gutter) * M.font * 0.6021 + 2 * M.padX);
  const codeWindow = Math.min(M.codeWindow, Math.max(1, model.sourceLines.length));
  const codeH = 28 + codeWindow * M.codeLineH + 10;
  if (tall) packTall(); else pack(Infinity, 0);
  const heapRight = (): number => Math.max(frameW, ...places.map((p) => p.x + p.w));
  if (!tall && codeW + heapRight() + 60 > WRAP_ABOVE) {
    // Wrapping, only for pictures wider than WRAP_ABOVE: of the band widths that end at
    // a column of the unwrapped layout (and keep at least WRAP_MIN_W of heap), the one
    // whose picture is smallest, not taller than wide.
    const ends = [...new Set(units.map((u) => u.x + u.w))].filter((x) => x >= WRAP_MIN_W).sort((a, b) => a - b);
    // (below the code: the freed list and the strip, ~320 px)
    const panelH = codeH + 320;
    const score = (): number => {
      const w = codeW + heapRight() + 140;
      const h = Math.max(panelH, Math.max(framesH, ...places.map((p) => p.y + p.h)) + 60) + 80;
      return w * h * (w < 1.2 * h ? ((1.2 * h) / w) ** 2 : 1);
    };
    let best = { s: score(), limitW: Infinity, restart: 0 };
    const step = Math.max(1, Math.floor(ends.length / 24));
    for (let i = 0; i < ends.length - 1; i += step) for (const restart of [0, 1, 2, 3]) {
      pack(ends[i] + 1, restart);
      const s = score();
      if (s < best.s * 0.9) best = { s, limitW: ends[i] + 1, restart };
    }
    pack(best.limitW, best.restart);
  }
  let graphW = tall ? Math.max(frameW, ...places.map((p) => p.x + p.w)) : Math.max(frameW, ...places.map((p) => p.x + p.w));
  // A chain's hooks (.next from one node into the next) run just right of it: room for
  // them when a chain ends at the heap's right edge.
  if (units.some((u) => u.chain && u.x + u.w > graphW - HOOK_ROOM)) graphW += HOOK_ROOM;
  let graphH = tall ? Math.max(framesH, ...places.map((p) => p.y + p.h)) : Math.max(framesH, ...places.map((p) => p.y + p.h));
  if (!places.length) { graphW = frameW; graphH = framesH; }

  // 5. Panels.
  const freedCount = Math.min(M.freedMax, model.freed.length + model.steps.reduce((n, s) => Math.max(n, s.notes.length), 0));
  let freedLines = Math.max(1, freedCount);
  const P = M.pad;
  let codeRect: Rect, graphRect: Rect;
  // a run whose collector finds a cycle labels it above its topmost member: room for that line
  // under the 'heap objects' header, for every step (the layout stays the same from step to step)
  const cycleRoom = model.gcRuns.some((g) => g.ev.ids.length > 1) ? M.small + 8 : 0;
  const graphPad = 12;
  const width = tall
    ? Math.min(800, Math.max(560, graphW + 2 * P + 2 * graphPad, codeW + 2 * P))
    : Math.max(P + codeW + M.gap + graphW + 2 * graphPad + P, 900);
  // (the legend wraps onto a second line when it is wider than the picture: tall layouts)
  const legendLinesHere = legendLines(model, ms, width - 2 * P);
  const titleH = 64 + (legendLinesHere.length - 1) * LEGEND_LINE;
  if (tall) {
    codeRect = { x: P, y: P + titleH, w: width - 2 * P, h: codeH };
    graphRect = { x: P, y: codeRect.y + codeRect.h + M.gap, w: width - 2 * P, h: graphH + 2 * graphPad + 24 + cycleRoom };
  } else {
    codeRect = { x: P, y: P + titleH, w: codeW, h: codeH };
    graphRect = { x: codeRect.x + codeRect.w + M.gap, y: P + titleH, w: width - (codeRect.x + codeRect.w + M.gap) - P, h: Math.max(codeH, graphH + 2 * graphPad + 24 + cycleRoom) };
    codeRect.h = Math.max(codeRect.h, Math.min(graphRect.h, codeH));
  }
  const gx = Math.round(graphRect.x + graphPad);
  const gy = Math.round(graphRect.y + graphPad + 24 + cycleRoom);
  const below = Math.max(graphRect.y + graphRect.h, codeRect.y + codeRect.h) + M.gap;
  const focusOn = !!opts.focus;
  let freedH = 30 + freedLines * M.freedLineH + 8;
  let freedRect: Rect, focusRect: Rect | null = null;
  if (focusOn && !tall) {
    const fw = Math.min(420, Math.floor((width - 2 * P) * 0.4));
    freedRect = { x: P, y: below, w: width - 2 * P - fw - M.gap, h: Math.max(freedH, 30 + 7 * M.freedLineH) };
    focusRect = { x: freedRect.x + freedRect.w + M.gap, y: below, w: fw, h: freedRect.h };
  } else {
    freedRect = { x: P, y: below, w: width - 2 * P, h: freedH };
    if (focusOn) focusRect = { x: P, y: freedRect.y + freedRect.h + M.gap, w: width - 2 * P, h: 30 + 7 * M.freedLineH };
  }
  const afterFreed = (focusRect && tall ? focusRect.y + focusRect.h : freedRect.y + freedRect.h) + M.gap;
  let stripRect: Rect = { x: P, y: afterFreed, w: width - 2 * P, h: tall ? stackedStripH(ms, model, width - 2 * P) : M.stripH };
  let height = stripRect.y + stripRect.h + P;
  // Wide pictures: when the heap is taller than the code, the freed list and the strip
  // (stacked) go under the code panel instead of below everything — fewer pixels, a
  // picture nearer Discord's preview shape.
  if (!tall && !focusOn) {
    const sideStripH = stackedStripH(ms, model, codeW);
    const sideBottom = codeRect.y + codeRect.h + M.gap + freedH + M.gap + sideStripH;
    const sideHeight = Math.max(sideBottom, graphRect.y + graphRect.h) + P;
    if (sideHeight < height) {
      // (the narrow column: a row more for each of the run's first freed objects whose reason — a cycle's members
      // come last — is too long for one row; freedPanel wraps it)
      const long = model.freed.slice(0, freedCount).filter((f) => ms.width(`${freedName(model, f.id)} — ${f.text} (step\u00a0${f.step + 1})`, 'sans', M.font, true) > codeRect.w - 42).length;
      freedLines += long;
      freedH += long * M.freedLineH;
      freedRect = { x: P, y: codeRect.y + codeRect.h + M.gap, w: codeRect.w, h: freedH };
      stripRect = { x: P, y: freedRect.y + freedRect.h + M.gap, w: codeRect.w, h: sideStripH };
      graphRect.h = Math.max(graphRect.h, sideBottom + long * M.freedLineH - graphRect.y);
      height = Math.max(sideHeight, stripRect.y + stripRect.h + P);
    }
  }
  const titleRect: Rect = { x: P, y: P, w: width - 2 * P, h: titleH - 8 };

  // Absolute positions, on whole pixels.
  for (const p of places) { p.x = Math.round(p.x + gx); p.y = Math.round(p.y + gy); }
  const framesRect: Rect = { x: gx, y: gy, w: frameW, h: framesH };

  // 6. Router over every place of the run and the frames column.
  const obstacles: Rect[] = places.map((p) => ({ x: p.x, y: p.y, w: p.w, h: p.h }));
  obstacles.push(framesRect);
  const ys: number[] = [];
  // Only the ys arrows start or end at (every row of every box made a grid line: half
  // of them never carry an arrow, and the search time grows with the grid).
  for (const p of places) {
    for (const off of portYs.get(p.key) ?? []) ys.push(p.y + off);
    ys.push(p.y + M.headerH / 2, p.y + M.chipH / 2);
  }
  frameSlots.forEach((s) => { for (let k = 0; k < s.h / M.rowH + 1; k++) ys.push(gy + s.y + M.headerH + k * M.rowH + M.rowH / 2); });
  const bounds: Rect = { x: graphRect.x + 2, y: graphRect.y + 26, w: graphRect.w - 4, h: graphRect.h - 28 };
  // (both layouts route the arrows that cross others once more, around all the others: the wide one too since
  // session 11 — over the default pictures 746 → 686 crossings, the learn-probe programs 2,323 → 2,134, for about
  // 15 % more time drawing a GIF)
  const router = new Router(obstacles, bounds, ys, 8, true);

  return {
    model, opts, ms, placeOf, places, frameSlots, framesRect, heapRect: graphRect, codeRect, freedRect, focusRect, stripRect, titleRect, legend: legendLinesHere,
    width: Math.ceil(width), height: Math.ceil(height), router, routeGrid: { bounds, ys, tall }, stepRouters: new Map(), gx, gy, freedLines, specs, summary: false, codeChars, codeWindow,
  };
}

/**
 * The edges dagre ranks and orders with. An arrow from a frame to a box that another
 * box also points at is left out: the box's column is fixed by that other box anyway
 * (it must sit right of it), and dagre splits a long edge into one dummy node per
 * column it crosses — a frame pointing into the middle of a 150-deep generator chain
 * at every depth made tens of thousands of them (seconds of layout). Each group of
 * boxes linked to each other keeps one arrow from the frames, so it is still ranked
 * and ordered from them. Likewise a shared chip (None, a small int) is ranked by its
 * first few referrers only: every frame of a deep recursion pointing at None made a
 * long edge from each of them. The packing still places boxes by every arrow (inEdges).
 */
const CHIP_RANK_EDGES = 3;
export function rankingEdges<E extends { weight: number }>(edges: [string, string, E][], shared: Set<string>): [string, string, E][] {
  const fromObject = new Set<string>();
  const parent = new Map<string, string>();
  const root = (v: string): string => {
    let r = v;
    while (parent.has(r)) r = parent.get(r)!;
    while (v !== r) { const n = parent.get(v)!; parent.set(v, r); v = n; }
    return r;
  };
  for (const [a, b] of edges) {
    if (a === '__frames') continue;
    fromObject.add(b);
    const ra = root(a), rb = root(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const keep = new Set<[string, string, E]>();
  const anchored = new Set<string>();
  // per group without a kept frame arrow: its heaviest frame arrow (a box before a chip)
  const spare = new Map<string, [string, string, E]>();
  const better = (e: [string, string, E], s: [string, string, E] | undefined): boolean =>
    !s || (shared.has(s[1]) && !shared.has(e[1])) || (shared.has(s[1]) === shared.has(e[1]) && e[2].weight > s[2].weight);
  const chipIn = new Map<string, number>();
  for (const e of edges) {
    if (shared.has(e[1])) {
      const n = chipIn.get(e[1]) ?? 0;
      chipIn.set(e[1], n + 1);
      if (n >= CHIP_RANK_EDGES) continue;
    }
    if (e[0] !== '__frames' || !fromObject.has(e[1])) { keep.add(e); if (e[0] === '__frames') anchored.add(root(e[1])); continue; }
    const r = root(e[1]);
    if (better(e, spare.get(r))) spare.set(r, e);
  }
  for (const [r, e] of spare) if (!anchored.has(r)) keep.add(e);
  return edges.filter((e) => keep.has(e));
}

/** A chain taller than this (px at 1×) continues in the next column (a part per column). */
const CHAIN_MAX_H = 1200;
/** Room right of a chain for the arrows between its nodes. */
const HOOK_ROOM = 24;
/** Extra room above a unit whose boxes the collector finds in a cycle: the cycle's label (drawn 24 px above its topmost box). */
const CYCLE_LABEL_ROOM = 10;
/** The gap between two bands of a wrapped layout: room for the arrows that go down to the next band. */
const BAND_GAP = 64;
/** Pictures (px at 1×) wider than this may wrap their heap into bands; a band keeps at least WRAP_MIN_W of heap. */
const WRAP_ABOVE = 2400;
const WRAP_MIN_W = 1100;

const ORDERED = new Error('heapsnake: dagre order captured');

/**
 * dagre's rank of each node and its place along the rank. Only these are used (the
 * boxes are packed here), so the layout stops right after dagre's crossing
 * minimisation, through its customOrder hook: its coordinate assignment and edge
 * geometry took a third of its time and were thrown away. Coordinates in a rank
 * follow that order strictly, and ranks are the columns (rows), so the result is
 * the same as reading x and y. Should a dagre release not call the hook, its x/y are read.
 */
function dagreRanks(g: InstanceType<typeof dagre.graphlib.Graph>, keys: string[], tall: boolean): Map<string, { rank: number; along: number }> {
  const out = new Map<string, { rank: number; along: number }>();
  // (dagre's declared types for this hook resolve to any: typed here by what it uses.)
  const customOrder = (lg: LayerGraph): void => {
    // dagre's initial order (a depth-first walk), then the crossing-reduction sweeps,
    // both in order.ts: dagre's own order step cost more than the rest of its layout.
    initialOrder(lg);
    sweepOrder(lg);
    for (const k of keys) { const n = lg.node(k) as { rank: number; order: number }; out.set(k, { rank: n.rank, along: n.order }); }
    throw ORDERED;
  };
  try {
    dagre.layout(g, { customOrder });
  } catch (e) {
    if (e !== ORDERED) throw e;
    return out;
  }
  for (const k of keys) {
    const n = g.node(k) as { x: number; y: number };
    out.set(k, { rank: Math.round(tall ? n.y : n.x), along: tall ? n.x : n.y });
  }
  return out;
}

function frameTitle(name: string): string {
  if (name.startsWith(MORE_FRAMES)) return name;
  return name === '<module>' ? 'module (globals)' : `${name}()`;
}

// ---------------------------------------------------------------------------
// One step: the display list

class Builder {
  shapes: Shape[] = [];
  constructor(private ms: Measurer) {}
  rect(r: Omit<RectShape, 'kind'>): void { this.shapes.push({ kind: 'rect', ...r }); }
  circle(c: Omit<CircleShape, 'kind'>): void { this.shapes.push({ kind: 'circle', ...c }); }
  path(p: Omit<PathShape, 'kind'>): void { this.shapes.push({ kind: 'path', ...p }); }
  /** The width `text` would take. */
  width(text: string, o: { font?: FontKind; size?: number; bold?: boolean }): number { return this.ms.width(text, o.font ?? 'sans', o.size ?? M.font, o.bold); }
  /** Text whose top-left is (x, y); clipped with … to maxW. Returns the width drawn. */
  text(x: number, y: number, text: string, o: { font?: FontKind; size?: number; bold?: boolean; color?: Role; align?: 'left' | 'right' | 'center'; maxW?: number; owner?: string; strike?: boolean }): number {
    const font = o.font ?? 'sans', size = o.size ?? M.font;
    let t = text;
    let w = this.ms.width(t, font, size, o.bold);
    if (o.maxW !== undefined && w > o.maxW) {
      let lo = 0, hi = t.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.ms.width(t.slice(0, mid) + '…', font, size, o.bold) <= o.maxW) lo = mid; else hi = mid - 1;
      }
      t = lo > 0 ? t.slice(0, lo) + '…' : '';
      w = t ? this.ms.width(t, font, size, o.bold) : 0;
    }
    if (!t) return 0;
    const align = o.align ?? 'left';
    const left = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
    this.shapes.push({ kind: 'text', x: left, y, w, size, font, bold: o.bold, text: t, color: o.color ?? 'text', owner: o.owner, strike: o.strike });
    return w;
  }
}

interface PortReq { from: Pt; src: Rect; target: number; weak: boolean; fromKey: string; ghost: boolean; borrowed?: boolean }

function resolveFocus(model: RunModel, sm: StepModel, focus: string | undefined): number | null {
  if (!focus) return null;
  const f = focus.trim();
  if (f.startsWith('#')) {
    const n = Number(f.slice(1));
    for (const m of model.meta.values()) if (m.display === n) return m.id;
    return null;
  }
  for (const fr of sm.frames) for (const [name, id] of fr.locals) if (name === f) return id;
  // A name bound at some other step.
  for (const s of model.steps) for (const fr of s.frames) for (const [name, id] of fr.locals) if (name === f) return id;
  return null;
}

export function displayName(model: RunModel, id: number): string {
  const m = model.meta.get(id);
  return m ? `${m.type}${m.display ? '#' + m.display : ''}` : `object`;
}

/** Who holds the references to `id` at this step. */
export function ledger(model: RunModel, sm: StepModel, id: number): { lines: string[]; title: string } {
  const heap = sm.heap;
  const o = heap?.get(id);
  const m = model.meta.get(id);
  const title = `who holds ${displayName(model, id)}${o ? ` ${clip(o.value, 28)}` : ''}`;
  if (!heap || !o) return { title, lines: [m?.freed ? m.freed.text : 'not alive at this step'] };
  const lines: string[] = [];
  let known = 0;
  sm.frames.forEach((f) => {
    for (const [name, t] of f.locals) {
      if (t !== id) continue;
      if (f.borrowed?.includes(name)) { lines.push(`name ${name} in ${frameTitle(f.name)} (borrowed: not counted)`); continue; }
      lines.push(`name ${name} in ${frameTitle(f.name)}`);
      known++;
    }
  });
  for (const x of heap.values()) {
    for (const [label, t] of x.refs) {
      if (t !== id) continue;
      const holder = model.meta.get(x.id);
      const where = holder && holder.display ? displayName(model, x.id) : `${x.type} (interpreter)`;
      if (label === 'key') lines.push(`key in ${where}`);
      else if (label === 'cell_contents') lines.push(`cell ${where} (closure variable)`);
      else if (label.startsWith('gi_frame.')) lines.push(`suspended frame of ${where}: ${label.slice(9)}`);
      else lines.push(`slot ${rowLabel(label)} of ${where}`);
      known++;
    }
  }
  if (o.shared && o.sharedKind === 'interned') {
    lines.push(`interned: shared by the interpreter; CPython 3.14 counts its references (only strings interned at start-up are immortal), heapsnake does not model that count`);
  } else if (o.shared && model.version === '3.14') {
    lines.push(`immortal: refcount is fixed, references are not counted`);
  } else if (o.shared) {
    lines.push(`cached/shared by the interpreter: refcount ${o.refcount} counts every user`);
  } else if (o.refcountUnknown) {
    lines.unshift(`refcount unknown: ${o.refcountUnknown}; ${known} found`);
  } else {
    const rest = o.refcount - known;
    if (rest > 0) lines.push(`${rest} other: temporaries, code constants, or getrefcount's own argument`);
    if (rest < 0) lines.push(`(${-rest} reference${-rest === 1 ? '' : 's'} borrowed: 3.14 loads locals without counting them)`);
    lines.unshift(`refcount ${o.refcount} = ${known} found${rest > 0 ? ` + ${rest} other` : ''}`);
  }
  return { title, lines };
}

export function layoutStep(run: RunLayout, stepIndex: number): StepLayout {
  const { model, ms } = run;
  const sm = model.steps[Math.max(0, Math.min(model.steps.length - 1, stepIndex))];
  const b = new Builder(ms);
  const boxes: BoxInfo[] = [];
  const edges: EdgeInfo[] = [];
  const total = model.steps.length;
  const version = model.version;
  const P = M.pad;

  // Background and title.
  b.rect({ x: 0, y: 0, w: run.width, h: run.height, fill: 'bg' });
  const tr = run.titleRect;
  const where = sm.kind === 'end' ? (sm.note ?? 'end') : `line ${sm.line}`;
  const counter = `step ${sm.index + 1}/${total} · ${where}`;
  const cw = b.text(tr.x + tr.w, tr.y + 2, counter, { size: M.title, bold: true, color: 'title', align: 'right', owner: 'title', maxW: tr.w * 0.6 });
  // (a narrow picture drops the name before it cuts the version: "CPython 3.14.10", not "heapsnake · CPython 3.14.…")
  const titleW = tr.w - cw - 16;
  const full = `heapsnake · CPython ${model.trace.python}`;
  const title = b.width(full, { size: M.title, bold: true }) <= titleW ? full : `CPython ${model.trace.python}`;
  b.text(tr.x, tr.y + 2, title, { size: M.title, bold: true, color: 'title', owner: 'title', maxW: titleW });
  legend(b, run, tr);

  // Code panel.
  codePanel(b, run, sm);

  // Heap panel.
  const hr = run.heapRect;
  b.rect({ x: hr.x, y: hr.y, w: hr.w, h: hr.h, fill: 'panel', stroke: 'panelBorder', radius: 8, owner: 'heap' });
  b.text(hr.x + 10, hr.y + 6, 'call stack', { bold: true, color: 'muted', owner: 'heap' });
  b.text(run.framesRect.x + run.framesRect.w + M.rankSep * 0.5 + (run.opts.layout === 'tall' ? 0 : 0), hr.y + 6, run.opts.layout === 'tall' ? '' : 'heap objects', { bold: true, color: 'muted', owner: 'heap' });
  if (run.opts.layout === 'tall') b.text(hr.x + hr.w - 10, hr.y + 6, 'heap objects below', { color: 'muted', align: 'right', owner: 'heap' });

  const ports: PortReq[] = [];
  const boxRect = new Map<number, Rect>();

  // Frames.
  // (no frames at all — the interpreter's exit —: the module's empty slot says so, in as many lines as it takes;
  // it was written across the top of that slot, over its 'a call's frame goes here', and cut with …)
  for (let d = sm.frames.length; d < run.frameSlots.length; d++) {
    const slot = run.frameSlots[d];
    const r: Rect = { x: run.framesRect.x, y: run.gy + slot.y, w: run.framesRect.w, h: slot.h };
    b.rect({ ...r, stroke: 'panelBorder', dash: [4, 4], radius: 6, owner: `slot${d}` });
    if (d > 0 && d === sm.frames.length) b.text(r.x + r.w / 2, r.y + r.h / 2 - 9, 'a call’s frame goes here', { size: M.small, color: 'faint', align: 'center', owner: `slot${d}`, maxW: r.w - 12 });
    if (d === 0) {
      const lines = wrapWords(b, sm.kind === 'end' ? 'no frames: the program has ended' : 'no frames', {}, r.w - 12);
      lines.forEach((l, i) => b.text(r.x + r.w / 2, r.y + r.h / 2 - 9 + (i - (lines.length - 1) / 2) * 18, l, { color: 'muted', align: 'center', owner: `slot${d}`, maxW: r.w - 12 }));
    }
  }
  sm.frames.forEach((f, fi) => {
    const depth = sm.frames.length - 1 - fi;
    const slot = run.frameSlots[depth];
    if (!slot) return;
    const r: Rect = { x: run.framesRect.x, y: run.gy + slot.y, w: run.framesRect.w, h: slot.h };
    const key = `frame${depth}`;
    const active = fi === 0 && sm.kind !== 'end';
    b.rect({ ...r, fill: 'frame', stroke: active ? 'focus' : 'frameBorder', lineWidth: active ? 2 : 1, radius: 6, owner: key });
    // (a nested function's qualified name too long for the frame — 'make_counter.<locals>.inc()' was cut to
    // 'make_counter.<local…' — is shortened to its own name, as its def line spells it: 'inc()')
    const titleW = r.w - 2 * M.padX - 60;
    let title = frameTitle(f.name);
    if (b.width(title, { bold: true, size: M.head }) > titleW && /\./.test(f.name) && !f.name.startsWith(MORE_FRAMES)) title = frameTitle(f.name.slice(f.name.lastIndexOf('.') + 1));
    b.text(r.x + M.padX, r.y + 5, title, { bold: true, size: M.head, color: 'text', owner: key, maxW: titleW });
    const placeholder = f.name.startsWith(MORE_FRAMES);
    if (!placeholder) b.text(r.x + r.w - M.padX, r.y + 6, sm.kind === 'end' && sm.framesFromGlobals ? 'at end' : `line ${f.line}`, { font: 'mono', size: M.small, color: 'muted', align: 'right', owner: key });
    boxes.push({ key, id: null, kind: 'frame', rect: r });
    const rows = sm.frameRows[fi] ?? [];
    if (placeholder) b.text(r.x + M.padX, r.y + M.headerH + 2, 'of the same calls, not drawn', { color: 'faint', owner: key, maxW: r.w - 2 * M.padX });
    else if (!rows.length) b.text(r.x + M.padX, r.y + M.headerH + 2, '(no names yet)', { color: 'faint', owner: key, maxW: r.w - 2 * M.padX });
    rows.forEach((row, ri) => {
      const y = r.y + M.headerH + ri * M.rowH;
      const focused = run.opts.focus === row.label;
      b.text(r.x + M.padX, y + 3, row.label, { font: 'mono', color: focused ? 'focus' : 'text', bold: focused, owner: key, maxW: r.w - 2 * M.padX - 24 });
      if (row.inline !== undefined) {
        b.text(r.x + r.w - M.padX, y + 3, row.inline, { font: 'mono', color: 'shared', align: 'right', owner: key, maxW: r.w / 2 });
      } else if (row.target !== null) {
        const py = y + M.rowH / 2;
        b.circle({ x: r.x + r.w - 9, y: py, r: 3.5, fill: 'port', owner: key });
        ports.push({ from: { x: r.x + r.w, y: py }, src: r, target: row.target, weak: false, fromKey: key, ghost: false, borrowed: !!row.borrowed });
      }
    });
  });

  // Objects.
  const focusId = resolveFocus(model, sm, run.opts.focus);
  const drawObject = (id: number, ghost: boolean): void => {
    const place = run.placeOf.get(id);
    if (!place) return;
    const spec = run.specs[sm.index]?.get(id);
    if (!spec) return;
    const o = ghost ? model.meta.get(id)!.last! : sm.heap!.get(id)!;
    const d = specDim(spec, ms);
    const r: Rect = { x: place.x, y: place.y, w: place.w, h: spec.chip ? M.chipH : d.h + (ghost ? M.rowH : 0) };
    const key = `obj${id}`;
    boxRect.set(id, r);
    const unreach = sm.unreachable.has(id);
    const focused = focusId === id;
    boxes.push({ key, id, kind: ghost ? 'ghost' : spec.chip || o.shared ? 'shared' : 'object', rect: r });
    if (spec.chip) {
      b.rect({ ...r, fill: 'box', stroke: focused ? 'focus' : 'sharedBorder', lineWidth: focused ? 2.5 : 1.2, radius: 12, double: true, owner: key });
      let x = r.x + M.padX;
      if (spec.title) x += b.text(x, r.y + 6, spec.title, { size: M.small, color: 'muted', owner: key }) + 8;
      b.text(x, r.y + 5, spec.value ?? '', { font: 'mono', color: 'shared', owner: key, maxW: r.x + r.w - 26 - x });
      b.circle({ x: r.x + r.w - 13, y: r.y + r.h / 2, r: 8, fill: 'badge', owner: key });
      b.text(r.x + r.w - 13, r.y + 5, spec.badge ?? '', { font: 'sans', size: M.small, bold: true, color: 'badgeText', align: 'center', owner: key });
      return;
    }
    b.rect({
      ...r, fill: ghost ? 'ghost' : 'box', stroke: focused ? 'focus' : ghost ? 'ghostBorder' : unreach ? 'unreach' : o.shared ? 'sharedBorder' : 'boxBorder',
      lineWidth: focused ? 2.5 : unreach ? 2 : 1.2, radius: 6, dash: ghost ? [6, 4] : unreach ? [2, 3] : undefined, hatch: ghost, cross: ghost, owner: key,
    });
    b.rect({ x: r.x + 1, y: r.y + 1, w: r.w - 2, h: M.headerH - 1, fill: ghost ? 'ghost' : 'boxHeader', radius: 5, owner: key });
    const muted = ghost ? 'muted' : 'text';
    const idW = ms.width(spec.idText, 'mono', M.font);
    b.text(r.x + M.padX, r.y + 4, spec.title, { bold: true, size: M.head, color: muted, owner: key, maxW: r.w - 2 * M.padX - idW - 8, strike: ghost });
    b.text(r.x + r.w - M.padX, r.y + 5, spec.idText, { font: 'mono', color: 'muted', align: 'right', owner: key });
    let y = r.y + M.headerH;
    if (spec.value !== undefined) {
      // (wrapped as specDim sized the box for it)
      for (const line of valueLines(spec.value, ms, specDim(spec, ms).w - 2 * M.padX)) {
        b.text(r.x + M.padX, y + 3, line, { font: 'mono', color: ghost ? 'muted' : 'text', owner: key, maxW: r.w - 2 * M.padX });
        y += M.rowH;
      }
    }
    let lastGroup: string | undefined;
    for (const row of spec.rows) {
      if (row.group && row.group !== lastGroup) {
        b.text(r.x + M.padX, y + 3, `${row.group}:`, { color: 'muted', owner: key, maxW: r.w - 2 * M.padX });
        y += M.rowH;
      }
      lastGroup = row.group;
      const indent = row.group ? 10 : 0;
      if (row.group) b.rect({ x: r.x + 4, y: y + 1, w: 3, h: M.rowH - 2, fill: 'faint', owner: key });
      // (a row with only an arrow gives its label the width up to the port: specDim sized the box for it)
      const arrowOnly = row.more === undefined && row.inline === undefined;
      const lw = b.text(r.x + M.padX + indent, y + 3, row.label, { font: 'mono', color: row.weak ? 'weak' : 'muted', owner: key, maxW: arrowOnly ? r.w - 2 * M.padX - indent - 14 : r.w * 0.55 });
      if (row.more !== undefined) {
        b.text(r.x + M.padX + indent + lw + 8, y + 3, row.more, { font: 'mono', color: 'faint', owner: key, maxW: r.w - 2 * M.padX - indent - lw - 8 });
      } else if (row.inline !== undefined) {
        b.text(r.x + r.w - M.padX, y + 3, row.inline, { font: 'mono', color: 'shared', align: 'right', owner: key, maxW: r.w - 2 * M.padX - indent - lw - 10 });
      } else if (row.target !== null) {
        const py = y + M.rowH / 2;
        if (!ghost || sm.ghosts.includes(row.target)) {
          b.circle({ x: r.x + r.w - 9, y: py, r: 3.5, fill: ghost ? 'ghostBorder' : row.weak ? 'weak' : 'port', owner: key });
          ports.push({ from: { x: r.x + r.w, y: py }, src: r, target: row.target, weak: !!row.weak, fromKey: key, ghost });
        } else {
          const t = model.meta.get(row.target)?.last;
          // (a ghost draws no arrow to an object still alive: it names it — the freed iterator's 'list' row said only '·')
          const named = model.meta.get(row.target)?.display ? displayName(model, row.target) : '·';
          b.text(r.x + r.w - M.padX, y + 3, t && isCachedValue(t) ? clip(t.value, 12) : named, { font: 'mono', color: 'faint', align: 'right', owner: key, maxW: r.w / 2 - M.padX });
        }
      }
      y += M.rowH;
    }
    if (ghost) {
      const f = model.meta.get(id)?.freed;
      b.text(r.x + M.padX, y + 3, ghostLine(f), { bold: true, color: 'cross', owner: key, maxW: r.w - 2 * M.padX });
      y += M.rowH;
    }
    if (spec.footer) b.text(r.x + M.padX, r.y + r.h - M.footH - 1, spec.footer, { font: 'mono', size: M.small, color: 'muted', owner: key, maxW: r.w - 2 * M.padX });
    // (its __del__ is running, or has run: it lives on, resurrected, or waits for the collector that ran it to free
    // it — PEP 442 runs a finalizer once)
    if (o.finalized && !ghost) {
      b.text(r.x, r.y - 17, o.finalized === 'running' ? '__del__ running' : '__del__ ran', { size: M.small, color: o.finalized === 'running' ? 'cross' : 'muted', bold: true, owner: `tag${id}`, maxW: unreach ? r.w / 2 - 4 : r.w });
    }
    if (unreach && !ghost) {
      const dying = o.refcount === 0 && !o.shared;
      b.text(r.x + r.w, r.y - 17, dying ? 'being freed (refcount 0)' : 'unreachable', { size: M.small, color: 'unreach', bold: true, align: 'right', owner: `tag${id}` });
    }
  };
  if (sm.heap) {
    for (const id of sm.objects) drawObject(id, false);
    for (const id of sm.shared) drawObject(id, false);
  } else {
    b.text(run.framesRect.x + run.framesRect.w + 40, run.gy, `no heap snapshot kept for this step (the trace keeps ${model.trace.steps.filter((s) => s.heap).length})`, { color: 'muted', owner: 'heap', maxW: hr.w - run.framesRect.w - 60 });
  }
  for (const id of sm.ghosts) drawObject(id, true);

  // Arrows.
  const routes: { pts: Pt[]; group: string; weak: boolean; fromKey: string; to: number; ghost: boolean; borrowed?: boolean }[] = [];
  const reqs: { req: import('./route.js').RouteRequest; group: string }[] = [];
  for (const p of ports) {
    const dst = boxRect.get(p.target);
    if (!dst) continue;
    const place = run.placeOf.get(p.target)!;
    const isChip = run.specs[sm.index]?.get(p.target)?.chip;
    const ty = place.y + (isChip ? M.chipH / 2 : M.headerH / 2);
    reqs.push({ req: { from: p.from, src: p.src, dst: { x: place.x, y: place.y, w: place.w, h: dst.h }, ty }, group: `t${p.target}` });
    routes.push({ pts: [], group: `t${p.target}`, weak: p.weak, fromKey: p.fromKey, to: p.target, ghost: p.ghost, borrowed: p.borrowed });
  }
  run.router.routeAll(reqs).forEach((pts, i) => { routes[i].pts = pts; });
  // The run's router goes round every place of the run, and two places of boxes never on screen together may
  // share a spot (pack): an arrow leaving a box that lies inside another place has no way out there, and the
  // router gave up with a straight, diagonal line through the boxes. Those arrows are routed again around the
  // boxes of this step only.
  const failed = routes.map((r, i) => (isDiagonal(r.pts) ? i : -1)).filter((i) => i >= 0);
  if (failed.length) {
    const router = stepRouter(run, [...boxRect.values()]);
    router.routeAll(failed.map((i) => reqs[i])).forEach((pts, k) => { routes[failed[k]].pts = pts; });
  }
  nudge(routes, 7, 9);
  for (const r of routes) {
    const ghostTarget = sm.ghosts.includes(r.to);
    // (a 3.14 borrowed reference: dotted, the colour of a reference — it points without counting)
    b.path({ points: r.pts, stroke: r.weak ? 'weak' : ghostTarget || r.ghost ? 'ghostBorder' : 'ref', lineWidth: r.borrowed ? 1.4 : 1.6, dash: r.weak || r.ghost ? [6, 4] : r.borrowed ? [2, 3] : undefined, arrow: true, rounded: true });
    edges.push({ from: r.fromKey, to: `obj${r.to}`, points: r.pts, weak: r.weak });
  }

  // Cycles the collector found at this step: each member outlined in the collector's
  // colour and pattern, with one label.
  for (const gc of sm.gcRuns) {
    const rs = sm.ghosts.filter((id) => gc.ids.includes(id)).map((id) => boxRect.get(id)).filter((r): r is Rect => !!r);
    if (rs.length > 1) {
      for (const r of rs) b.rect({ x: r.x - 5, y: r.y - 5, w: r.w + 10, h: r.h + 10, stroke: 'gc', lineWidth: 2, dash: [10, 4, 2, 4], radius: 9, owner: 'heap' });
      const top = rs.reduce((a, c) => (c.y < a.y ? c : a));
      // (moved left when it would run past the heap panel: a cycle at the right edge of a tall picture)
      const label = `cycle of ${rs.length} found and collected by gc`;
      const lx = Math.max(hr.x + 8, Math.min(top.x - 5, hr.x + hr.w - 8 - ms.width(label, 'sans', M.small, true)));
      b.text(lx, top.y - 24, label, { size: M.small, bold: true, color: 'gc', owner: 'heap', maxW: Math.min(Math.max(top.w + 120, 200), hr.x + hr.w - lx - 8) });
    }
  }

  freedPanel(b, run, sm);
  if (run.focusRect) focusPanel(b, run, sm, focusId);
  strip(b, run, sm);
  void P; void version;

  const panels: Record<string, Rect> = {
    title: run.titleRect, code: run.codeRect, heap: run.heapRect, freed: run.freedRect, strip: run.stripRect,
  };
  if (run.focusRect) panels.focus = run.focusRect;
  return { width: run.width, height: run.height, shapes: b.shapes, boxes, edges, panels, step: sm.index };
}

type LegendIcon = 'ref' | 'weak' | 'freed' | 'unreachable' | 'borrowed' | 'immortal' | 'cached' | 'interned';
/** The legend's entries for a run: the icons, and entries only some runs need (borrowed names, interned strs). */
function legendEntries(model: RunModel): { icon: LegendIcon; label: string; w: number }[] {
  const imm = model.version === '3.14';
  return [
    { icon: 'ref', label: 'reference', w: 28 },
    { icon: 'weak', label: 'weak ref', w: 28 },
    { icon: 'freed', label: 'freed', w: 24 },
    { icon: 'unreachable', label: 'unreachable', w: 24 },
    ...(model.steps.some((s) => s.frameRows.some((rows) => rows.some((r) => r.borrowed)))
      ? [{ icon: 'borrowed' as const, label: 'borrowed (not counted)', w: 28 }] : []),
    { icon: imm ? 'immortal' as const : 'cached' as const, label: imm ? 'immortal' : 'cached', w: 22 },
    ...(imm && model.steps.some((s) => s.heap && s.shared.some((id) => s.heap!.get(id)?.sharedKind === 'interned'))
      ? [{ icon: 'interned' as const, label: 'interned (count not modelled)', w: 22 }] : []),
  ];
}
/** The legend's lines: entries wrap onto a second line when the picture is narrower than one line (tall). */
function legendLines(model: RunModel, ms: Measurer, maxW: number): { icon: LegendIcon; label: string; w: number }[][] {
  const lines: { icon: LegendIcon; label: string; w: number }[][] = [[]];
  let x = 0;
  for (const e of legendEntries(model)) {
    const w = e.w + ms.width(e.label, 'sans', M.small) + 16;
    if (x + w > maxW && lines[lines.length - 1].length) { lines.push([]); x = 0; }
    lines[lines.length - 1].push(e);
    x += w;
  }
  return lines;
}

function legend(b: Builder, run: RunLayout, tr: Rect): void {
  const badge = (x: number, y: number, t: string): void => {
    b.circle({ x: x + 8, y: y + 8, r: 8, fill: 'badge', owner: 'title' });
    b.text(x + 8, y + 1, t, { bold: true, size: M.small, color: 'badgeText', align: 'center', owner: 'title' });
  };
  const icon = (k: LegendIcon, x: number, y: number): void => {
    if (k === 'ref') b.path({ points: [{ x, y: y + 8 }, { x: x + 24, y: y + 8 }], stroke: 'ref', lineWidth: 1.6, arrow: true, owner: 'title' });
    else if (k === 'weak') b.path({ points: [{ x, y: y + 8 }, { x: x + 24, y: y + 8 }], stroke: 'weak', lineWidth: 1.6, dash: [6, 4], arrow: true, owner: 'title' });
    else if (k === 'freed') b.rect({ x, y: y + 1, w: 20, h: 14, fill: 'ghost', stroke: 'ghostBorder', dash: [4, 3], cross: true, owner: 'title' });
    else if (k === 'unreachable') b.rect({ x, y: y + 1, w: 20, h: 14, fill: 'box', stroke: 'unreach', lineWidth: 2, dash: [2, 3], owner: 'title' });
    else if (k === 'borrowed') b.path({ points: [{ x, y: y + 8 }, { x: x + 24, y: y + 8 }], stroke: 'ref', lineWidth: 1.4, dash: [2, 3], arrow: true, owner: 'title' });
    else badge(x, y, k === 'immortal' ? '∞' : '≡');
  };
  run.legend.forEach((line, i) => {
    let x = tr.x;
    const y = tr.y + 30 + i * LEGEND_LINE;
    for (const e of line) {
      icon(e.icon, x, y);
      x += e.w;
      x += b.text(x, y, e.label, { size: M.small, color: 'muted', owner: 'title' }) + 16;
    }
  });
}
const LEGEND_LINE = 20;

function codePanel(b: Builder, run: RunLayout, sm: StepModel): void {
  const r = run.codeRect;
  const lines = run.model.sourceLines;
  b.rect({ ...r, fill: 'panel', stroke: 'panelBorder', radius: 8, owner: 'code' });
  b.text(r.x + 10, r.y + 6, 'code', { bold: true, color: 'muted', owner: 'code' });
  const win = run.codeWindow;
  const cur = sm.kind === 'end' ? 0 : sm.line;
  let start = 1;
  if (lines.length > win) {
    const focusLine = cur || lines.length;
    start = Math.max(1, Math.min(lines.length - win + 1, focusLine - Math.floor(win / 2)));
  }
  const gutter = String(lines.length).length;
  const top = r.y + 28;
  const charW = M.font * 0.6021;
  if (start > 1 && sm.kind !== 'end') b.text(r.x + r.w - 10, r.y + 6, `⋮ ${start - 1} above`, { size: M.small, color: 'faint', align: 'right', owner: 'code' });
  const end = Math.min(lines.length, start + win - 1);
  if (end < lines.length) b.text(r.x + r.w - 10, r.y + r.h - 20, `⋮ ${lines.length - end} below`, { size: M.small, color: 'faint', align: 'right', owner: 'code' });
  for (let n = start; n <= end; n++) {
    const y = top + (n - start) * M.codeLineH;
    const isCur = n === cur;
    const isPrev = !isCur && sm.prevLine === n && sm.index > 0;
    if (isCur) b.rect({ x: r.x + 4, y, w: r.w - 8, h: M.codeLineH, fill: 'curLine', radius: 3, owner: 'code' });
    if (isPrev) b.rect({ x: r.x + 4, y, w: r.w - 8, h: M.codeLineH, stroke: 'prevLine', lineWidth: 1, dash: [3, 3], radius: 3, owner: 'code' });
    // Marker: ▶ current, ▷ previous (shape, not only colour).
    if (isCur) b.text(r.x + 7, y + 3, '▶', { font: 'mono', color: 'curLineText', owner: 'code' });
    else if (isPrev) b.text(r.x + 7, y + 3, '▷', { font: 'mono', color: 'prevLine', owner: 'code' });
    b.text(r.x + 7 + 2 * charW + gutter * charW, y + 3, String(n), { font: 'mono', color: isCur ? 'curLineText' : 'faint', align: 'right', owner: 'code' });
    const x0 = r.x + 7 + (gutter + 3) * charW;
    b.text(x0, y + 3, lines[n - 1].replace(/\t/g, '    '), { font: 'mono', color: isCur ? 'curLineText' : 'text', bold: isCur, owner: 'code', maxW: r.x + r.w - 8 - x0 });
  }
  if (sm.kind === 'end') b.text(r.x + r.w - 10, r.y + 6, `■ ${sm.note ?? 'end'}`, { bold: true, size: M.small, color: 'curLineText', align: 'right', owner: 'code', maxW: r.w - 60 });
}

function freedPanel(b: Builder, run: RunLayout, sm: StepModel): void {
  const r = run.freedRect;
  b.rect({ ...r, fill: 'panel', stroke: 'panelBorder', radius: 8, owner: 'freed' });
  b.text(r.x + 10, r.y + 6, 'freed objects and why', { bold: true, color: 'muted', owner: 'freed' });
  const before = run.model.freed.filter((f) => f.step < sm.index);
  const maxW = r.w - 42;
  type Line = { text: string; now: boolean; kind: 'free' | 'note' };
  const now: Line[] = [];
  for (const n of sm.notes) now.push({ text: n, now: true, kind: 'note' });
  for (const f of sm.freedHere) now.push({ text: `${freedName(run.model, f.id)} — ${f.text}`, now: true, kind: 'free' });
  // (a no-break space: a wrapped line does not leave '(step' at the end of one row and '20)' on the next)
  const older: Line[] = before.slice().reverse().map((f) => ({ text: `${freedName(run.model, f.id)} — ${f.text} (step\u00a0${f.step + 1})`, now: false, kind: 'free' }));
  const y0 = r.y + 28;
  // (the list names only what the picture drew: 'nothing freed yet' was untrue once a line had made and freed a
  // temporary — the [0] of [[0] * 3] * 3, a slice, a range)
  if (!now.length && !older.length) {
    const n = sm.tempFreed;
    const text = n ? `nothing drawn has been freed yet (${n} temporar${n === 1 ? 'y was' : 'ies were'}, made and freed within a line)` : 'nothing freed yet';
    wrapWords(b, text, {}, maxW + 12).slice(0, Math.max(1, run.freedLines)).forEach((t, k) => b.text(r.x + 12, y0 + k * M.freedLineH, t, { color: 'faint', owner: 'freed', maxW: maxW + 12 }));
    return;
  }
  // A line's rows: the first as wide as the panel allows, the next ones indented.
  const rowsOf = (l: Line): string[] => {
    const style = { bold: l.now };
    if (b.width(l.text, style) <= maxW) return [l.text];
    const first = wrapWords(b, l.text, style, maxW)[0];
    return [first, ...wrapWords(b, l.text.slice(first.length + 1), style, maxW - 12)];
  };
  const clamp = (rows: string[], k: number): string[] => (rows.length > k ? [...rows.slice(0, k - 1), rows.slice(k - 1).join(' ')] : rows);
  // The rows go first to what happened at this step — each of its lines whole while the ones
  // after it keep one — then one to each earlier line, most recent first, and what is left to wrapping those.
  // (The step's own line was cut with … while older lines kept their rows: "frame#7 … its frame's locals were r…".)
  const budget = run.freedLines;
  let left = budget;
  const shown: { l: Line; rows: string[] }[] = [];
  let hidden = 0;
  now.forEach((l, i) => {
    if (left <= 0) { hidden++; return; }
    const rows = rowsOf(l);
    const k = Math.max(1, Math.min(rows.length, left - (now.length - i - 1)));
    shown.push({ l, rows: clamp(rows, k) });
    left -= k;
  });
  const firstOld = shown.length;
  for (let i = 0; i < older.length; i++) {
    const rest = older.length - i;
    // (the last row says how many are not listed when they do not all fit)
    if (left <= 0 || (left === 1 && rest > 1)) { hidden += rest; break; }
    shown.push({ l: older[i], rows: [older[i].text] });
    left--;
  }
  // (the "… and N more" row: taken back from the last line shown when the step's own lines used every row)
  while (hidden > 0 && left < 1 && shown.length) {
    const last = shown[shown.length - 1];
    if (last.rows.length > 1) last.rows = clamp(rowsOf(last.l), last.rows.length - 1);
    else { shown.pop(); hidden++; }
    left++;
  }
  if (hidden > 0) left--;
  for (let i = firstOld; i < shown.length && left > 0; i++) {
    const rows = rowsOf(shown[i].l);
    if (rows.length < 2) continue;
    const k = Math.min(rows.length, 1 + left);
    shown[i].rows = clamp(rows, k);
    left -= k - 1;
  }
  let y = y0;
  for (const { l, rows } of shown) {
    const style = { font: 'sans' as const, color: (l.now ? 'text' : 'muted') as Role, bold: l.now, owner: 'freed' };
    b.text(r.x + 12, y, l.kind === 'note' ? '◆' : '✕', { color: l.now ? 'cross' : 'faint', bold: true, owner: 'freed' });
    rows.forEach((t, k) => b.text(r.x + (k ? 42 : 30), y + k * M.freedLineH, t, { ...style, maxW: k ? maxW - 12 : maxW }));
    y += rows.length * M.freedLineH;
  }
  if (hidden > 0) b.text(r.x + 30, y, `… and ${hidden} more`, { color: 'faint', owner: 'freed', maxW });
}

/**
 * A freed object as the freed list and the alt text name it: as drawn, with its short value where that says
 * more than the type (a container's items, a function's name: "function#2 body of class Image").
 */
export function freedName(model: RunModel, id: number): string {
  const m = model.meta.get(id);
  // (a short value that names another object, "weakref → Image#565", names it by the simulator's id: say it as drawn)
  const v = m?.last ? ` ${clip(m.last.value.replace(/\b([A-Za-z_][\w.]*)#(\d+)\b/g, (all, _t, n) => (model.meta.has(Number(n)) ? displayName(model, Number(n)) : all)), 22)}` : '';
  // (nor a value that only repeats the type: "range_iterator#2 range_iterator")
  const says = m?.last && (!isLeaf(m.last) || m.last.type === 'function') && !m.last.value.endsWith(' object') && m.last.value !== m.last.type;
  return `${displayName(model, id)}${says ? v : ''}`;
}

function focusPanel(b: Builder, run: RunLayout, sm: StepModel, id: number | null): void {
  const r = run.focusRect!;
  b.rect({ ...r, fill: 'panel', stroke: 'focus', radius: 8, owner: 'focus' });
  if (id === null) {
    b.text(r.x + 10, r.y + 6, `focus: no object named ${run.opts.focus}`, { bold: true, color: 'focus', owner: 'focus', maxW: r.w - 20 });
    return;
  }
  const { title, lines } = ledger(run.model, sm, id);
  b.text(r.x + 10, r.y + 6, title, { bold: true, color: 'focus', owner: 'focus', maxW: r.w - 20 });
  let y = r.y + 28;
  const max = Math.floor((r.h - 34) / M.freedLineH);
  // more holders than lines: the last line says how many are not listed (the count above includes them)
  const shown = lines.length > max ? [...lines.slice(0, max - 1), `… ${lines.length - max + 1} more, not listed (the panel is full)`] : lines;
  shown.forEach((l, i) => {
    const head = i === 0 && l.startsWith('refcount');
    const tail = l.startsWith('… ');
    b.text(r.x + 12, y, head || tail ? l : `• ${l}`, { color: tail ? 'muted' : 'text', bold: head, owner: 'focus', maxW: r.w - 24 });
    y += M.freedLineH;
  });
}

function strip(b: Builder, run: RunLayout, sm: StepModel): void {
  const r = run.stripRect;
  // Stacked (chart above the collector's panel) in the tall layout and beside the code.
  const tall = run.opts.layout === 'tall' || r.h > M.stripH;
  b.rect({ ...r, fill: 'panel', stroke: 'panelBorder', radius: 8, owner: 'strip' });
  const model = run.model;
  const steps = model.trace.steps;
  const chart = stripText(b, model, sm, r, tall).chart;
  const bytes = steps.map((s) => s.liveBytes);
  const objs = steps.map((s) => s.liveObjects);
  const cur = sm.index;
  const bMin = Math.min(...bytes), bMax = Math.max(...bytes);
  const oMin = Math.min(...objs), oMax = Math.max(...objs);
  b.rect({ ...chart, fill: 'barBg', radius: 3, owner: 'strip' });
  const n = steps.length;
  const X = (i: number): number => chart.x + 4 + (n <= 1 ? 0 : (i / (n - 1)) * (chart.w - 8));
  const Y = (v: number, lo: number, hi: number): number => chart.y + chart.h - 4 - (hi === lo ? 0.5 : (v - lo) / (hi - lo)) * (chart.h - 8);
  const bPts: Pt[] = [], oPts: Pt[] = [];
  for (let i = 0; i <= cur; i++) { bPts.push({ x: X(i), y: Y(bytes[i], bMin, bMax) }); oPts.push({ x: X(i), y: Y(objs[i], oMin, oMax) }); }
  // GC runs: a triangle and a vertical tick (shape, not only colour).
  for (const { step } of model.gcRuns) {
    if (step > cur) continue;
    const x = X(step);
    b.path({ points: [{ x, y: chart.y + 2 }, { x, y: chart.y + chart.h - 2 }], stroke: 'gc', lineWidth: 1, dash: [2, 2], owner: 'strip' });
    b.path({ points: [{ x: x - 5, y: chart.y + 1 }, { x: x + 5, y: chart.y + 1 }, { x, y: chart.y + 9 }], stroke: 'gc', lineWidth: 1, fill: 'gc', closed: true, owner: 'strip' });
  }
  if (oPts.length > 1) b.path({ points: oPts, stroke: 'objects', lineWidth: 1.5, dash: [4, 3], owner: 'strip' });
  if (bPts.length > 1) b.path({ points: bPts, stroke: 'bytes', lineWidth: 2, owner: 'strip' });
  const last = bPts[bPts.length - 1];
  if (last) b.circle({ x: last.x, y: last.y, r: 3.5, fill: 'bytes', owner: 'strip' });
  b.path({ points: [{ x: X(cur), y: chart.y }, { x: X(cur), y: chart.y + chart.h }], stroke: 'muted', lineWidth: 1, owner: 'strip' });
}

/** A wrapped line of the strip's small text, below the one before. */
const STRIP_LINE = 17;

/** `text` in lines at most maxW wide, broken between words (a single word wider than that is cut with … when drawn). */
function wrapWords(b: Builder, text: string, style: { font?: FontKind; size?: number; bold?: boolean }, maxW: number): string[] {
  // (a text of parts joined by ' · ' breaks between its parts first: "garbage collector ·" / "thresholds 2000, 10, 10",
  // not "… thresholds 2000, 10," / "10")
  return wrapBy((t) => b.width(t, style), text, maxW);
}

/** wrapWords with the text's width measured by `width`. */
function wrapBy(width: (t: string) => number, text: string, maxW: number): string[] {
  const parts = text.split(' · ');
  if (parts.length > 1 && width(text) > maxW) {
    return parts.flatMap((p, i) => wrapBy(width, i < parts.length - 1 ? `${p} ·` : p, maxW));
  }
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    const t = cur ? `${cur} ${w}` : w;
    if (!cur || width(t) <= maxW) cur = t; else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * The live heap's line: the program's own objects as CPython holds them (shared ones — immortal or cached ints,
 * None, interned strs, classes — aside), and their bytes, the quantities the chart follows over the run. A picture
 * leaves some of them out — a class's methods and its attribute-name tuple, a function's defaults and __dict__,
 * what a "⋯ N more" stands for — so when it draws fewer boxes than that, the line says how many it draws: a learner
 * counts the boxes against the number ("live heap: 776 B in 11 objects" over 8 boxes read as a miscount).
 */
export function liveHeapText(model: RunModel, sm: StepModel): string {
  const t = model.trace.steps[sm.index];
  const objs = t.liveObjects;
  // (a step without a heap snapshot draws no boxes and counts from the heap itself: nothing to compare)
  const drawn = sm.heap ? sm.objects.length : objs;
  const part = drawn < objs ? `, ${drawn === 0 ? 'none' : drawn} drawn` : '';
  return `live heap: ${fmtBytes(t.liveBytes)} in ${objs} object${objs === 1 ? '' : 's'}${part}`;
}

/**
 * The strip's words: the live heap's line and the chart's legend, the collector's thresholds, its three
 * generations and the last collection (or why its timing is unknown). Stacked — the tall layout and the
 * narrow column beside the code — a text too long for its line goes on to the next ones instead of being cut
 * with … ("garbage collector · thresh…", "gen 1: 0 (collected …"). Returns the chart's rect and the lowest y
 * drawn (layoutRun sizes the strip by it).
 */
function stripText(b: Builder, model: RunModel, sm: StepModel, r: Rect, stacked: boolean): { chart: Rect; bottom: number } {
  const steps = model.trace.steps;
  const cur = sm.index;
  const head = liveHeapText(model, sm);
  const legend = `— bytes  ┄ objects`;
  const bold = { bold: true }, small = { size: M.small };
  const chartW = stacked ? r.w - 24 : Math.floor(r.w * 0.5) - 24;
  const th = model.thresholds;
  const heap = sm.heap;
  const gens = [0, 0, 0];
  if (heap) for (const o of heap.values()) if (o.tracked && o.generation !== null && o.generation >= 0 && o.generation <= 2) gens[o.generation]++;
  const gcTitle = `garbage collector · thresholds ${th.join(', ')}`;
  // CPython's own count also holds its start-up's objects until the first collection (core/gc.ts)
  const startup = sm.gc.startupCount ?? 0;
  // (how many the start-up leaves depends on the install — which stdlib .pyc files exist: 3.14.10 starts near 28
  // with a byte-compiled stdlib and near 1,900 in this project's oracle — so the bar shows the program's own)
  const g0 = startup ? `gen 0: ${gens[0]} + start-up's` : sm.gc.countUnknown ? `gen 0: ${gens[0]} + CPython's own (unknown)` : `gen 0: ${gens[0]} of ${th[0]} objects before a collection`;
  const labels = [g0, `gen 1: ${gens[1]} (collected every ${th[1]} gen-0\u00a0runs)`, `gen 2: ${gens[2]} (every ${th[2]} gen-1\u00a0runs)`];
  const runs = model.gcRuns.filter((g) => g.step <= cur);
  const lastRun = runs[runs.length - 1];
  const now = !!(lastRun && lastRun.step === cur);
  // (the collections at interpreter exit have no line)
  const at = lastRun ? (lastRun.ev.line ? `at line ${lastRun.ev.line} (${lastRun.ev.trigger}, gen ${lastRun.ev.generation})` : `at interpreter exit (gen ${lastRun.ev.generation})`) : '';
  const runText = lastRun
    ? `${runs.length} collection${runs.length === 1 ? '' : 's'} so far; last ${at}: freed ${lastRun.ev.collected}${lastRun.ev.why ? ` — ${lastRun.ev.why}` : ''}`
    : 'no collection yet';
  // the collector's timing is not known here: say so instead of the (heapsnake-only) run history
  const unknown = sm.gc.timingUnknown && !now;
  const note = unknown ? `gen ?: CPython may have collected by now (its count includes its own objects)` : (now ? '▼ ' : '') + runText;
  const noteStyle = { size: M.small, color: (unknown || now ? 'gc' : 'muted') as Role, bold: !unknown && now, owner: 'strip' };

  // The live heap's line, the legend on its right — or under the chart when both do not fit on one line.
  const x = r.x + 12;
  let y = r.y + 6;
  // (beside the chart, whose strip keeps its height, the chart gives up the room a second line takes: the head
  // with its ", N drawn" was cut to "2 objects, 1 d…")
  const legendBeside = b.width(head, bold) + 12 + b.width(legend, small) <= chartW;
  let extra = 0;
  if (legendBeside) {
    b.text(x, y, head, { bold: true, color: 'text', owner: 'strip', maxW: chartW - b.width(legend, small) - 12 });
    b.text(x + chartW, y + 1, legend, { size: M.small, color: 'muted', align: 'right', owner: 'strip', maxW: chartW * 0.38 });
    y += 22;
  } else {
    const lines = wrapWords(b, head, bold, chartW);
    lines.forEach((l, i) => b.text(x, y + i * 20, l, { bold: true, color: 'text', owner: 'strip', maxW: chartW }));
    y += 22 + (lines.length - 1) * 20;
    extra = (lines.length - 1) * 20 + 18;
  }
  const chart: Rect = stacked ? { x, y, w: chartW, h: M.stripH - 44 } : { x, y, w: chartW, h: r.h - 44 - extra };
  y = chart.y + chart.h;
  if (!legendBeside) { b.text(x + chartW, y + 3, legend, { size: M.small, color: 'muted', align: 'right', owner: 'strip', maxW: chartW }); y += 18; }

  // The collector's panel: under the chart (stacked) or on its right.
  const gp: Rect = stacked ? { x, y: y + 22, w: r.w - 24, h: 0 } : { x: r.x + Math.floor(r.w * 0.5), y: r.y + 6, w: Math.floor(r.w * 0.5) - 12, h: r.h - 12 };
  y = gp.y;
  const wrap = (text: string, style: { size?: number; bold?: boolean }, maxW: number): string[] => (stacked ? wrapWords(b, text, style, maxW) : [text]);
  const titleLines = wrap(gcTitle, bold, gp.w);
  titleLines.forEach((l, i) => b.text(gp.x, y + i * 20, l, { bold: true, color: 'text', owner: 'strip', maxW: gp.w }));
  y += 22 + (titleLines.length - 1) * 20;
  const bw = Math.min(120, gp.w * 0.28);
  for (let k = 0; k < 3; k++) {
    b.rect({ x: gp.x, y: y + 3, w: bw, h: 12, fill: 'barBg', stroke: 'panelBorder', radius: 2, owner: 'strip' });
    const frac = k === 0 ? Math.min(1, gens[0] / th[0]) : Math.min(1, gens[k] / Math.max(1, gens[0] + gens[1] + gens[2]));
    if (frac > 0) b.rect({ x: gp.x, y: y + 3, w: Math.max(2, bw * frac), h: 12, fill: 'bar', radius: 2, owner: 'strip' });
    if (k === 0) b.path({ points: [{ x: gp.x + bw, y: y + 1 }, { x: gp.x + bw, y: y + 17 }], stroke: 'threshold', lineWidth: 2, owner: 'strip' });
    const lines = wrap(labels[k], small, gp.w - bw - 8);
    lines.forEach((l, i) => b.text(gp.x + bw + 8, y + i * STRIP_LINE, l, { font: 'sans', size: M.small, color: 'muted', owner: 'strip', maxW: gp.w - bw - 8 }));
    y += 20 + (lines.length - 1) * STRIP_LINE;
  }
  // The last collection (or the unknown timing): up to four lines stacked, two beside the chart (its panel's
  // height), the last one cut with … when that is not enough.
  const max = stacked ? 4 : 2;
  let lines = wrapWords(b, note, noteStyle, gp.w);
  if (lines.length > max) lines = [...lines.slice(0, max - 1), lines.slice(max - 1).join(' ')];
  lines.forEach((l, i) => b.text(gp.x, y + 2 + i * STRIP_LINE, l, { ...noteStyle, maxW: gp.w }));
  y += 2 + lines.length * STRIP_LINE;
  return { chart, bottom: y };
}

/**
 * The height the stacked strip needs at its widest text, over every step of the run (the strip keeps one size):
 * stripText's rows, each section as many lines as its widest form takes. The forms are bounded without walking
 * every step's heap (a 20,000-step run spent a second here): the largest byte and object counts stand for every
 * count, and each collection's line is measured once.
 */
function stackedStripH(ms: Measurer, model: RunModel, w: number): number {
  const b = new Builder(ms);
  const steps = model.trace.steps;
  const chartW = w - 24, gpW = w - 24, bw = Math.min(120, gpW * 0.28);
  const bold = { bold: true }, small = { size: M.small };
  const lines = (texts: string[], style: { bold?: boolean; size?: number }, maxW: number): number => Math.max(1, ...texts.map((t) => wrapWords(b, t, style, maxW).length));
  let maxB = 0, maxO = 0;
  for (const s of steps) { if (s.liveBytes > maxB) maxB = s.liveBytes; if (s.liveObjects > maxO) maxO = s.liveObjects; }
  const n = String(maxO).replace(/\d/g, '8');
  // (", N drawn" when some step draws fewer boxes than it counts: liveHeapText)
  const part = model.steps.some((sm) => sm.heap && sm.objects.length < steps[sm.index].liveObjects) ? `, ${n} drawn` : '';
  const heads = [`live heap: ${fmtBytes(maxB)} in ${n} objects${part}`, `live heap: ${fmtBytes(9999)} in ${n} objects${part}`].filter((t, i) => i === 0 || maxB >= 9999);
  const legend = `— bytes  ┄ objects`;
  const beside = heads.every((h) => b.width(h, bold) + 12 + b.width(legend, small) <= chartW);
  const th = model.thresholds;
  const startup = model.steps.some((sm) => sm.gc.startupCount), unknownCount = model.steps.some((sm) => sm.gc.countUnknown);
  const g0 = [`gen 0: ${n} of ${th[0]} objects before a collection`, ...(startup ? [`gen 0: ${n} + start-up's`] : []), ...(unknownCount ? [`gen 0: ${n} + CPython's own (unknown)`] : [])];
  const g1 = [`gen 1: ${n} (collected every ${th[1]} gen-0\u00a0runs)`], g2 = [`gen 2: ${n} (every ${th[2]} gen-1\u00a0runs)`];
  const notes = ['no collection yet'];
  if (model.steps.some((sm) => sm.gc.timingUnknown)) notes.push('gen ?: CPython may have collected by now (its count includes its own objects)');
  model.gcRuns.forEach((g, i) => {
    const at = g.ev.line ? `at line ${g.ev.line} (${g.ev.trigger}, gen ${g.ev.generation})` : `at interpreter exit (gen ${g.ev.generation})`;
    notes.push(`▼ ${i + 1} collection${i === 0 ? '' : 's'} so far; last ${at}: freed ${g.ev.collected}${g.ev.why ? ` — ${g.ev.why}` : ''}`);
  });
  let y = 6 + (beside ? 22 : 22 + (lines(heads, bold, chartW) - 1) * 20) + (M.stripH - 44) + (beside ? 0 : 18) + 22;
  y += 22 + (lines([`garbage collector · thresholds ${th.join(', ')}`], bold, gpW) - 1) * 20;
  for (const l of [g0, g1, g2]) y += 20 + (lines(l, small, gpW - bw - 8) - 1) * STRIP_LINE;
  y += 2 + Math.min(4, Math.max(lines(notes, { size: M.small, bold: true }, gpW), lines(notes, small, gpW))) * STRIP_LINE;
  return Math.max(M.stripH * 2 + 10, Math.ceil(y + 12));
}

/** Does a route have a segment that is neither horizontal nor vertical (the router found no way)? */
function isDiagonal(pts: Pt[]): boolean {
  for (let k = 0; k + 1 < pts.length; k++) if (Math.abs(pts[k].x - pts[k + 1].x) > 0.01 && Math.abs(pts[k].y - pts[k + 1].y) > 0.01) return true;
  return false;
}

/** A router over the given boxes (those on screen at a step) and the frames, on the run's grid lines; cached by the boxes. */
function stepRouter(run: RunLayout, rects: Rect[]): Router {
  const obstacles = [...rects.map((r) => ({ x: r.x, y: r.y, w: r.w, h: r.h })), run.framesRect];
  const key = obstacles.map((r) => `${r.x},${r.y},${r.w},${r.h}`).sort().join(';');
  let r = run.stepRouters.get(key);
  if (!r) {
    const { bounds, ys } = run.routeGrid;
    r = new Router(obstacles, bounds, ys, 8, true);
    if (run.stepRouters.size > 64) run.stepRouters.clear();
    run.stepRouters.set(key, r);
  }
  return r;
}

/** Convenience: lay out a run and one step. */
export function layout(trace: import('../core/trace.js').Trace, step: number, ms: Measurer, opts: LayoutOptions = {}): StepLayout {
  return layoutStep(layoutRun(trace, ms, opts), step);
}

/** A shared chip's badge: ∞ for an immortal object, ≡ for a cached (3.11) or interned (3.14, counted by CPython) one. */
function chipBadge(o: ObjSnap, model: RunModel): string {
  if (o.sharedKind === 'interned') return '≡';
  return model.version === '3.14' ? '∞' : '≡';
}

export { M as METRICS, objectSpec, specDim, isCachedValue };
