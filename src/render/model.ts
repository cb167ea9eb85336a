// The renderer's view of a run: which objects a picture shows at each step,
// why objects were freed, what the collector did. Pure: reads a Trace, draws nothing.
//
// The trace (src/core/trace.ts) snapshots the whole modelled heap, including the
// interpreter's own objects (builtins, interned names). A picture shows what the
// program made or reaches: objects reachable from the frames' names, plus objects
// that were once reachable and are still alive (garbage waiting for the collector),
// plus the objects freed at this step (as ghosts).

import type { Trace, Step, ObjSnap, FrameSnap } from '../core/trace.js';
import type { HeapEvent } from '../core/heap.js';

export type PyVer = '3.14' | '3.11';

/** gc.get_threshold() defaults of the modelled releases (Modules/gcmodule.c, Python/gc.c). */
export const GC_THRESHOLDS: Record<PyVer, [number, number, number]> = {
  '3.14': [2000, 10, 10],
  '3.11': [700, 10, 10],
};

export type GcEvent = Extract<HeapEvent, { kind: 'gc' }>;
export type FreeEvent = Extract<HeapEvent, { kind: 'free' }>;

export interface ModelOptions {
  /** Draw shared cached objects (small ints, None, interned strings) inline in their slots instead of once as boxes. */
  inlineShared?: boolean;
  /** Rows shown per container before "+N more". */
  maxRows?: number;
  /** Reference depth from the frames beyond which objects are summarised. */
  maxDepth?: number;
  /** More visible objects than this at one step: the picture becomes a summary. */
  maxObjects?: number;
  /** Unreachable groups (garbage awaiting the collector) drawn at one step; the rest are counted in a note. */
  maxGarbage?: number;
  /** Frames drawn per step: the innermost ones and the module's; the rest become one "⋯ N more frames" box. */
  maxStack?: number;
}

/** The name of the placeholder frame that stands for frames left out of a deep stack. */
export const MORE_FRAMES = '⋯';

export const DEFAULT_MODEL_OPTIONS: Required<ModelOptions> = { inlineShared: false, maxRows: 8, maxDepth: 5, maxObjects: 90, maxStack: 7, maxGarbage: 6 };

/** Why an object left the heap, in words a learner reads. */
export interface FreeInfo {
  id: number;
  type: string;
  step: number;
  line: number;
  reason: 'refcount' | 'gc' | 'exit';
  /** e.g. "freed at line 4: refcount → 0 (`del y`)". */
  text: string;
  /** What released its last reference, as the simulator says it (vm.ts: releaseCause). */
  cause?: string;
  /** The object whose freeing released it (heap.ts: finish). */
  holder?: number;
  /** The collection that freed it, for reason 'gc'. */
  gc?: GcEvent;
  /** Members of the cycle it was part of (display names), for reason 'gc'. */
  cycle?: string[];
}

export interface RowModel {
  /** As the trace labels it: `[0]`, `['k']`, `.attr`, `key`, `cell_contents`, `gi_frame.x`, or a frame local name. */
  label: string;
  /** Target object id, or null for a summary row. */
  target: number | null;
  /** A summary row: "+191 more (Point ×191)". */
  more?: string;
  /** A weak reference (drawn dashed; does not count in the refcount). */
  weak?: boolean;
  /** 3.14: a frame's borrowed reference (drawn dotted; does not count in the refcount). */
  borrowed?: boolean;
  /** The target is drawn inline in the row (shared objects with inlineShared, or summarised targets). */
  inline?: string;
  /** Group heading this row belongs to (a generator's suspended frame). */
  group?: string;
}

export interface StepModel {
  index: number;
  line: number;
  prevLine: number | null;
  kind: 'line' | 'end';
  note?: string;
  frames: FrameSnap[];
  /** frames were rebuilt from the module's globals (end steps have none in the trace). */
  framesFromGlobals: boolean;
  /** The collector's state at this step (counts, thresholds, and what heapsnake cannot know of CPython's). */
  gc: Step['gc'];
  /** The heap snapshot of this step, by id (null when the trace kept no snapshot). */
  heap: Map<number, ObjSnap> | null;
  /** Heap objects drawn as boxes (not shared chips), in a stable order. */
  objects: number[];
  /** Shared (cached/immortal) objects drawn once as chips. */
  shared: number[];
  /** Objects freed by the events of this step, drawn as ghosts in their place. */
  ghosts: number[];
  /** Drawn objects not reachable from any frame (garbage awaiting the collector, or kept by a cycle). */
  unreachable: Set<number>;
  /** Rows of each drawn object (and ghost) at this step. */
  rows: Map<number, RowModel[]>;
  /** Frame rows: per frame index, its locals. */
  frameRows: RowModel[][];
  freedHere: FreeInfo[];
  gcRuns: GcEvent[];
  /** __del__ calls and weakref callbacks of this step. */
  notes: string[];
  /** Objects hidden by "+N more" / depth limits at this step. */
  hidden: number;
  /** How many objects never drawn (made and freed within a line: a slice, a range, a temporary list) were freed up to this step. */
  tempFreed: number;
  /**
   * Drawn objects whose refcount counts more references than the picture draws arrows
   * for (code constants, the parser's literals, a class's attributes, a closure's cells,
   * references the interpreter's C code holds while it runs): how many are not drawn.
   * The box says so, so a refcount is never silently more than its arrows.
   */
  undrawn: Map<number, number>;
  /** Too many objects: the picture is a summary. */
  summary: boolean;
}

export interface ObjMeta {
  id: number;
  type: string;
  /** Small number shown as #n, in order of first appearance in a picture. */
  display: number;
  firstVisible: number;
  lastVisible: number;
  /** The runs of consecutive steps at which it is drawn, [first, last] each. */
  visible: [number, number][];
  /** Last snapshot seen (used to draw the ghost of a freed object). */
  last: ObjSnap | null;
  allocLine: number | null;
  freed?: FreeInfo;
  delLine?: number;
}

export interface RunModel {
  trace: Trace;
  version: PyVer;
  thresholds: [number, number, number];
  options: Required<ModelOptions>;
  steps: StepModel[];
  meta: Map<number, ObjMeta>;
  /** All frees of visible objects, in order. */
  freed: FreeInfo[];
  gcRuns: { step: number; ev: GcEvent }[];
  sourceLines: string[];
}

export function pyVersion(trace: Trace): PyVer {
  return trace.python.startsWith('3.11') ? '3.11' : '3.14';
}

/** Objects that are values rather than containers: the interpreter caches or interns them. */
const SCALAR_TYPES = new Set(['int', 'bool', 'NoneType', 'str', 'bytes', 'float', 'complex', 'ellipsis', 'NotImplementedType', 'tuple', 'frozenset']);
/** Objects that are definitions (drawn as compact leaves, their insides not followed). */
const LEAF_TYPES = new Set(['module', 'type', 'function', 'builtin_function_or_method', 'code', 'classmethod', 'staticmethod', 'property']);

export function isCachedValue(o: ObjSnap): boolean {
  return o.shared && SCALAR_TYPES.has(o.type);
}
export function isLeaf(o: ObjSnap): boolean {
  return LEAF_TYPES.has(o.type) || (o.shared && !SCALAR_TYPES.has(o.type));
}

// A function is drawn as a leaf (its globals, code and name are not the lesson), except for what
// it keeps alive that a learner asks about: its default values (the mutable-default lesson:
// Objects/funcobject.c func_defaults holds them in a tuple) and its closure cells (func_closure).
// Without these rows the default list and the cells were drawn "unreachable" while the function
// held them. Its own attributes (func_dict: `f.calls = 0`, functools.wraps' `__wrapped__`) are
// rows too, folded from its __dict__ as an instance's are.
const FUNCTION_ROWS = new Set(['__defaults__', '__kwdefaults__', '__closure__', '__dict__']);

// A class is drawn as a leaf too, except for its data attributes (the shared class attribute
// lesson: `members = []` in the class body is one list, in the class's __dict__, that every
// instance reaches through the class). Its functions and the compiler's dunders
// (__static_attributes__, __firstlineno__, __module__ …) are not drawn.
const FUNCTION_LIKE = new Set(['function', 'classmethod', 'staticmethod', 'property', 'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor']);

/** The references a leaf box still draws as rows (null: none, it is drawn without rows). */
export function leafRefs(o: ObjSnap, heap: Map<number, ObjSnap>): [string, number][] | null {
  let refs: [string, number][];
  if (o.type === 'function' && !o.shared) refs = o.refs.filter(([label]) => FUNCTION_ROWS.has(label));
  else if (o.type === 'type') {
    refs = o.refs.filter(([label, t]) => {
      if (!label.startsWith('.') || label.startsWith('.__')) return false;
      const target = heap.get(t);
      return !!target && !FUNCTION_LIKE.has(target.type) && target.type !== 'type';
    });
  } else return null;
  return refs.length ? refs : null;
}

/** The referent of a weak reference, read from its short value ("weakref → Photo#160"). */
export function weakTarget(o: ObjSnap): number | null {
  if (!/weakref|ReferenceType|WeakMethod|ProxyType/i.test(o.type) && !o.value.startsWith('weakref')) return null;
  const m = /→\s*[\w.]+#(\d+)/.exec(o.value);
  return m ? Number(m[1]) : null;
}

function snapMap(heap: ObjSnap[] | null): Map<number, ObjSnap> | null {
  if (!heap) return null;
  // Later entries win: the trace appends the shared objects it saw after the live ones.
  const m = new Map<number, ObjSnap>();
  for (const o of heap) m.set(o.id, o);
  return m;
}

/** The module's globals dict: the dict whose '__name__' is '__main__'. */
function globalsDict(heap: Map<number, ObjSnap>): ObjSnap | null {
  for (const o of heap.values()) {
    if (o.type !== 'dict') continue;
    for (const [l, id] of o.refs) {
      if (l === "['__name__']") {
        const v = heap.get(id);
        if (v && v.value === "'__main__'") return o;
      }
    }
  }
  return null;
}

function labelKey(label: string): string | null {
  const m = /^\['(.*)'\]$/.exec(label);
  return m ? m[1] : null;
}

/** How a frame row names a reference its evaluation stack holds (trace FrameSnap.stack). */
function stackLabel(o: ObjSnap | undefined, callee?: string): string {
  if (!o) return '(temporary)';
  // (the function a call is running: the caller's stack holds it for the call — Python/ceval.c CALL —, so the
  // frame just above is its; 'temporary' said nothing of why work() had refcount 2)
  if (callee !== undefined && ((o.type === 'function' && o.value === `${callee}()`) || (o.type === 'method' && o.value === `bound ${callee}`))) return `(${o.type} being called)`;
  // (a generator whose frame is running is held by the caller that resumed it — next(g), a for loop, list(g) —:
  // 'loop iterator' was wrong for print(next(g)), which has no loop)
  if ((o.type === 'generator' || o.type === 'coroutine') && / running\b/.test(o.value)) return `(${o.type} being run)`;
  if (/iterator$|^(generator|enumerate|zip|map|filter|reversed)$/.test(o.type)) return '(loop iterator)';
  if (o.type === 'method' && /__exit__/.test(o.value)) return '(with: __exit__)';
  return '(temporary)';
}
/**
 * A frame's rows: its names, then the references on its evaluation stack (a
 * `for` loop's iterator, a `with` block's `__exit__`, a pending call), so every
 * counted reference to an object has an arrow.
 */
function withStack(f: FrameSnap, heap: Map<number, ObjSnap> | null, callee?: string): FrameSnap {
  if (!f.stack?.length && f.fLocals === undefined) return f;
  const rows = (f.stack ?? []).filter((id) => !heap || heap.has(id)).map((id): [string, number] => [stackLabel(heap?.get(id), callee), id]);
  if (f.fLocals !== undefined && (!heap || heap.has(f.fLocals))) rows.push(['(locals() dict)', f.fLocals]);
  return rows.length ? { ...f, locals: [...f.locals, ...rows] } : f;
}

/** Rebuild the module frame of an end step from the globals dict, when the trace has no frames there. */
function framesOf(step: Step, heap: Map<number, ObjSnap> | null, lastModule: FrameSnap | null): { frames: FrameSnap[]; synthetic: boolean } {
  if (step.frames.length || !heap || step.kind !== 'end' || step.note === 'interpreter exit') return { frames: step.frames.map((f, i) => withStack(f, heap, i > 0 ? step.frames[i - 1].name : undefined)), synthetic: false };
  const g = globalsDict(heap);
  const locals: [string, number][] = [];
  if (g) {
    for (const [l, id] of g.refs) {
      const k = labelKey(l);
      if (k === null || (k.startsWith('__') && k.endsWith('__'))) continue;
      locals.push([k, id]);
    }
  } else if (lastModule) {
    // The trace has no frame at the end of the program: keep the module's names as
    // they were at the last line, where their objects are still alive.
    for (const [k, id] of lastModule.locals) if (heap.has(id)) locals.push([k, id]);
  } else return { frames: [], synthetic: false };
  return { frames: [{ name: '<module>', line: step.line, locals }], synthetic: true };
}

/** Short display of a value drawn inline (shared objects, summarised targets). */
export function inlineText(o: ObjSnap): string {
  if (o.type === 'type') return o.value;
  if (o.type === 'module') return o.value;
  return o.value;
}

export function buildModel(trace: Trace, opts: ModelOptions = {}): RunModel {
  const options = { ...DEFAULT_MODEL_OPTIONS, ...opts };
  const version = pyVersion(trace);
  const sourceLines = trace.source.replace(/\n$/, '').split('\n');
  const meta = new Map<number, ObjMeta>();
  const allocLine = new Map<number, number>();
  for (const e of trace.events) if (e.kind === 'alloc') allocLine.set(e.id, e.line);
  let nextDisplay = 1;
  const everVisible = new Set<number>();
  const walk: Walk = { stamp: new Map(), gen: 0 };
  const steps: StepModel[] = [];
  const freed: FreeInfo[] = [];
  const gcRuns: { step: number; ev: GcEvent }[] = [];
  let prevHeap: Map<number, ObjSnap> | null = null;
  let prevLine: number | null = null;
  // Objects collected by each gc event, to name the cycle in the freed list.
  const lastSnap = new Map<number, ObjSnap>();

  const metaOf = (o: ObjSnap, s: number): ObjMeta => {
    let m = meta.get(o.id);
    if (!m) {
      m = { id: o.id, type: o.type, display: 0, firstVisible: s, lastVisible: s, visible: [], last: o, allocLine: allocLine.get(o.id) ?? null };
      meta.set(o.id, m);
    }
    return m;
  };
  const displayName = (id: number): string => {
    const m = meta.get(id);
    const snap = lastSnap.get(id);
    const t = m?.type ?? snap?.type ?? 'object';
    return m && m.display ? `${t}#${m.display}` : `${t}`;
  };

  // NOTE: a shared object appears in a snapshot only when a heap object refers to it, so
  // a name bound to one (y = None) has nothing to draw: its row says so ("shared, not
  // drawn"). Looking the id up in other steps is unsafe while the core's static ids can
  // collide with heap ids.
  let lastModule: FrameSnap | null = null;
  let tempFreed = 0;
  for (const step of trace.steps) {
    const heap = snapMap(step.heap);
    const { frames: allFrames, synthetic } = framesOf(step, heap, lastModule);
    // A deep stack (recursion): the innermost frames, a placeholder, and the module's frame.
    const frames = allFrames.length > options.maxStack
      ? [...allFrames.slice(0, options.maxStack - 2), { name: `${MORE_FRAMES} ${allFrames.length - options.maxStack + 1} more frames`, line: 0, locals: [] }, allFrames[allFrames.length - 1]]
      : allFrames;
    if (step.frames.length) lastModule = step.frames[step.frames.length - 1];
    const sm: StepModel = {
      // the end of the program marks the line the module finished on (the last line event can be a callee's:
      // `print(depth(leaf))` ends after depth's `return d`)
      index: step.index, line: step.line, prevLine: step.kind === 'end' && step.line ? step.line : prevLine, kind: step.kind, note: step.note,
      frames, framesFromGlobals: synthetic, heap, gc: step.gc,
      objects: [], shared: [], ghosts: [], unreachable: new Set(), rows: new Map(), frameRows: [],
      freedHere: [], gcRuns: [], notes: [], hidden: 0, tempFreed, summary: false, undrawn: new Map(),
    };
    const s = step.index;

    // Events of this step.
    const evs = trace.events.slice(step.events[0], step.events[1]);
    for (const e of evs) if (e.kind === 'gc') {
      // (the core names objects by their simulator id; the picture names them as it draws them)
      const ev = e.why ? { ...e, why: e.why.replace(/\b([A-Za-z_]\w*)#(\d+)\b/g, (w, _t, id) => (meta.has(Number(id)) ? displayName(Number(id)) : w)) } : e;
      sm.gcRuns.push(ev); gcRuns.push({ step: s, ev });
    }

    if (heap) {
      selectVisible(sm, heap, everVisible, options, frames === allFrames ? [] : allFrames.slice(options.maxStack - 2, -1), walk);
      for (const id of [...sm.objects, ...sm.shared]) {
        const o = heap.get(id)!;
        const m = metaOf(o, s);
        if (!m.display && !o.shared) m.display = nextDisplay++;
        m.lastVisible = s;
        const seg = m.visible[m.visible.length - 1];
        if (seg && seg[1] >= s - 1) seg[1] = s; else m.visible.push([s, s]);
        m.last = o;
        m.type = o.type;
        everVisible.add(id);
        lastSnap.set(id, o);
      }
    }

    // Frees, __del__ and weakref callbacks of this step.
    for (const e of evs) {
      if (e.kind === 'del') {
        const m = meta.get(e.id);
        // (a generator has no __del__: its finalizer, Objects/genobject.c _PyGen_Finalize, closes it if suspended)
        const gen = m && (m.type === 'generator' || m.type === 'coroutine');
        if (m) { m.delLine = e.line; sm.notes.push(`${gen ? 'finalizer' : '__del__'} of ${displayName(e.id)} called at line ${e.line}`); }
      } else if (e.kind === 'weakref-callback') {
        if (meta.has(e.id) || meta.has(e.referent)) sm.notes.push(`weakref callback of ${displayName(e.id)} ran at line ${e.line} (its ${displayName(e.referent)} died)`);
      }
    }
    for (const e of evs) {
      if (e.kind !== 'free') continue;
      const m = meta.get(e.id);
      if (!m || !everVisible.has(e.id)) { if (e.reason !== 'exit') sm.tempFreed = ++tempFreed; continue; }
      const gcEv = e.reason === 'gc' ? findGc(evs, e.id) : undefined;
      const info: FreeInfo = { id: e.id, type: m.type, step: s, line: e.line, reason: e.reason, text: '', gc: gcEv, cause: e.cause, holder: e.holder };
      if (gcEv) info.cycle = cycleOf(e.id, gcEv.ids, lastSnap).map(displayName);
      info.text = freeText(info, sourceLines, displayName);
      m.freed = info;
      sm.freedHere.push(info);
      freed.push(info);
      // A ghost stays where the object was drawn the step before.
      const prev = steps[steps.length - 1];
      const wasDrawn = !!prev && (prev.objects.includes(e.id) || prev.ghosts.includes(e.id));
      if (wasDrawn && !sm.objects.includes(e.id) && !(heap && heap.has(e.id))) {
        sm.ghosts.push(e.id);
        const last = m.last;
        if (last) sm.rows.set(e.id, rowsOf(last, prevHeap ?? heap ?? new Map(), options, new Set(), 0).rows);
      }
    }
    steps.push(sm);
    if (heap) prevHeap = heap;
    prevLine = step.line || prevLine;
  }
  return { trace, version, thresholds: GC_THRESHOLDS[version], options, steps, meta, freed, gcRuns, sourceLines };
}

function findGc(evs: HeapEvent[], id: number): GcEvent | undefined {
  for (const e of evs) if (e.kind === 'gc' && e.ids.includes(id)) return e;
  // The free may be recorded before the collection's summary event: take the next gc event.
  return evs.find((e): e is GcEvent => e.kind === 'gc');
}

/** The strongly connected part of the collected set that contains `id`, as a path A → B → … (or A ↔ B). */
export function cycleOf(id: number, collected: number[], snaps: Map<number, ObjSnap>): number[] {
  const set = new Set(collected.length ? collected : [id]);
  // Follow references (through instance dicts) within the collected set.
  const succ = (x: number): number[] => {
    const o = snaps.get(x);
    if (!o) return [];
    const out: number[] = [];
    for (const [, t] of o.refs) if (set.has(t) && t !== x) out.push(t);
    return out;
  };
  // BFS from id back to id: the shortest cycle through it.
  const prev = new Map<number, number>();
  const q = [id];
  const seen = new Set([id]);
  while (q.length) {
    const x = q.shift()!;
    for (const y of succ(x)) {
      if (y === id) {
        const path = [x];
        let c = x;
        while (c !== id) { c = prev.get(c)!; path.push(c); }
        return path.reverse().filter((v, i, a) => a.indexOf(v) === i);
      }
      if (!seen.has(y)) { seen.add(y); prev.set(y, x); q.push(y); }
    }
  }
  return [id];
}

function freeText(f: FreeInfo, src: string[], name: (id: number) => string): string {
  const code = f.line > 0 ? (src[f.line - 1] ?? '').trim() : '';
  const where = f.line > 0 ? `line ${f.line}` : 'the end';
  // (a block's end or a return releases references no source text on the line shows: say which;
  // otherwise the line's code says it, as in "refcount → 0 (`del y`)")
  if (f.reason === 'refcount' && f.cause && /ended$|ended:|returned|finished/.test(f.cause)) return `freed at ${where}: refcount → 0 (${f.cause})`;
  // (freed with the object that held it: named as the picture draws it, not by the simulator's id)
  if (f.reason === 'refcount' && f.holder !== undefined) return `freed at ${where}: refcount → 0 (its holder ${name(f.holder)} was freed)`;
  if (f.reason === 'refcount') return `freed at ${where}: refcount → 0${code ? ` (\`${clip(code, 36)}\`)` : ''}`;
  if (f.reason === 'exit') return 'freed at interpreter exit';
  const cyc = f.cycle && f.cycle.length > 1
    ? ` (cycle: ${f.cycle.length === 2 ? `${f.cycle[0]} ↔ ${f.cycle[1]}` : [...f.cycle, f.cycle[0]].join(' → ')})`
    : '';
  const trig = f.gc ? (f.gc.trigger === 'gc.collect()' ? 'gc.collect()' : f.gc.trigger === 'exit' ? 'the exit collection' : `an automatic gen-${f.gc.generation} collection`) : 'gc';
  // (heapsnake places automatic collections by its own count; CPython's also counts its own objects, core/gc.ts)
  if (f.gc && f.gc.trigger === 'automatic') return `collected at ${where} by ${trig}${cyc} — placed by heapsnake's count: CPython's own run at other points`;
  return `collected at ${where} by ${trig}${cyc}`;
}

export function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, Math.max(0, n - 1)) + '…' : s;
}

/** The rows of one object: its references, grouped and summarised. */
export function rowsOf(o: ObjSnap, heap: Map<number, ObjSnap>, opt: Required<ModelOptions>, drawn: Set<number>, _depth: number): { rows: RowModel[]; hiddenTargets: number[] } {
  // An instance's __dict__ is folded into the instance: its entries become `.attr` rows.
  let refs: [string, number][] = o.refs;
  if (o.refs.some(([label]) => label === '__dict__')) {
    refs = [];
    for (const [label, t] of o.refs) {
      const d = label === '__dict__' ? heap.get(t) : undefined;
      if (d && d.type === 'dict') {
        for (const [l2, t2] of d.refs) {
          const k = labelKey(l2);
          if (k !== null) refs.push([`.${k}`, t2]);
          else if (l2 !== 'key') refs.push([l2, t2]);
        }
      } else refs.push([label, t]);
    }
  }
  // The references that get a row (dict keys that are plain values are already in
  // the value row's label). Rows are made only for the ones shown: a long list's
  // middle becomes one "+N more" row, and this runs for every object at every step.
  const kept: number[] = [];
  const targets: (ObjSnap | undefined)[] = [];
  for (let i = 0; i < refs.length; i++) {
    const target = heap.get(refs[i][1]);
    if (refs[i][0] === 'key' && (!target || isCachedValue(target))) continue;
    kept.push(i);
    targets.push(target);
  }
  const w = weakTarget(o);
  const off = w !== null ? 1 : 0;
  const total = kept.length + off;
  const rowAt = (i: number): RowModel => {
    if (i < off) return { label: 'referent', target: w, weak: true };
    const [label, t] = refs[kept[i - off]];
    const target = targets[i - off];
    const row: RowModel = { label, target: t };
    if (label.startsWith('gi_frame.')) { row.group = 'suspended frame'; row.label = label.slice('gi_frame.'.length); }
    // (a suspended frame's evaluation stack, named as a running frame's is: its for loop's iterator was
    // '(loop iterator)' while the generator ran and 'stack[0]' once it yielded)
    if (row.group && /^stack\[\d+\]$/.test(row.label)) row.label = stackLabel(target);
    // (a dict's key object gets its own row, before its value's: say whose key it is, "key 'n0'")
    const next = refs[kept[i - off] + 1];
    if (label === 'key' && next && next[0].startsWith('[')) {
      const k = /^\[(.*)\]$/.exec(next[0]);
      row.label = `key ${k && k[1].startsWith("'") ? k[1] : next[0]}`;
    }
    // A bound method: the arrow to __self__ (the instance it keeps alive); __func__ is
    // the class's function, named rather than drawn (the class's insides are not drawn).
    if (o.type === 'method' && label === '__func__' && target?.type === 'function') row.inline = target.value;
    else if (!target) row.inline = 'shared, not drawn';
    else if (opt.inlineShared && isCachedValue(target)) row.inline = inlineText(target);
    return row;
  };
  const hiddenTargets: number[] = [];
  if (total <= opt.maxRows + 1) {
    const rows: RowModel[] = [];
    for (let i = 0; i < total; i++) rows.push(rowAt(i));
    return { rows, hiddenTargets };
  }
  // Long containers: the first rows, "+N more", the last row.
  const keep = opt.maxRows - 1;
  const shown: RowModel[] = [];
  for (let i = 0; i < keep; i++) shown.push(rowAt(i));
  const counts = new Map<string, number>();
  for (let i = keep; i < total - 1; i++) {
    const id = i < off ? w! : refs[kept[i - off]][1];
    hiddenTargets.push(id);
    const t = i < off ? heap.get(id) : targets[i - off];
    const ty = t ? t.type : '?';
    counts.set(ty, (counts.get(ty) ?? 0) + 1);
  }
  const kinds = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([t, n]) => `${t} ×${n}`).join(', ');
  shown.push({ label: '⋯', target: null, more: `+${total - 1 - keep} more${kinds ? ` (${kinds})` : ''}` });
  shown.push(rowAt(total - 1));
  return { rows: shown, hiddenTargets };
}

/** Objects met by the garbage walk, stamped with the walk's number: one map for all the steps of a run. */
interface Walk { stamp: Map<number, number>; gen: number }

/** Choose what step `sm` draws. */
function selectVisible(sm: StepModel, heap: Map<number, ObjSnap>, ever: Set<number>, opt: Required<ModelOptions>, hiddenFrames: FrameSnap[], walk: Walk): void {
  const objects: number[] = [];
  const shared: number[] = [];
  const seen = new Set<number>();
  const depthOf = new Map<number, number>();
  const reachable = new Set<number>();
  // Objects first met through a weak reference (or through such an object): drawn, but whether they are
  // reachable is decided by the walk below (a cycle only a weakref points to is garbage, not a live object)
  const weakDerived = new Set<number>();
  let hidden = 0;
  const queue: [number, number, boolean][] = [];
  const consider = (id: number, depth: number, viaWeak = false): void => {
    if (seen.has(id)) return;
    const o = heap.get(id);
    if (!o) return;
    if (isCachedValue(o) && opt.inlineShared) return;
    seen.add(id);
    depthOf.set(id, depth);
    if (o.shared && isCachedValue(o)) { shared.push(id); return; }
    if (o.shared) {
      shared.push(id);
      // (a class's data attributes are drawn as its rows)
      if (o.type === 'type' && leafRefs(o, heap)) queue.push([id, depth, viaWeak]);
      return;
    }
    objects.push(id);
    if (viaWeak) weakDerived.add(id);
    queue.push([id, depth, viaWeak]);
  };
  // Frame rows.
  sm.frameRows = sm.frames.map((f) => f.locals.map(([name, id]) => {
    const o = heap.get(id);
    const row: RowModel = { label: name, target: id };
    if (f.borrowed?.includes(name)) row.borrowed = true;
    if (!o) row.inline = 'shared, not drawn';
    else if (opt.inlineShared && isCachedValue(o)) row.inline = inlineText(o);
    return row;
  }));
  for (const f of sm.frames) for (const [, id] of f.locals) consider(id, 1);
  const expand = (): void => {
    while (queue.length) {
      const [id, depth, viaWeak] = queue.shift()!;
      const o = heap.get(id)!;
      const lr = isLeaf(o) ? leafRefs(o, heap) : undefined;
      if (lr === null) { sm.rows.set(id, []); continue; }
      const { rows, hiddenTargets } = rowsOf(lr ? { ...o, refs: lr } : o, heap, opt, seen, depth);
      // (which variables the closure's cells are, in order: co_freevars)
      if (o.freevars) for (const r of rows) if (r.label === '__closure__') r.label = `__closure__ (${o.freevars.join(', ')})`;
      hidden += hiddenTargets.filter((t) => !seen.has(t)).length;
      for (const r of rows) {
        if (r.target === null || r.inline !== undefined) continue;
        const t = heap.get(r.target);
        if (!t) continue;
        // (a chain — nodes of one type linked by one attribute, a linked list's .next — goes on three times as deep:
        // a study group's ten-node list drew five nodes and '⋯ 5 more deeper'; the layout folds long chains)
        const chain = r.label.startsWith('.') && t.type === o.type && depth + 1 <= opt.maxDepth * 3;
        if (depth + 1 > opt.maxDepth && !chain && !seen.has(r.target) && !t.shared) {
          // Too deep: summarise the rest of the chain in the row.
          const n = countChain(r.target, heap, seen);
          r.more = `⋯ ${n} more deeper`;
          r.target = null;
          hidden += n;
          continue;
        }
        consider(r.target, depth + 1, viaWeak || !!r.weak);
      }
      sm.rows.set(id, rows);
    }
  };
  expand();
  for (const id of objects) if (!weakDerived.has(id)) reachable.add(id);
  // Garbage: objects once drawn, still alive, and not reachable at all (not merely summarised).
  // The candidates are the objects once drawn and not drawn yet at this step; the walk
  // over everything reachable stops as soon as it has met all of them.
  const candidates = new Set<number>();
  for (const id of ever) {
    if (seen.has(id)) continue;
    const o = heap.get(id);
    if (o && !o.shared) candidates.add(id);
  }
  for (const id of weakDerived) candidates.add(id);
  let liveMark: ((id: number) => boolean) | null = null;
  if (candidates.size) {
    // Whatever is queued is reachable: a candidate is struck off when first queued.
    // (Indexed loops and one stamp map for the whole run, not a new set per step: this
    // walk runs at every step, over every object reachable, and was most of a long
    // run's model.)
    const stamp = walk.stamp;
    const mark = ++walk.gen;
    const q: number[] = [];
    for (const f of sm.frames) for (let k = 0; k < f.locals.length; k++) { const id = f.locals[k][1]; q.push(id); candidates.delete(id); }
    // Objects of frames left out of a deep stack are reachable, not garbage.
    for (const f of hiddenFrames) for (let k = 0; k < f.locals.length; k++) { const id = f.locals[k][1]; q.push(id); candidates.delete(id); }
    while (q.length && candidates.size) {
      const id = q.pop()!;
      if (stamp.get(id) === mark) continue;
      stamp.set(id, mark);
      const o = heap.get(id);
      // (a leaf is drawn without most of its references, but what it holds is reachable through it:
      // a class's attributes, a function's defaults, closure and annotations)
      if (!o) continue;
      const refs = o.refs;
      for (let k = 0; k < refs.length; k++) {
        const t = refs[k][1];
        if (stamp.get(t) !== mark) { q.push(t); candidates.delete(t); }
      }
    }
    // Objects the walk did not reach (it reached everything reachable when candidates are left) that have
    // more references than the heap's objects hold are held from outside them (a code constant, a class
    // attribute, the interpreter): live, and so is what they hold. (A str only a function's co_consts keeps
    // besides a garbage object was drawn as unreachable.)
    if (candidates.size) {
      const inbound = new Map<number, number>();
      for (const o of heap.values()) {
        const refs = o.refs;
        for (let k = 0; k < refs.length; k++) { const t = refs[k][1]; if (stamp.get(t) !== mark) inbound.set(t, (inbound.get(t) ?? 0) + 1); }
      }
      const held: number[] = [];
      for (const o of heap.values()) if (!o.shared && stamp.get(o.id) !== mark && o.refcount > (inbound.get(o.id) ?? 0)) held.push(o.id);
      while (held.length) {
        const id = held.pop()!;
        if (stamp.get(id) === mark) continue;
        stamp.set(id, mark);
        candidates.delete(id);
        const refs = heap.get(id)?.refs ?? [];
        for (let k = 0; k < refs.length; k++) if (stamp.get(refs[k][1]) !== mark) held.push(refs[k][1]);
      }
      // (with candidates left, `stamp` now marks every live object: what the second expand draws from a
      // garbage root and is not marked is garbage too)
      liveMark = (id) => stamp.get(id) === mark;
    }
    for (const id of weakDerived) if (!candidates.has(id)) reachable.add(id);
    // Garbage heaps up in loops (cycles dropped faster than the collector runs): the newest few
    // unreachable groups are drawn, the rest are counted in a note, so the picture stays readable.
    const roots: number[] = [];
    for (const id of ever) if (candidates.has(id)) roots.push(id);
    const drawn = roots.length > opt.maxGarbage ? roots.slice(roots.length - opt.maxGarbage) : roots;
    for (const id of drawn) consider(id, 1);
    if (drawn.length < roots.length) {
      const notDrawn = roots.slice(0, roots.length - drawn.length).filter((id) => !seen.has(id));
      // (what those roots hold and nothing drawn holds is not drawn either: count it with them)
      const more = undrawnFrom(notDrawn, heap, seen);
      if (more.size) {
        const byType = new Map<string, number>();
        for (const id of more) { const t = heap.get(id)!.type; byType.set(t, (byType.get(t) ?? 0) + 1); }
        const kinds = [...byType].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t} ×${n}`).join(', ');
        sm.notes.push(`+${more.size} more garbage: ${kinds} (unreachable, not drawn)`);
        hidden += more.size;
      }
    }
  }
  expand();
  for (const id of objects) if (!reachable.has(id) && !(liveMark && liveMark(id))) sm.unreachable.add(id);
  sm.objects = objects;
  sm.shared = shared;
  sm.hidden = hidden;
  // Arrows drawn into each object: frame names (not 3.14's borrowed ones) and the rows of
  // drawn objects (not weak ones); the rest of its refcount is said in its box.
  const arrows = new Map<number, number>();
  const count = (r: RowModel): void => { if (r.target !== null && !r.weak && !r.borrowed && r.more === undefined) arrows.set(r.target, (arrows.get(r.target) ?? 0) + 1); };
  for (const rows of sm.frameRows) for (const r of rows) count(r);
  for (const ids of [objects, shared]) for (const id of ids) for (const r of sm.rows.get(id) ?? []) count(r);
  for (const id of objects) {
    const o = heap.get(id);
    if (!o || o.shared || o.refcountUnknown) continue;
    const n = o.refcount - (arrows.get(id) ?? 0);
    if (n > 0) sm.undrawn.set(id, n);
  }
  sm.summary = objects.length > opt.maxObjects;
}

function countChain(start: number, heap: Map<number, ObjSnap>, seen: Set<number>): number {
  return undrawnFrom([start], heap, seen).size;
}

/** The objects reachable from `starts` that are neither drawn (`seen`) nor shared: what a "+N more" stands for. */
function undrawnFrom(starts: number[], heap: Map<number, ObjSnap>, seen: Set<number>): Set<number> {
  const q = [...starts];
  const mine = new Set<number>();
  while (q.length && mine.size < 100000) {
    const id = q.pop()!;
    if (mine.has(id) || seen.has(id)) continue;
    const o = heap.get(id);
    if (!o || o.shared) continue;
    mine.add(id);
    for (const [, t] of isLeaf(o) ? leafRefs(o, heap) ?? [] : o.refs) q.push(t);
  }
  return mine;
}
