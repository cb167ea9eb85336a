// The heap: the live set, reference counting and deallocation.
//
// Include/object.h: Py_INCREF / Py_DECREF; Objects/object.c: _Py_Dealloc.
// Deallocation of an instance follows Objects/typeobject.c: subtype_dealloc:
//   1. tp_finalize (__del__) once, PEP 442 — may resurrect the object;
//   2. PyObject_ClearWeakRefs — weakrefs cleared, callbacks called;
//   3. slots and __dict__ released (PyObject.clear), then the memory.

import { nativeHeld, nativeHeldOn } from './nativeheld.js';
import { cuts } from './cuts.js';
import type { ExplainEvent } from './explain.js';
import type { VersionEvent } from './versionnote.js';
import { PyObject, PyWeakref, setCurrentHeap } from './object.js';
import type { VersionRules } from './version.js';

export type FreeReason = 'refcount' | 'gc' | 'exit';

export type HeapEvent =
  | { kind: 'alloc'; id: number; type: string; line: number; step: number }
  | { kind: 'free'; id: number; type: string; line: number; step: number; reason: FreeReason; cause?: string; holder?: number }
  | { kind: 'with-exit'; id: number; line: number; step: number }
  | { kind: 'del'; id: number; type: string; line: number; step: number }
  | { kind: 'weakref-callback'; id: number; referent: number; line: number; step: number }
  | ExplainEvent
  | VersionEvent
  | { kind: 'gc'; generation: number; collected: number; uncollectable: number; trigger: 'gc.collect()' | 'automatic' | 'exit'; line: number; step: number; ids: number[]; why: string };

export interface HeapHooks {
  /** Call `obj.__del__()`; exceptions are reported as "Exception ignored in" by the hook. */
  callDel(obj: PyObject): void;
  /** Call a weakref callback `cb(wr)`. */
  callWeakrefCallback(wr: PyWeakref, cb: PyObject): void;
  /** A GC object was allocated: the collector's count moves and may trigger a collection. */
  gcAllocated(o: PyObject): void;
  /** The stress switch's collection, run at the start of the next allocation (see alloc). */
  stressCollect?(): void;
  gcFreed(o: PyObject): void;
  /** Current line and step, for events. */
  where(): { line: number; step: number };
  /** What the running instruction did that released the last reference (for free events). */
  cause?(): string;
}

export class Heap {
  nextId = 1;
  /** Every live object — kept only while recording (trace, audit), since it costs time. */
  live = new Set<PyObject>();
  liveCount = 0;
  /** Record events and the live set (off for a plain `run`). */
  recording = true;
  events: HeapEvent[] = [];
  maxEvents = 100000;
  droppedEvents = 0;
  freeReason: FreeReason = 'refcount';
  hooks!: HeapHooks;
  /** Set by the invariant audit / limits. */
  liveLimit = Infinity;
  onLimit: ((what: string) => void) | null = null;
  /** Objects/object.c: _PyTrash_* — deferred deallocations beyond the nesting limit. */
  private deallocDepth = 0;
  private trash: PyObject[] = [];
  constructor(public rules: VersionRules) {}

  enter(): void { setCurrentHeap(this); }
  leave(): void { setCurrentHeap(null); }

  /** The allocation choke point: every PyObject constructor ends here. */
  alloc(o: PyObject): void {
    // The stress switch collects at every GC allocation, but only once the object that asked has
    // been built: alloc runs inside a constructor, before its fields are set (and a collection may
    // run Python code — gc.callbacks — that records the half-built object). So it runs here, at the
    // start of the next allocation, before that one registers.
    if (this.stressPending && this.hooks?.stressCollect) { this.stressPending = false; this.hooks.stressCollect(); }
    o.id = this.nextId++;
    if (this.internalDepth) {
      // interpreter-internal objects (builtins, modules): uncounted, not on the picture
      o.imm = true;
      return;
    }
    if (++this.liveCount > this.liveLimit && this.onLimit) this.onLimit('objects');
    if (this.recording) {
      this.live.add(o);
      const w = this.hooks ? this.hooks.where() : { line: 0, step: 0 };
      o.line = w.line;
      this.record({ kind: 'alloc', id: o.id, type: o.type ? o.type.name : '?', line: w.line, step: w.step });
    }
    // Python/gc.c: _PyObject_GC_Link — every GC object's allocation counts, tracked or not
    if (o.type && o.type.gc && this.hooks) this.hooks.gcAllocated(o);
  }

  /** A stress collection is due (simulate.ts: stressGc). */
  stressPending = false;
  /** >0 while the interpreter builds its own objects (builtins, modules). */
  internalDepth = 0;
  internal<T>(f: () => T): T {
    this.internalDepth++;
    try { return f(); } finally { this.internalDepth--; }
  }
  /** Inside internal(): objects the program can reach and change (gc.garbage, gc.callbacks) stay on the heap. */
  external<T>(f: () => T): T {
    const d = this.internalDepth;
    this.internalDepth = 0;
    try { return f(); } finally { this.internalDepth = d; }
  }

  /**
   * An object that stands for something CPython keeps without an object (vm.ts: 3.14's `with` pair):
   * it stays on the heap for the audit, but the trace neither lists it nor records its allocation or free,
   * and the collector neither counts nor tracks it.
   */
  standIn(o: PyObject): void {
    (o as any).standIn = true;
    // no allocation of CPython's: the collector neither counts nor tracks it (its references are the frame's, as
    // the pair's stack slots are)
    if (o.tracked) this.untrack(o);
    if (o.type.gc && this.hooks) this.hooks.gcFreed(o);
    for (let i = this.events.length - 1; i >= Math.max(0, this.events.length - 8); i--) {
      const e = this.events[i];
      if (e.kind === 'alloc' && e.id === o.id) { this.events.splice(i, 1); break; }
    }
  }

  /** Take an object off the modelled heap (an inline part of another object). */
  unregister(o: PyObject): void {
    this.liveCount--;
    this.live.delete(o);
    const last = this.events[this.events.length - 1];
    if (last && last.kind === 'alloc' && last.id === o.id) this.events.pop();
    // an inline part is no allocation of CPython's: its count does not move (Objects/dictobject.c: inline values)
    if (o.type && o.type.gc && this.hooks) this.hooks.gcFreed(o);
  }
  /** Put an inline object on the heap (it becomes a separate object). */
  register(o: PyObject): void {
    this.liveCount++;
    // Objects/dictobject.c: _PyObject_MaterializeManagedDict allocates a real dict (the collector counts it)
    if (o.type && o.type.gc && this.hooks) this.hooks.gcAllocated(o);
    if (!this.recording) return;
    this.live.add(o);
    const w = this.hooks ? this.hooks.where() : { line: 0, step: 0 };
    this.record({ kind: 'alloc', id: o.id, type: o.type.name, line: w.line, step: w.step });
  }

  record(e: HeapEvent): void {
    if (!this.recording) return;
    if (this.events.length < this.maxEvents) this.events.push(e);
    else this.droppedEvents++;
  }

  incref(o: PyObject): void {
    if (!o.imm) o.rc++;
  }

  decref(o: PyObject): void {
    if (o.imm) return;
    if (--o.rc === 0) this.dealloc(o);
    else if (cuts.on && o.tracked) { cuts.set.set(o, cuts.epoch); cuts.dirty = true; }
    else if (o.rc < 0) throw new Error(`internal: negative refcount on ${o.type.name}#${o.id}`);
  }

  xdecref(o: PyObject | null | undefined): void {
    if (o) this.decref(o);
  }

  /** Objects/object.c: _Py_Dealloc, with the trashcan bounding recursion depth. */
  dealloc(o: PyObject): void {
    if (!this.recording && o.type.leaf && o.weakrefs === null && this.deallocDepth < this.rules.trashcanLimit) {
      // Fast path for an int, float, str... freed while nothing is recorded: deallocOne and finish would find
      // no finalizer, no weakrefs, nothing tracked, nothing to clear, not inline, not a GC object and
      // (with the depth under the trashcan's limit) nothing deferred — what is left is this bookkeeping.
      o.dead = true;
      if ((o as any).idTaken) (o as any).deathSeq = this.nextId;
      this.liveCount--;
      return;
    }
    // Include/cpython/object.h: Py_TRASHCAN_BEGIN — past this nesting depth,
    // deallocation is deferred to when the outermost one finishes.
    if (this.deallocDepth >= this.rules.trashcanLimit) {
      this.trash.push(o);
      return;
    }
    this.deallocDepth++;
    try {
      this.deallocOne(o);
    } finally {
      this.deallocDepth--;
    }
    if (this.deallocDepth === 0) {
      while (this.trash.length) {
        const t = this.trash.shift()!;
        this.deallocDepth++;
        try { this.deallocOne(t); } finally { this.deallocDepth--; }
      }
    }
  }

  private deallocOne(o: PyObject): void {
    // 1. PEP 442 finalizer: Objects/object.c: PyObject_CallFinalizerFromDealloc.
    if (o.type.hasDel && !o.finalized) {
      o.rc = 1; // temporarily resurrect
      o.finalized = true;
      const w = this.hooks.where();
      this.record({ kind: 'del', id: o.id, type: o.type.name, line: w.line, step: w.step });
      const held = nativeHeldOn.on;
      if (held) nativeHeld.push(["the finalizer's temporary reference (Objects/object.c: PyObject_CallFinalizerFromDealloc)", [o]]);
      try { this.hooks.callDel(o); } finally { if (held) nativeHeld.pop(); }
      if (--o.rc !== 0) return; // resurrected: it lives on
    }
    // 2. Objects/weakrefobject.c: PyObject_ClearWeakRefs.
    if (o.weakrefs && o.weakrefs.length) this.clearWeakrefs(o);
    this.finish(o, this.freeReason);
  }

  /** Objects being deallocated, outermost first (so a child's free can name its holder). */
  freeing: PyObject[] = [];

  /** Release what `o` holds and mark it freed. */
  finish(o: PyObject, reason: FreeReason): void {
    if (o.tracked) { this.untrack(o); if (cuts.on) cuts.set.delete(o); }
    this.freeing.push(o);
    try { o.clear(this); } finally { this.freeing.pop(); }
    o.dead = true;
    // when an object whose id() was taken died, in allocation order (ops.ts: checkIdCompare)
    if ((o as any).idTaken) (o as any).deathSeq = this.nextId;
    if ((o as any).inline) return;
    this.liveCount--;
    if (o.type.gc && !(o as any).standIn) this.hooks.gcFreed(o);
    if (this.recording) {
      this.live.delete(o);
      if ((o as any).standIn) return;
      const w = this.hooks.where();
      let holder: PyObject | null = null;
      for (let i = this.freeing.length - 1; i >= 0; i--) if (!(this.freeing[i] as any).inline) { holder = this.freeing[i]; break; }
      const cause = reason === 'gc' ? 'in a cycle found by the collector' : reason === 'exit' && !holder ? 'interpreter exit'
        : holder ? `its holder ${holder.type.name}#${holder.id} was freed` : this.hooks.cause ? this.hooks.cause() : undefined;
      this.record({ kind: 'free', id: o.id, type: o.type.name, line: w.line, step: w.step, reason, cause, ...(holder ? { holder: holder.id } : {}) });
    }
  }

  /**
   * Objects/weakrefobject.c: PyObject_ClearWeakRefs — every weakref to `o` is
   * cleared first, then the callbacks run, oldest-registered last (the list is
   * newest-first and is walked from its head).
   */
  clearWeakrefs(o: PyObject): void {
    const list = o.weakrefs!;
    o.weakrefs = null;
    const withCb: PyWeakref[] = [];
    for (const wr of list) {
      wr.referent = null;
      if (wr.callback && !wr.dead) { this.incref(wr); withCb.push(wr); }
    }
    for (const wr of withCb) {
      const cb = wr.callback;
      if (cb) {
        wr.callback = null;
        const w = this.hooks.where();
        this.record({ kind: 'weakref-callback', id: wr.id, referent: o.id, line: w.line, step: w.step });
        this.hooks.callWeakrefCallback(wr, cb);
        this.decref(cb);
      }
      this.decref(wr);
    }
  }

  // --- GC tracking (Include/internal/pycore_object.h: _PyObject_GC_TRACK) ---
  gens: Set<PyObject>[] = [new Set(), new Set(), new Set()];
  /** 3.14's incremental collector keeps an extra "old" space; see gc.ts. */
  /** How many objects were linked into the collector's list so far (PyObject.gcSeq). */
  trackSeq = 0;
  track(o: PyObject): void {
    if (o.tracked || o.imm) return;
    o.tracked = true;
    o.gcSeq = ++this.trackSeq;
    this.gens[0].add(o);
  }
  untrack(o: PyObject): void {
    if (!o.tracked) return;
    o.tracked = false;
    for (const g of this.gens) if (g.delete(o)) break;
  }
}
