// The cycle collector: Modules/gcmodule.c (3.11) and Python/gc.c (3.14.10,
// the generational collector — 3.14's early incremental collector is not the
// one Debian's 3.14.10 ships). One function per phase, named as in CPython,
// each stating the invariant it leaves. InternalDocs/garbage_collector.md
// explains the algorithm with a worked example.

import { PyObject, PyTuple, PyDict, PyList, PyWeakref, PyStr, PyInt, PyFloat, inlineValuesInOrder, slotOrder, materializedOrder } from './object.js';
import { T } from './types.js';
import { R, incref, decref, newDict, newInt } from './rt.js';
import { NotSupported } from './errors.js';
import { dictSet } from './dict.js';
import type { Heap } from './heap.js';
import { PyMethod, PyFunction } from './func.js';
import { holding } from './nativeheld.js';

export interface GcState {
  enabled: boolean;
  threshold: [number, number, number];
  count: [number, number, number];
  collecting: boolean;
  longLivedPending: number;
  longLivedTotal: number;
  /** 3.12+: a collection was scheduled and runs at the next bytecode boundary. */
  pending: boolean;
  runs: number;
  /** gc.garbage and gc.callbacks, created when the module is imported. */
  garbage?: PyList;
  callbacks?: PyList;
  /** Where __main__'s dict (interpreter-owned, not in heapsnake's lists) is among them: the head of the young
   *  or of the oldest generation, or unknown once a collection moved it among the program's objects. */
  mainPos?: 'young-head' | 'old-head' | 'unknown';
  /** Interpreter garbage the next collection finds (see simulate.ts: compile warnings on 3.14). */
  phantom?: number;
  /** A module whose import on 3.14 leaves garbage heapsnake does not model (modules.ts: importModule). */
  importGarbage?: string | null;
  /**
   * CPython may have run a young collection that heapsnake did not (or at another time): its
   * count starts at the start-up's (VersionRules.gcStartupCount) and also counts the
   * interpreter's own objects. The order of __del__ at exit depends on it (exitorder.ts).
   */
  exitRisk: boolean;
  /**
   * Since the last full gc.collect() (or the start), CPython may have run a collection heapsnake did not
   * run, or run one at another time: its count starts at the start-up's and the compilation's objects
   * (VersionRules.gcStartupCount, which varies with the script) and moves with the interpreter's own
   * objects. Whatever depends on when collections ran — the number gc.collect() finds, an object's
   * generation, whether a tuple of atoms is still tracked, gc.get_count() — is then not exact.
   * Reset by a full explicit collection (both then have empty young generations and counts 0).
   */
  timingUnknown: boolean;
  /** CPython's generation-0 count is unknown (an import ran Python code): any allocation may start a collection. */
  countUnknown: boolean;
  /** Since the last explicit collection: allocations CPython surely counted, frees, and the lists and dicts
   *  allocated (countsSurely). */
  sure: { allocs: number; frees: number; lists: number; dicts: number };
  /** A full collection emptied the free lists since the last print (gcCountMoved). */
  printFresh?: boolean;
  /** An explicit collection reset both counts to 0 since the start: no start-up objects to add (crossingPossible). */
  baseKnown: boolean;
  /** heapsnake's own automatic collection reset its count where CPython's may not have been: any allocation may
   *  be where CPython's passes the threshold, until a full explicit collection. */
  anyCrossing: boolean;
  /** Nothing was allocated, freed or printed since the last explicit collection: heapsnake's count[0] is
   *  CPython's (free lists and print()'s own objects move CPython's count in ways heapsnake does not follow). */
  countExact: boolean;
  /** Of count[0], the objects gcUnmodelled added (measured, not modelled: no margin for them). */
  unmodelled: number;
  /** What made the count unknown (an import), for the refusal's message. */
  unknownWhy?: string;
  /** heapsnake ran an automatic collection that found garbage since timingUnknown was last reset. */
  autoFreed: boolean;
  /** Whether gc.get_count()'s entries are known: every entry is set by the start-up's own collections
   *  (CPython 3.14.10 starts at (~1,904+, 2, 0), 3.11.7 at (~249+, 0, 2), both varying with the script)
   *  until a collection of that generation or an older one resets it. */
  countKnown: [boolean, boolean, boolean];
  /**
   * What the last collection's result counted (the trace's gc.collect() explanation, explain.ts):
   * the unreachable objects freed ("type#id", or "type#id: owner's __dict__"), the weakrefs freed
   * after their callbacks, and the stand-in for interpreter garbage (`phantom`).
   */
  last?: { objects: string[]; weakrefs: number; phantom: number; generation: number };
  /** Whether the classes' places in the collector's list are still known after the program's
   *  collections (exitorder.ts: afterProgramCollection); undefined while they are. */
  classPlaces?: 'unknown';
}

let state: GcState;
import { gcWin } from './gcwin.js';
import { checkClassGarbage } from './classgc.js';
import { afterProgramCollection } from './exitorder.js';
import { inlineOrder } from './object.js';
import { resetWatch, syncWatch, collectionRan, collectionStarts, markAutoCleared, markAutoTouched, watchPoint, mayBeGone, watchSurelyCollected, movedTogether, whyMayBeGone, restartCandidates } from './gcwatch.js';

export function gcState(): GcState { return state; }
export function resetGc(threshold: [number, number, number]): GcState {
  state = { enabled: true, threshold: [...threshold], count: [0, 0, 0], collecting: false, longLivedPending: 0, longLivedTotal: 0, pending: false, runs: 0, exitRisk: false, timingUnknown: false, countUnknown: false, baseKnown: false, anyCrossing: false, sure: { allocs: 0, frees: 0, lists: 0, dicts: 0 }, countExact: false, unmodelled: 0, autoFreed: false, countKnown: [false, false, false] };
  gcWin.open = false;
  startSeq = -1;
  resetWatch();
  return state;
}

/** References `o` holds, in tp_traverse order (only objects that could be in a generation matter). */
export function traverse(o: PyObject, visit: (r: PyObject) => void): void {
  // Objects/dictobject.c: dict_traverse — values only for a str-keyed table, else value then key
  if (o instanceof PyDict) {
    // an instance's materialized __dict__, still split: index order (object.ts: materializedOrder)
    const owner = (o as any).matOwner as PyObject | undefined;
    if (owner && owner.dict === o) {
      const vals = materializedOrder(owner, R.rules);
      if (vals) { for (const v of vals) visit(v); return; }
    }
    for (const e of o.entries) {
      if (!e) continue;
      visit(e.value);
      if (!o.unicodeKeys) visit(e.key);
    }
    return;
  }
  // Objects/typeobject.c: subtype_traverse — slots, then the inline values in shared-key order
  // (only for instances laid out on object: a list or dict subclass also has its items to visit)
  if (o.dict && (o.dict as any).inline && !(o instanceof PyFunction) && !o.type.base) {
    const perm = inlineOrder(o, R.rules);
    if (perm) {
      if (o.slots) visitSlots(o, o.slots, visit);
      const es = o.dict.entries;
      for (let i = 0; i < perm.length; i++) visit(es[perm[i]]!.value);
      return;
    }
  }
  // an instance with __slots__ and no __dict__, laid out on object: its slots (subtype_traverse)
  if (o.slots && !o.dict && o.constructor === PyObject && o.type.isHeapType && !o.type.base) {
    visitSlots(o, o.slots, visit);
    return;
  }
  // Objects/funcobject.c: func_traverse — defaults, kwdefaults, doc, dict, closure, annotations, (3.14) annotate
  // (the code, globals, builtins, module, name and qualname it also visits are not on the modelled heap)
  if (o instanceof PyFunction) {
    const f = o as PyFunction;
    for (const r of [f.defaults, f.kwdefaults, (f as any).doc as PyObject | null, f.dict, f.closure, f.annotations, f.annotate]) if (r) visit(r);
    return;
  }
  // Objects/listobject.c: list_traverse and Objects/tupleobject.c: tupletraverse visit items from the last one.
  // PyList.refs / PyTuple.refs list the items first and then PyObject.refs (slots, __dict__ of a subclass
  // instance), and no class overrides them further: visiting the items directly, then what PyObject.refs
  // gives, is the same sequence without building a labelled pair (and its '[i]' string) per item.
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
    if (o.slots || o.dict) {
      const rest: [string, PyObject][] = [];
      PyObject.prototype.refs.call(o, rest);
      for (let i = 0; i < rest.length; i++) visit(rest[i][1]);
    }
    return;
  }
  const out: [string, PyObject][] = [];
  o.refs(out);
  for (let i = 0; i < out.length; i++) visit(out[i][1]);
}

/** Objects/typeobject.c: subtype_traverse -> traverse_slots, in slotOrder (object.ts). */
function visitSlots(o: PyObject, slots: (PyObject | null)[], visit: (r: PyObject) => void): void {
  for (const i of slotOrder(o.type)) { const v = slots[i]; if (v) visit(v); }
  // (a slot not in any class's own __slots__ — not expected — keeps its place after them)
}

/** Include/internal/pycore_gc.h: _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.type.gc && !(o.type.isHeapType)) return false;
  if (o.imm) return false;
  if (o.type === T.tuple) return o.tracked;
  return true;
}

/** Objects/tupleobject.c: _PyTuple_MaybeUntrack */
export function tupleMaybeUntrack(t: PyTuple): void {
  for (const x of t.items) if (mayBeTracked(x)) return;
  R.heap.untrack(t);
}
/** Objects/dictobject.c: _PyDict_MaybeUntrack */
export function dictMaybeUntrack(d: PyDict): void {
  for (const e of d.entries) {
    if (!e) continue;
    if (mayBeTracked(e.value) || mayBeTracked(e.key)) return;
  }
  R.heap.untrack(d);
}

/**
 * gc_collect_main: collect `generation` and the younger ones. Returns the
 * number of unreachable objects found (what gc.collect() returns).
 */
export function gcCollect(generation: number, trigger: 'gc.collect()' | 'automatic' | 'exit'): number {
  const h = R.heap;
  const st = state;
  if (st.collecting) return 0;
  if (trigger === 'gc.collect()' && st.timingUnknown) {
    // NON-CPYTHON guard: CPython may already have collected some of this garbage in an automatic collection
    // at a point heapsnake cannot place (gcwatch.ts: mayBeGone — garbage that existed at a possible point),
    // or, for a young collection, moved it to an older generation (any garbage then). Checked on a dry run
    // of the phases that find garbage, before anything moves: the picture of the refused step shows the heap
    // as it was.
    let unsure: boolean, gone: PyObject | undefined;
    if (st.autoFreed || st.phantom) unsure = true;
    else if (generation < 2) unsure = heapGarbage().length > 0;
    else unsure = (gone = heapGarbage().find(mayBeGone)) !== undefined;
    if (unsure) {
      throw new NotSupported('gc.collect() once CPython may have run an automatic collection', R.hooks.line(), whyMayBeGone(gone));
    }
  }
  collectionStarts();
  st.collecting = true;
  st.runs++;
  if (trigger === 'automatic') st.importGarbage = null; // that garbage would have gone in this collection
  try {
    invokeCallbacks('start', generation, 0, 0);
    // update collection and allocation counters
    if (generation + 1 < 3) st.count[generation + 1]++;
    for (let i = 0; i <= generation; i++) st.count[i] = 0;
    st.unmodelled = 0;
    // (an automatic collection runs at a time CPython's may not: the counts it resets are heapsnake's own)
    for (let i = 0; i <= generation; i++) st.countKnown[i] = trigger !== 'automatic';
    if (trigger === 'gc.collect()') { st.countUnknown = false; st.unknownWhy = undefined; st.baseKnown = true; st.anyCrossing = false; resetSureCount(); } // CPython's count is 0 after it too
    // (CPython's count may be elsewhere: heapsnake's own collection runs at its count, which is not CPython's)
    if (trigger === 'automatic') st.anyCrossing = true;
    if (generation === 2) st.printFresh = true; // (Python/gc.c: _PyGC_ClearAllFreeLists after a full collection)
    if (trigger === 'automatic' && generation + 1 < 3) st.countKnown[generation + 1] = false;

    // __main__'s dict moves with the young generation's survivors: to the head of the oldest (empty of the
    // program's objects before the first collection) after a full collection, else somewhere among them
    if (st.mainPos === 'young-head') st.mainPos = generation === 2 && !h.gens[2].size ? 'old-head' : 'unknown';
    // (with nothing of the program tracked, a full collection leaves __main__'s dict alone at the oldest head,
    // wherever an earlier collection CPython may have run had put it)
    else if (st.mainPos === 'unknown' && generation === 2 && !h.gens[0].size && !h.gens[1].size && !h.gens[2].size) st.mainPos = 'old-head';
    // gc_list_merge: the younger generations join the one being collected
    const young: PyObject[] = [...h.gens[generation]];
    for (let i = 0; i < generation; i++) young.push(...h.gens[i]);
    for (let i = 0; i <= generation; i++) h.gens[i].clear();
    const old = generation < 2 ? h.gens[generation + 1] : h.gens[2];

    const { reachable, unreachable, refs } = deduceUnreachable(young);
    // NON-CPYTHON: classes are not collected here; refuse where CPython would collect one and it shows
    checkClassGarbage(trigger);

    // untrack_tuples: tuples of atoms stop being tracked
    const survivors: PyObject[] = [];
    for (const o of reachable) {
      if (o.type === T.tuple && o.tracked) {
        let keep = false;
        for (const x of (o as PyTuple).items) if (mayBeTracked(x)) { keep = true; break; }
        if (!keep) { o.tracked = false; (o as any).gcUntracked = true; continue; }
      }
      survivors.push(o);
    }
    // Move reachable objects to the next generation; full collections untrack dicts (untrack_dicts, 3.11).
    for (const o of survivors) {
      if (generation === 2 && R.rules.version === '3.11' && o.type === T.dict) {
        let keep = false;
        for (const e of (o as PyDict).entries) if (e && (mayBeTracked(e.key) || mayBeTracked(e.value))) { keep = true; break; }
        if (!keep) { o.tracked = false; (o as any).gcUntracked = true; continue; }
      }
      old.add(o);
    }
    if (generation === 1) st.longLivedPending += survivors.length;
    if (generation === 2) { st.longLivedPending = 0; st.longLivedTotal = survivors.length; }

    if (trigger === 'automatic' && (state.callbacks?.items.length || unreachable.some((o) => runsCodeWhenCollected(o)))) {
      // NON-CPYTHON guard: CPython's automatic collections are triggered by an allocation count that
      // includes the interpreter's own objects, so the line where one runs is approximate here;
      // when it would run Python code (__del__, weakref callbacks, gc.callbacks) the output could differ.
      throw new NotSupported('an automatic garbage collection that runs __del__ or weakref callbacks', R.hooks.line(),
        "CPython starts automatic collections from an allocation count that includes its own internal objects, so heapsnake cannot tell at which line it would run; call gc.collect() explicitly (or gc.disable()) to see it");
    }
    if (trigger === 'automatic') {
      st.timingUnknown = true;
      if (unreachable.length) st.autoFreed = true;
      // (before handle_weakrefs clears anything: what this garbage refers to, gcwatch.ts: checkCountRead)
      markAutoTouched(unreachable);
    }
    const ranCode = unreachable.some((o) => runsCodeWhenCollected(o));
    const ids = unreachable.map((o) => o.id);
    const why = explain(unreachable, refs);

    // handle_weakrefs: clear weakrefs to unreachable objects; call the callbacks of weakrefs that survive
    const freedWeakrefs = handleWeakrefs(unreachable, old, trigger === 'automatic');
    // finalize_garbage: __del__ (tp_finalize) once per object, PEP 442
    finalizeGarbage(unreachable);
    // handle_resurrected_objects: anything a finalizer made reachable again survives
    const finalUnreachable = handleResurrected(unreachable, old);
    // gc_collect_main: m = the weakrefs freed by handle_weakrefs + the final unreachable objects
    let m = freedWeakrefs + finalUnreachable.length;
    const phantom = st.phantom ?? 0;
    if (st.phantom) { m += st.phantom; st.phantom = 0; }
    if (h.recording) st.last = { objects: garbageNames(finalUnreachable), weakrefs: freedWeakrefs, phantom, generation };
    deleteGarbage(finalUnreachable, old);
    // (finalizers and callbacks run Python code, which moves CPython's count in ways heapsnake does not follow)
    if (trigger === 'gc.collect()') st.countExact = !ranCode && !st.callbacks?.items.length;
    // a full explicit collection leaves both interpreters with empty young generations and zero counts
    // (a scheduled 3.14 collection finds every count at 0 and does nothing: the window closes)
    if (trigger === 'gc.collect()' && generation === 2) { st.timingUnknown = false; st.autoFreed = false; st.anyCrossing = false; gcWin.open = false; }
    // the order the walk of the classes' type objects and __dict__s gives (3.11; exit: exitorder.ts)
    if (trigger !== 'exit' && R.rules.exitOrder.generationsModelled) afterProgramCollection(generation, young, ranCode);

    collectionRan(ranCode || !!st.callbacks?.items.length);
    syncWatch();
    const w = h.hooks.where();
    h.record({ kind: 'gc', generation, collected: m, uncollectable: 0, trigger, line: w.line, step: w.step, ids, why });
    invokeCallbacks('stop', generation, m, 0);
    return m;
  } finally {
    st.collecting = false;
  }
}

/** Names for the collected objects; an instance's separate __dict__ is named after its owner. */
function garbageNames(objs: PyObject[]): string[] {
  const owner = new Map<PyObject, PyObject>();
  for (const o of objs) if (o.dict && !(o.dict as any).inline) owner.set(o.dict, o);
  return objs.map((o) => {
    const w = owner.get(o);
    return w ? `${o.type.name}#${o.id}: ${w.type.name}#${w.id}'s __dict__` : `${o.type.name}#${o.id}`;
  });
}

/** Modules/gcmodule.c: invoke_gc_callback — each callback gets (phase, info). */
function invokeCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
  const cbs = state.callbacks;
  if (!cbs || !cbs.items.length) return;
  const info = newDict();
  for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const key = R.intern(k);
    const val = newInt(v);
    dictSet(info, key, val);
    decref(val);
  }
  const ph = R.intern(phase);
  try {
    // (invoke_gc_callback's own reference to info, a C local, held while the callbacks run)
    holding("the collector's info dict (Modules/gcmodule.c: invoke_gc_callback)", [info], () => { for (const cb of cbs.items.slice()) {
      incref(cb);
      // 3.11 Modules/gcmodule.c: invoke_gc_callback — PyObject_CallFunction(cb, "sO", phase, info) packs the
      // arguments into a tuple, which holds info while the callback runs (3.14: PyObject_Vectorcall, no tuple)
      const tup = R.rules.version === '3.11';
      if (tup) incref(info);
      try { const r = tup ? holding('the callback\'s argument tuple (Modules/gcmodule.c: invoke_gc_callback)', [info], () => R.hooks.callPython(cb, [ph, info], null)) : R.hooks.callPython(cb, [ph, info], null); decref(r); }
      finally { if (tup) decref(info); decref(cb); }
    } });
  } finally { decref(info); }
}

interface Deduced { reachable: PyObject[]; unreachable: PyObject[]; refs: null }

/**
 * deduce_unreachable = update_refs + subtract_refs + move_unreachable.
 * Leaves: `reachable` (in list order) and `unreachable` (in the order
 * move_unreachable moved them), with gc_refs computed for the explanation.
 */
let epoch = 0;
/** A fresh mark for the objects' gc scratch fields, for a walk outside a collection (exitorder.ts). */
export function nextGcEpoch(): number { return ++epoch; }
export function deduceUnreachable(young: PyObject[], held?: Map<PyObject, number>): Deduced {
  // (the gc_refs of this pass live on the objects, marked with this pass's epoch: 0 unseen, 1 kept, 2 unreachable)
  const e = ++epoch;
  // update_refs: gc_refs = ob_refcnt for every object in the generation.
  for (const o of young) { o.gcEpoch = e; o.gcRefs = o.rc; o.gcState = 0; }
  // (gcwatch.ts: references from objects already known to be garbage are not external references)
  if (held) for (const o of young) { const n = held.get(o); if (n) o.gcRefs -= n; }
  // subtract_refs: gc_refs -= references from inside the generation; what is left are external references.
  const dec = (r: PyObject): void => { if (r.gcEpoch === e) r.gcRefs--; };
  for (const o of young) traverse(o, dec);
  // move_unreachable: objects with gc_refs > 0 are reachable, and so is everything they reach.
  const list = young.slice();
  const kept: PyObject[] = [];
  const tentative: PyObject[] = [];
  const rescue = (r: PyObject): void => {
    if (r.gcEpoch !== e) return;
    if (r.gcState === 2) { r.gcState = 0; r.gcRefs = 1; list.push(r); }
    else if (r.gcRefs === 0) r.gcRefs = 1;
  };
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (o.gcState === 1) continue;
    if (o.gcRefs > 0) {
      o.gcState = 1;
      kept.push(o);
      traverse(o, rescue);
    } else if (o.gcState === 0) {
      o.gcState = 2;
      tentative.push(o);
    }
  }
  const unreachable: PyObject[] = [];
  for (const o of tentative) if (o.gcState === 2) { o.gcState = 3; unreachable.push(o); }
  return { reachable: kept, unreachable, refs: null };
}

/** Why these objects were garbage: after subtract_refs, no reference came from outside the group. */
function explain(unreachable: PyObject[], refs: null): string {
  if (!unreachable.length) return 'nothing was unreachable';
  void refs;
  const rcs = unreachable.slice(0, 6).map((o) => `${o.type.name}#${o.id} refcount ${o.rc}`).join(', ');
  return `a cycle: every reference to them came from inside the group (${rcs}${unreachable.length > 6 ? ', …' : ''}), none from a name or a live object`;
}

/**
 * handle_weakrefs: weakrefs to trash are cleared; callbacks run only for weakrefs that are not
 * trash themselves. Returns how many of those weakrefs were freed once their callback had run
 * (num_freed, which the collection's result counts: a WeakSet's entries, measured).
 */
function handleWeakrefs(unreachable: PyObject[], _old: Set<PyObject>, automatic = false): number {
  const trash = new Set(unreachable);
  const toCall: PyWeakref[] = [];
  let freed = 0;
  for (const o of unreachable) {
    // weakrefs that are themselves trash lose their referent too (clear them first)
    if (o instanceof PyWeakref && o.referent) {
      const l = o.referent.weakrefs;
      if (l) { const i = l.indexOf(o); if (i >= 0) l.splice(i, 1); }
      o.referent = null;
    }
  }
  for (const o of unreachable) {
    const list = o.weakrefs;
    if (!list || !list.length) continue;
    o.weakrefs = null;
    for (const wr of list) {
      wr.referent = null;
      // (gcwatch.ts: CPython's own automatic collection may not have cleared it yet)
      if (automatic) markAutoCleared(wr, o);
      if (!wr.callback) continue;
      if (trash.has(wr)) continue;
      incref(wr);
      toCall.push(wr);
    }
  }
  for (const wr of toCall) {
    const cb = wr.callback;
    if (cb) {
      wr.callback = null;
      const w = R.heap.hooks.where();
      R.heap.record({ kind: 'weakref-callback', id: wr.id, referent: 0, line: w.line, step: w.step });
      R.heap.hooks.callWeakrefCallback(wr, cb);
      decref(cb);
    }
    decref(wr);
    if (wr.dead) freed++;
  }
  return freed;
}

/** Would collecting `o` run Python code: its __del__ (not yet called, PEP 442) or a weakref callback (of a
 *  weakref that is not itself in `trash`: handle_weakrefs skips those)? */
export function runsCodeWhenCollected(o: PyObject, trash?: Set<PyObject>): boolean {
  return (o.type.hasDel && !o.finalized) || !!(o.weakrefs && o.weakrefs.some((w) => w.callback && !(trash && trash.has(w))));
}

/** The unreachable objects of the whole heap, found as a full collection would (oldest list first). */
export function heapGarbage(): PyObject[] {
  const h = R.heap;
  return deduceUnreachable([...h.gens[2], ...h.gens[0], ...h.gens[1]]).unreachable;
}

/**
 * Would a full collection now run code (a __del__, a generator's close, a weakref callback)?
 * Asked at interpreter exit before _PyGC_CollectIfEnabled (simulate.ts: shutdown).
 */
export function fullCollectionRunsCode(): boolean {
  const h = R.heap;
  const unreachable = heapGarbage();
  const trash = new Set(unreachable);
  return unreachable.some((o) => runsCodeWhenCollected(o, trash));
}

/**
 * Whether the code the exit collection runs (finalizers, weakref callbacks) may run otherwise in CPython once
 * it may have collected during the program: some of this garbage existed at a point where CPython may have
 * collected it (and run that code then), or two or more objects that run code may sit apart in CPython's
 * lists (linked between different points: their order).
 */
export function exitCollectionUnsure(): boolean {
  const unreachable = heapGarbage();
  const trash = new Set(unreachable);
  const coders = unreachable.filter((o) => runsCodeWhenCollected(o, trash));
  if (!coders.length) return false;
  if (unreachable.some(mayBeGone)) return true;
  return coders.length > 1 && !movedTogether(coders);
}

/**
 * The phases of a collection that run code, for a list of garbage found elsewhere (the last
 * collection at interpreter exit, exitorder.ts): handle_weakrefs, then finalize_garbage.
 */
export function finalizeUnreachable(unreachable: PyObject[]): void {
  handleWeakrefs(unreachable, new Set());
  finalizeGarbage(unreachable);
}

/** finalize_garbage: call tp_finalize (__del__, generator close) on each object not yet finalized. */
function finalizeGarbage(unreachable: PyObject[]): void {
  for (const o of unreachable) {
    if (o.dead || o.finalized || !o.type.hasDel) continue;
    o.finalized = true;
    incref(o);
    const w = R.heap.hooks.where();
    R.heap.record({ kind: 'del', id: o.id, type: o.type.name, line: w.line, step: w.step });
    R.heap.hooks.callDel(o);
    decref(o);
  }
}

/** handle_resurrected_objects: recompute reachability inside the trash; resurrected objects move to `old`. */
function handleResurrected(unreachable: PyObject[], old: Set<PyObject>): PyObject[] {
  const alive = unreachable.filter((o) => !o.dead);
  const { reachable, unreachable: still } = deduceUnreachable(alive);
  for (const o of reachable) if (o.tracked) old.add(o);
  return still;
}

/** delete_garbage: tp_clear each object, breaking the cycles; refcounting then frees them. */
function deleteGarbage(collectable: PyObject[], old: Set<PyObject>): void {
  const h: Heap = R.heap;
  const saved = h.freeReason;
  h.freeReason = 'gc';
  try {
    for (const o of collectable) {
      if (o.dead) continue;
      if (hasTpClear(o)) {
        incref(o);
        o.clear(h);
        decref(o);
      }
      if (!o.dead && o.tracked) old.add(o);
    }
  } finally {
    h.freeReason = saved;
  }
}

/** Types with no tp_clear (tuples, bound methods, str...) are freed only when their referrers are cleared. */
function hasTpClear(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PyMethod) return false;
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat) return false;
  return true;
}

/** Something CPython does allocates objects heapsnake does not count (an import that runs a module's code). */
export function gcUncountedWork(what: string): void {
  if (!state.enabled) return;
  state.unknownWhy = what;
  // the work may start a collection of the program's young objects (its Python code checks the eval breaker,
  // and allocates), and leaves a count heapsnake cannot know
  state.countUnknown = true;
  possiblePoint(state);
  if (R.rules.gcRunsAt === 'eval-breaker') gcWin.open = true; // (what it allocated last may have scheduled one more)
}

/**
 * Objects CPython allocates that heapsnake does not model (a class's type object, its __dict__,
 * __mro__ and __bases__ tuples, getset descriptors …): the count moves as CPython's does, so the
 * margin of `timingUnknown` and heapsnake's own automatic collections stay near CPython's.
 * NON-CPYTHON: the number is measured (VersionRules.classCountedObjects), not derived.
 */
export function gcUnmodelled(n: number): void {
  const st = state;
  // (classes of the modules heapsnake builds itself are CPython's start-up's, or an import's: not counted here)
  if (!n || R.heap.internalDepth > 0) return;
  st.count[0] += n;
  st.unmodelled += n;
  st.countExact = false;
  noteCrossing(st);
}

/**
 * Whether the allocation just counted may be the one at which CPython's count passes its threshold.
 * CPython's count is the start-up's and the compilation's objects (up to VersionRules.gcStartupMax, until the
 * first collection) plus what the program allocates, which also moves with the interpreter's own objects.
 * Once the count is unknown (an import ran Python code, or heapsnake's own automatic collection reset its count
 * where CPython's may not have been reset) any allocation may be it; after a full explicit collection both
 * counts restart at 0 and only a quarter of the threshold's worth of heapsnake's allocations can reach it.
 * NON-CPYTHON margin: CPython's count moves up to 4.4 times heapsnake's (measured on the corpus against
 * gc.get_count() where a namedtuple is made; 7 times in copy.deepcopy); objects counted by gcUnmodelled are
 * measured, not modelled, and count once.
 */
function crossingPossible(st: GcState): boolean {
  if (!st.enabled || !st.threshold[0] || startSeq < 0) return false; // (the set-up before the module runs is CPython's start-up)
  if (st.countUnknown || st.anyCrossing) return true;
  const extra = Math.min(st.unmodelled, st.count[0]);
  return (st.baseKnown ? 0 : startMax) + extra + 4 * (st.count[0] - extra) > st.threshold[0];
}

/**
 * A tracked allocation was counted: where CPython's count may pass its threshold, 3.11 may collect right
 * here (Modules/gcmodule.c: gc_alloc collects before the new object is linked) and 3.14 may have scheduled
 * a collection (Python/gc.c: _PyObject_GC_Link → _Py_ScheduleGC) that runs at the next eval-breaker check.
 */
function noteCrossing(st: GcState): void {
  if (!crossingPossible(st)) return;
  if (R.rules.gcRunsAt === 'allocation') {
    possiblePoint(st);
    if (certainCrossed(st)) surelyCollected();
  } else gcWin.open = true;
}

/** The sure count restarts (an explicit collection, gc.enable()/disable(), a certain crossing). */
export function resetSureCount(): void {
  if (state) state.sure = { allocs: 0, frees: 0, lists: 0, dicts: 0 };
  restartCandidates();
}

/** CPython has certainly collected its young generation by now: what was young garbage is gone there too. */
function surelyCollected(): void {
  watchSurelyCollected();
  resetSureCount();
}

/**
 * A lower bound of CPython's count since the last explicit collection (certainCrossed): allocations that count
 * in CPython for sure, minus every free. Objects/listobject.c and Objects/dictobject.c take new lists and dicts
 * from free lists of 80 (Include/internal/pycore_freelist_state.h: Py_lists_MAXFREELIST, Py_dicts_MAXFREELIST)
 * without counting them (_PyObject_GC_Link is not called), and a collection refills them; tuples, bound methods,
 * iterators and slices have free lists too and are not counted at all. Instances of classes written in Python,
 * functions, cells and sets have none.
 */
function countsSurely(st: GcState, o: PyObject): void {
  const t = o.type, s = st.sure;
  if (t === T.list) { if (++s.lists > 80) s.allocs++; }
  else if (t === T.dict) { if (++s.dicts > 80) s.allocs++; }
  else if ((t.isHeapType && !t.base) || t === T.function || t === T.cell || t === T.set) s.allocs++;
}

/**
 * CPython's count has certainly passed its threshold since the counters restarted (at the start, at an explicit
 * collection, at gc.enable()/disable(), and after the last certain crossing: surelyCollected): CPython's count
 * started at 0 or more and counted at least what countsSurely counts, or it crossed and collected meanwhile.
 */
function certainCrossed(st: GcState): boolean {
  return st.enabled && st.threshold[0] > 0 && st.sure.allocs - st.sure.frees > st.threshold[0];
}

/**
 * A point where CPython may have run an automatic collection: the garbage that exists now may be gone there
 * (gcwatch.ts: watchPoint), objects alive now may sit in an older generation, and CPython's count and the
 * exit order no longer follow heapsnake's.
 */
/** heap.ts trackSeq when the module's code starts (what the compilation and the set-up linked). */
let startSeq = -1;
/** The highest count CPython's may have at the first line (VersionRules.gcStartupMax for this script). */
let startMax = 0;

/**
 * The module's code starts. NON-CPYTHON: its RESUME may run a collection the compilation scheduled (a script
 * whose compilation crossed the threshold: measured counts of 0–20 at the first line), which finds only the
 * compiler's constants and moves them to an older generation; heapsnake leaves them where they are.
 */
export function gcProgramStarts(codeObjects: number): void {
  startSeq = R.heap.trackSeq;
  const m = R.rules.gcStartupMax;
  startMax = Math.min(m.base + m.perCode * codeObjects, state.threshold[0]);
  gcWin.open = false;
}

function possiblePoint(st: GcState): void {
  if (R.heap.trackSeq === startSeq) {
    // nothing was linked since the program started (a first `import gc`): a collection here moves only
    // __main__'s dict and the compiler's constants, which stay reachable while their code runs
    if (st.mainPos === 'young-head') st.mainPos = 'unknown';
    return;
  }
  st.exitRisk = true;
  if (!st.timingUnknown) { st.timingUnknown = true; syncWatch(); }
  watchPoint();
}

/**
 * Python/bytecodes.c (3.12+): an eval-breaker check runs a scheduled collection (_Py_HandlePending →
 * _Py_RunGC). `certain`: CPython checks here for sure — RESUME on entering a Python frame or resuming a
 * generator after a plain yield, JUMP_BACKWARD, the end of a CALL's first (still generic) execution
 * (measured on 3.14.10 with a gc.callbacks hook that reads sys._getframe(1).f_lasti). Other CALL ends may or
 * may not check (CALL_LEN, CALL_LIST_APPEND, CALL_ISINSTANCE, CALL_TYPE_1 do not; CALL_BUILTIN_O,
 * CALL_METHOD_DESCRIPTOR_*, CALL_NON_PY_GENERAL do), and PyErr_CheckSignals inside builtins runs it too:
 * possible points, which keep the window open.
 */
export function gcEvalBreaker(certain: boolean): void {
  const st = state;
  if (!gcWin.open) return;
  possiblePoint(st);
  // (a check inside a collection finds it running and drops the request: the next allocation schedules again)
  if (certain && !st.collecting) {
    gcWin.open = false;
    if (certainCrossed(st)) surelyCollected();
  }
}
gcWin.check = gcEvalBreaker;

/** _PyObject_GC_Link / gc_alloc: the generation-0 count moves, maybe starting a collection. */
export function gcAllocated(o?: PyObject): void {
  const st = state;
  st.countExact = false;
  st.count[0]++;
  if (o) countsSurely(st, o);
  noteCrossing(st);
  if (st.count[0] > st.threshold[0] && st.enabled && st.threshold[0] && !st.collecting) {
    if (R.rules.gcRunsAt === 'allocation') collectGenerations();
    else st.pending = true; // 3.12+: _Py_ScheduleGC, run at the next eval-breaker check
  }
}
/** Output was written: CPython's print() leaves objects of its own counted (measured: +1 per call on 3.14). */
export function gcCountMoved(): void {
  if (!state) return;
  state.countExact = false;
  // NON-CPYTHON: heapsnake does not model the counted object print() may allocate before it writes (3.11: at any
  // call; 3.14: the first print after a full collection emptied the free lists — VersionRules.printAllocates), but
  // it may be the allocation that passes CPython's threshold: a possible crossing, before the text is written
  if (R.rules.printAllocates || state.printFresh) noteCrossing(state);
  state.printFresh = false;
}
/**
 * CPython allocates a counted object and frees it again at once, which heapsnake does not model (format.ts:
 * PyObject_Format's bound __format__ on 3.11): the allocation may be the one at which CPython's count passes its
 * threshold. NON-CPYTHON: only the possible crossing is kept; heapsnake's own count and collections do not move.
 */
export function gcTransientAllocation(): void {
  const st = state;
  if (!st || st.collecting || !R.rules.tempObjectsCounted) return;
  st.countExact = false;
  st.count[0]++;
  try { noteCrossing(st); } finally { st.count[0]--; }
}
/** PyObject_GetIter over `o` for a builtin that loops (sum, min, max, any, all): a new iterator unless `o` is
 *  one already (or a range, whose iterator is not a GC object). */
export function gcTransientIter(o: PyObject): void {
  if (!R.rules.tempObjectsCounted || o.type === T.range || o.type.lookup('__next__')) return;
  gcTransientAllocation();
}
export function gcFreed(): void {
  state.countExact = false;
  state.sure.frees++;
  if (state.count[0] > 0) state.count[0]--;
}

/** gc_collect_generations: the oldest generation over its threshold is collected. */
export function collectGenerations(): number {
  const st = state;
  st.pending = false;
  for (let i = 2; i >= 0; i--) {
    if (st.count[i] > st.threshold[i]) {
      if (i === 2 && st.longLivedPending < st.longLivedTotal / 4) continue;
      st.exitRisk = true;
      return gcCollect(i, 'automatic');
    }
  }
  return 0;
}

export { PyList };
