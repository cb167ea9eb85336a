// The record of a run: steps (one per executed line), frames and locals,
// heap snapshots and memory events. Schema: docs/trace.md.
// Snapshots never run Python code (no user __repr__) and allocate nothing
// on the modelled heap.

import { takeLineNotes } from './versionnote.js';
import { linkedBeforePoint } from './gcwatch.js';
import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PyType, PyBaseException, PyCell, PyRange, PyNative, PyWeakref } from './object.js';
import { T } from './types.js';
import type { VM } from './vm.js';
import type { Runtime } from './rt.js';
import { None, True, False, R } from './rt.js';
import { gcState } from './gc.js';
import { Frame, PyFunction, PyMethod, PyGenerator, PyModule, PyFrameObject, PyTraceback } from './func.js';
import type { HeapEvent } from './heap.js';
import { floatRepr, intRepr, complexRepr } from './num.js';
import { strRepr } from './repr.js';
import { getsizeof } from './sizeof.js';
import { NotSupported } from './errors.js';
import { specializationDependent } from './nativeheld.js';

export interface TraceOptions {
  /** Full heap snapshots are kept for at most this many steps (then every step is summarised). */
  maxSnapshots?: number;
}

export interface ObjSnap {
  id: number;
  type: string;
  /** A short value, never produced by running Python code. */
  value: string;
  refcount: number;
  /** sys.getsizeof, or null where heapsnake does not model the size. */
  size: number | null;
  tracked: boolean;
  generation: number | null;
  /** CPython may have run a collection heapsnake did not (gc.ts: timingUnknown): the object may sit in an
   *  older generation there than `generation` says. */
  generationUnsure?: true;
  refs: [string, number][];
  /** Shared/cached/immortal objects (small ints, None, interned strings). */
  shared: boolean;
  /**
   * Why a shared object is shared: 'immortal' (3.12+, PEP 683: its count never moves), 'cached'
   * (3.11's small ints, interned strings, singletons: counted by CPython, not modelled here), or
   * 'uncounted' (classes, builtins: heapsnake does not model their references), or 'interned' (3.14: a str
   * of two or more characters the program interned — CPython 3.14 makes only the strings interned at its
   * start-up immortal, Objects/unicodeobject.c: intern_common; the others are counted, and heapsnake does
   * not model their count). Absent for heap objects.
   */
  sharedKind?: 'immortal' | 'cached' | 'uncounted' | 'interned';
  /** A function's free variables (co_freevars), in the order of its __closure__ cells. */
  freevars?: string[];
  /** Its class's __del__ is running, or has run (it lives on, resurrected, or a collection that ran it is about to
   *  free it): PEP 442 — it will not run again. */
  finalized?: 'running' | 'ran';
  /**
   * Why heapsnake cannot vouch for `refcount` (sys.getrefcount of the object is refused for the same reason):
   * a constant equal code objects may share on 3.14 (compile.ts: mergeCodeConsts), or an object a specialized
   * instruction may hold (nativeheld.ts: specializationDependent). The picture draws "refcount ?". Absent when known.
   */
  refcountUnknown?: string;
  /** For weak references: the referent, which the weakref does not keep alive. */
  weak?: [string, number][];
}
export interface FrameSnap {
  name: string;
  line: number;
  locals: [string, number][];
  /**
   * Objects the frame's evaluation stack holds a counted reference to, bottom
   * first (a `for` loop's iterator, a `with` block's `__exit__`, a callable and
   * arguments while a call runs). Omitted when empty. 3.14's borrowed stack
   * references (LOAD_FAST_BORROW) are not listed: they are not counted.
   */
  stack?: number[];
  /** 3.11: the dict locals() filled, which the frame keeps until it ends (f_locals). */
  fLocals?: number;
  /**
   * 3.14: names in `locals` whose value the frame holds as a borrowed reference (an
   * argument passed from the caller's LOAD_FAST_BORROW: Python/flowgraph.c
   * optimize_load_fast). They refer to the object without counting in its refcount.
   * Omitted when none.
   */
  borrowed?: string[];
}
export interface Step {
  index: number;
  line: number;
  kind: 'line' | 'end';
  note?: string;
  frames: FrameSnap[];
  stdoutLength: number;
  liveObjects: number;
  liveBytes: number;
  /** The collector's counters and thresholds (gc.get_count(), gc.get_threshold()). */
  gc: { count: [number, number, number]; threshold: [number, number, number]; enabled: boolean;
    /** CPython may have collected by now at a point heapsnake cannot tell (gc.ts: timingUnknown). */
    timingUnknown?: true;
    /** CPython's count is unknown (an import ran Python code since the last collection). */
    countUnknown?: true;
    /** No collection has run yet: CPython's count also holds its start-up's objects (about this many). */
    startupCount?: number };
  /** Events [from, to) of Trace.events that happened before this step. */
  events: [number, number];
  heap: ObjSnap[] | null;
}
export interface Trace {
  python: string;
  source: string;
  steps: Step[];
  events: HeapEvent[];
  truncatedSnapshots: boolean;
  droppedEvents: number;
}

export class Recorder {
  steps: Step[] = [];
  lastEvent = 0;
  max: number;
  constructor(private vm: VM, private rt: Runtime, opts: TraceOptions, private source: string) {
    this.max = opts.maxSnapshots ?? 500;
  }

  step(f: Frame): void { this.take(f.line, 'line'); }
  /** `globals`: the module's names, shown as the module frame once the module code has finished. */
  // (after the module's frame is gone: its last line, not the last line run — a function's, when the
  // module ended on a call: the end picture said "module (globals) line 12" for a program ending at 19)
  final(note: string, globals: PyDict | null = null): void { this.take(this.vm.top ? this.vm.top.line : this.lastModuleLine || this.lastLine, 'end', note, globals); }
  lastLine = 0;
  lastModuleLine = 0;

  private take(line: number, kind: 'line' | 'end', note?: string, globals: PyDict | null = null): void {
    const heap = this.rt.heap;
    const evEnd = heap.events.length;
    const full = this.steps.length < this.max || kind === 'end';
    let frames = snapshotFrames(this.vm);
    if (!frames.length && globals) frames = [{ name: '<module>', line, locals: namespaceLocals(globals) }];
    const snap = full ? snapshotHeap(this.rt, frames) : null;
    if (kind === 'line') {
      this.lastLine = line;
      const outer = frames[frames.length - 1];
      if (outer && outer.name === '<module>') this.lastModuleLine = outer.line;
    }
    const st = gcState();
    // The program's live heap: its own objects, not the shared ones (immortal or cached ints, None,
    // interned strs, classes) the snapshot also lists — the bytes counted those while the object count
    // did not ("live heap: 561 B in 2 objects" for a 168 B function and a 200 B generator).
    let bytes = 0, objects = heap.live.size;
    if (snap) { objects = 0; for (const o of snap) if (!o.shared) { bytes += o.size ?? 0; objects++; } }
    else bytes = this.steps.length ? this.steps[this.steps.length - 1].liveBytes : 0;
    const stdoutLength = this.rt.out.reduce((n, s) => n + s.length, 0);
    // where the running frame's line's output starts (versionnote.ts: noteRuleSinceLine)
    if (this.vm?.top) (this.vm.top as any).lineOut = stdoutLength;
    // a version rule the compiler applied to this line (constant folding), noted as it runs
    if (kind === 'line' && (this.rt as any).lineNotes) takeLineNotes(line);
    this.steps.push({
      index: this.steps.length, line, kind, note,
      frames,
      stdoutLength,
      liveObjects: objects,
      liveBytes: bytes,
      gc: {
        count: [...st.count] as [number, number, number], threshold: [...st.threshold] as [number, number, number], enabled: st.enabled,
        ...(st.timingUnknown ? { timingUnknown: true as const } : {}),
        ...(st.countUnknown ? { countUnknown: true as const } : st.runs ? {} : { startupCount: this.rt.rules.gcStartupCount }),
      },
      events: [this.lastEvent, evEnd],
      heap: snap,
    });
    this.lastEvent = evEnd;
  }

  result(): Trace {
    return {
      python: this.rt.rules.patch, source: this.source, steps: this.steps, events: this.rt.heap.events,
      truncatedSnapshots: this.steps.some((s) => s.heap === null), droppedEvents: this.rt.heap.droppedEvents,
    };
  }
}

export function snapshotFrames(vm: VM): FrameSnap[] {
  const out: FrameSnap[] = [];
  for (let f = vm.top; f; f = f.back) {
    // A frame below the top that has not run since its last snapshot has the same locals and stack:
    // reuse that snapshot (deep recursion would otherwise cost depth × steps). The top frame keeps
    // running after a snapshot, and a module or class body's namespace can change from anywhere.
    // (A frame with cells is always re-read: a callee can bind or unbind a shared cell through nonlocal.)
    if (f !== vm.top && !f.ns && !f.snapStale && f.snap && !f.code.cellvars.length && !f.code.freevars.length) {
      out.push(f.snap as FrameSnap);
      continue;
    }
    const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
    const locals: [string, number][] = [];
    let borrowed: string[] | undefined;
    if (f.ns) {
      locals.push(...namespaceLocals(f.ns));
      // PEP 709: a module or class body's hidden fast locals, bound only while an inlined comprehension runs
      for (let i = 0; i < f.lp.length; i++) {
        const v = f.lp[i];
        if (!v || (v instanceof PyCell && !v.ref)) continue;
        locals.push([`${names[i]} (in comprehension)`, v.id]);
      }
    } else {
      for (let i = 0; i < f.lp.length; i++) {
        let v = f.lp[i];
        if (!v) continue;
        if (i >= f.code.varnames.length && v instanceof PyCell) { if (!v.ref) continue; }
        locals.push([names[i], v.id]);
        if (f.lpTag[i]) (borrowed ??= []).push(names[i]);
      }
    }
    const stack: number[] = [];
    for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v && !f.tag[i]) stack.push(v.id); }
    const snap: FrameSnap = { name: f.code.qualname, line: f.line, locals, ...(stack.length ? { stack } : {}), ...(f.fLocals ? { fLocals: f.fLocals.id } : {}), ...(borrowed ? { borrowed } : {}) };
    f.snap = snap;
    f.snapStale = f === vm.top;
    out.push(snap);
  }
  return out;
}

function namespaceLocals(ns: PyDict): [string, number][] {
  const out: [string, number][] = [];
  for (const e of ns.entries) {
    if (!e) continue;
    const k = (e.key as PyStr).v;
    if (k.startsWith('__') && k.endsWith('__')) continue;
    out.push([k, e.value.id]);
  }
  return out;
}

export function snapshotHeap(rt: Runtime, frames: FrameSnap[] = []): ObjSnap[] {
  const out: ObjSnap[] = [];
  const heap = rt.heap;
  const shared = new Map<number, PyObject>();
  // shared objects that only names refer to are included too
  const byId = new Map<number, PyObject>();
  const noteShared = (o: PyObject) => { if (o.imm && !shared.has(o.id) && o.type !== T.code) shared.set(o.id, o); };
  for (const f of framesOf(rt)) for (const v of f) if (v) noteShared(v);
  void byId; void frames;
  for (const o of heap.live) {
    if ((o as any).standIn) continue; // (heap.ts: standIn — no object of CPython's)
    const refs: [string, PyObject][] = [];
    // A running generator's frame is on the call stack, where its names and stack are
    // shown (and counted): the generator's box does not repeat them.
    if (!(o instanceof PyGenerator && o.running)) o.refs(refs);
    for (const [, r] of refs) if (r.imm && !shared.has(r.id) && !(r.type === T.code)) shared.set(r.id, r);
    out.push(describe(o, refs, heap.gens));
  }
  // A class's attributes (its functions, class-level lists…) are listed as its references, so a
  // picture can tell they are reachable through it (the class itself is drawn as a leaf).
  for (const o of shared.values()) {
    const refs: [string, PyObject][] = [];
    if (o instanceof PyType && o.isHeapType) for (const [k, v] of o.attrs) if (v && !v.imm) refs.push([`.${k}`, v]);
    out.push(describe(o, refs, heap.gens));
  }
  return out;
}

/**
 * sys.getsizeof as the trace shows it: null where heapsnake does not model the size.
 * Those refusals are thrown (NotSupported) for the same objects at every snapshot
 * (a class, at every line of a run): they are made without a stack trace, which was
 * most of their cost; any other error is thrown again with its stack.
 */
function sizeOrNull(o: PyObject): number | null {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return getsizeof(o);
  } catch (e) {
    if (e instanceof NotSupported) return null;
    Error.stackTraceLimit = limit;
    return getsizeof(o);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// An exact int, float or str never changes its value or size: each is formatted and
// sized once, not at every snapshot (a trace snapshots every live object at every
// line, and a float's repr was a good part of a long run's tracing).
const SCALARS = new WeakMap<PyObject, { value: string; size: number | null }>();
function scalar(o: PyObject): { value: string; size: number | null } {
  let s = SCALARS.get(o);
  if (!s) {
    const size = sizeOrNull(o);
    s = { value: shortValue(o, 2), size };
    SCALARS.set(o, s);
  }
  return s;
}

function describe(o: PyObject, refs: [string, PyObject][], gens: Set<PyObject>[]): ObjSnap {
  const t = o.type;
  if (t === T.float || t === T.int || t === T.str) {
    const { value, size } = scalar(o);
    const snap: ObjSnap = {
      id: o.id, type: t.name, value, refcount: o.rc, size, tracked: o.tracked, generation: o.tracked ? (gens[0].has(o) ? 0 : gens[1].has(o) ? 1 : 2) : null,
      refs: refs.map(([l, r]) => [l, r.id]), shared: o.imm,
    };
    if (o.imm) snap.sharedKind = sharedKind(o);
    if (snap.generation !== null && snap.generation < 2 && gcState().timingUnknown && linkedBeforePoint(o.gcSeq)) snap.generationUnsure = true;
    const unknown = refcountUnknown(o);
    if (unknown) snap.refcountUnknown = unknown;
    return snap;
  }
  const size = sizeOrNull(o);
  let generation: number | null = null;
  if (o.tracked) generation = gens[0].has(o) ? 0 : gens[1].has(o) ? 1 : 2;
  const snap: ObjSnap = {
    id: o.id, type: o.type.name, value: shortValue(o, 2), refcount: o.rc, size, tracked: o.tracked, generation,
    refs: refs.map(([l, r]) => [l, r.id]), shared: o.imm,
  };
  if (o.imm) snap.sharedKind = sharedKind(o);
  if (generation !== null && generation < 2 && gcState().timingUnknown && linkedBeforePoint(o.gcSeq)) snap.generationUnsure = true;
  if (o instanceof PyWeakref && o.referent) snap.weak = [['referent', o.referent.id]];
  // (PEP 442: the finalized flag of Objects/object.c PyObject_CallFinalizer; generators' own finalizer is not __del__)
  if (o.finalized && !(o instanceof PyGenerator)) snap.finalized = (o as any).inDel ? 'running' : 'ran';
  if (o instanceof PyFunction && o.closure && o.code.freevars.length) snap.freevars = [...o.code.freevars];
  const unknown = refcountUnknown(o);
  if (unknown) snap.refcountUnknown = unknown;
  return snap;
}

/** Why the modelled count may not be CPython's (the cases modules.ts: getrefcount refuses), or null. */
function refcountUnknown(o: PyObject): string | null {
  if (o.imm) return null;
  if ((o as any).constsMergeUnknown) return 'a constant that several functions use: CPython 3.14 may keep it once in one shared co_consts tuple';
  const dep = specializationDependent.find(([, objs]) => objs.includes(o));
  if (dep) return `CPython may hold it from a specialized instruction (${dep[0]})`;
  return null;
}

function sharedKind(o: PyObject): 'immortal' | 'cached' | 'uncounted' | 'interned' {
  const t = o.type;
  // NON-CPYTHON: which interned strs 3.14 made immortal at start-up is not known here (no table of them):
  // strs of two or more characters are 'interned', not claimed immortal ('' and one Latin-1 character are
  // static singletons: immortal)
  if (t === T.str && R.rules.immortal && ([...(o as PyStr).v].length > 1 || (o as PyStr).v.codePointAt(0)! > 255)) return 'interned';
  const valueLike = t === T.NoneType || t === T.bool || t === T.int || t === T.str || t === T.tuple || t === T.bytes || t === T.NotImplementedType || t === T.ellipsis;
  if (valueLike) return R.rules.immortal ? 'immortal' : 'cached';
  if (o instanceof PyType && !o.isHeapType && R.rules.immortal) return 'immortal';
  return 'uncounted';
}

/** The local/global values of every frame being run (the objects names refer to). */
function framesOf(rt: Runtime): (PyObject | null)[][] {
  const vm = (rt as any).vmRef as VM | undefined;
  const out: (PyObject | null)[][] = [];
  for (let f = vm?.top ?? null; f; f = f.back) {
    if (f.ns) out.push(f.ns.entries.map((e) => (e ? e.value : null)));
    out.push(f.lp.map((v, i) => (v instanceof PyCell && i >= f!.code.varnames.length ? v.ref : v)));
  }
  const g = (rt as any).globalsRef as PyDict | undefined;
  if (g) out.push(g.entries.map((e) => (e ? e.value : null)));
  return out;
}

/** A short, safe description of an object's value (no Python code runs). */
export function shortValue(o: PyObject, depth: number): string {
  if (o === None) return 'None';
  if (o === True) return 'True';
  if (o === False) return 'False';
  if (o instanceof PyInt) { const s = typeof o.v === 'bigint' && o.v.toString().length > 30 ? `${o.v.toString().slice(0, 12)}…(${o.v.toString().length} digits)` : intRepr(o.v); return s; }
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyComplex) return complexRepr(o.re, o.im);
  if (o instanceof PyStr) return clip(strRepr(o.v.length > 60 ? o.v.slice(0, 60) : o.v), 40);
  if (o instanceof PyBytes) return clip(`${o.type === T.bytearray ? 'bytearray(' : ''}b'…' (${o.v.length} bytes)${o.type === T.bytearray ? ')' : ''}`, 40);
  if (o instanceof PyList || o instanceof PyTuple) {
    const open = o instanceof PyList ? '[' : '(', close = o instanceof PyList ? ']' : ')';
    if (depth <= 0) return `${open}…${o.items.length}${close}`;
    return clip(open + o.items.slice(0, 8).map((x) => shortValue(x, depth - 1)).join(', ') + (o.items.length > 8 ? ', …' : '') + (o instanceof PyTuple && o.items.length === 1 ? ',' : '') + close, 60);
  }
  if (o instanceof PyDict) {
    if (depth <= 0) return `{…${o.used}}`;
    const parts: string[] = [];
    for (const e of o.entries) { if (!e) continue; if (parts.length >= 6) { parts.push('…'); break; } parts.push(`${shortValue(e.key, 0)}: ${shortValue(e.value, depth - 1)}`); }
    return clip('{' + parts.join(', ') + '}', 60);
  }
  if (o instanceof PySet) return `${o.type.name}(${o.used})`;
  if (o instanceof PyRange) return `range(${intRepr(o.start.v)}, ${intRepr(o.stop.v)}${o.step.v == 1 ? '' : ', ' + intRepr(o.step.v)})`;
  // (the function __build_class__ runs to fill a class's namespace: Python/bltinmodule.c: builtin___build_class__)
  if (o instanceof PyFunction) return o.code.isClassBody ? `body of class ${o.qualname}` : `${o.qualname}()`;
  if (o instanceof PyMethod) return `bound ${o.func instanceof PyFunction ? o.func.qualname : '?'}`;
  if (o instanceof PyGenerator) return `${o.qualname}() ${o.frame ? (o.running ? 'running (its frame is on the call stack)' : o.started ? 'suspended' : 'not started') : 'finished'}`;
  if (o instanceof PyCell) return o.ref ? `cell → ${o.ref.type.name}` : 'empty cell';
  if (o instanceof PyBaseException) return `${o.type.name}(${o.args ? o.args.items.map((x) => shortValue(x, 0)).join(', ') : ''})`;
  if (o instanceof PyType) return `class ${o.qualname}`;
  if (o instanceof PyModule) return `module ${o.name}`;
  // (the frame object a traceback keeps: whose frame, and whether it is still running)
  if (o instanceof PyFrameObject) return `frame of ${o.frame.code.name === '<module>' ? '<module>' : `${o.frame.code.qualname}()`}${o.frame.finished ? ', finished' : ''}`;
  if (o instanceof PyTraceback) return `line ${o.lineno}`;
  if (o instanceof PyWeakref) return o.referent ? `weakref → ${o.referent.type.name}#${o.referent.id}` : 'dead weakref';
  if (o instanceof PyNative) return o.type.name;
  return `${o.type.name} object`;
}

function clip(s: string, n: number): string { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
