// What CPython's unplaced automatic collections could have changed (gc.ts: timingUnknown).
//
// Once CPython may have collected at a point heapsnake cannot place (its count includes the start-up's
// and the interpreter's own objects, or an import ran Python code), any garbage cycle that exists may
// already be gone in CPython: its weakrefs cleared, its callbacks and __del__ run (and their output
// printed), while in heapsnake it is still waiting for a collection. Three things can show it, and each
// is refused here instead of answered as if no collection ran:
//   - reading a weak reference to such garbage (`r()`, a proxy, a weakref's repr, a dead-entry check),
//     or to an object heapsnake's own automatic collection freed (CPython's may not have run yet);
//   - output, while such garbage would run code when collected (__del__, a weakref callback): CPython
//     may have printed that code's output before this line, or changed what this line prints;
//   - gc.get_referrers(), whose answer lists garbage and orders objects by generation.
//
// Finding garbage is Python/gc.c: deduce_unreachable run on part of the heap, as a young collection is:
// references from outside the part count as external. The part is what the program may have cut loose
// since the last look (cuts.ts: objects a decref left alive, and everything they reach), minus what is
// already known to be garbage (whose references into the part are subtracted, `held`). Garbage stays
// garbage (nothing reaches it again except through the reads refused here), so each look only walks
// what was cut since the one before — a loop that reads a weakref per iteration stays linear.
// NON-CPYTHON: this is heapsnake's bookkeeping, not a CPython mechanism; it decides only whether to
// answer. A young collection in CPython collects only the young generation's garbage: treating all
// garbage as possibly collected refuses a few programs CPython would answer one way for certain.

import type { PyObject, PyDict } from './object.js';
import { PyWeakref, PyCell } from './object.js';
import type { Frame } from './func.js';
import { R } from './rt.js';
import { NotSupported } from './errors.js';
import { cuts } from './cuts.js';
import { deduceUnreachable, gcState, traverse, heapGarbage, runsCodeWhenCollected } from './gc.js';

/** Garbage found since CPython's collections became unplaceable (never reached again). */
let garbage = new Set<PyObject>();
/** For objects outside `garbage`: how many of their references come from garbage. */
let held = new Map<PyObject, number>();
/** Of `garbage`, the objects whose collection runs code (__del__ not yet called, a weakref callback). */
let runsCode = 0;
/** The next look must walk the whole heap (the watch just started, or a collection moved things). */
let needFull = false;
/** gc.disable() while watching: CPython collects nothing more; the garbage found then is what it may have collected. */
let frozen = false;
/** Weakrefs heapsnake's own automatic collections cleared: CPython's may not have run yet. */
let autoCleared = new WeakSet<PyWeakref>();
/**
 * The garbage that existed when the watch started (CPython had certainly not collected before that point,
 * by timingUnknown's margin): a collection heapsnake runs later, by a count below CPython's, comes no
 * earlier than CPython's own, which therefore found this garbage too. Empty when CPython's count was
 * unknown then (an import): its collection may come after heapsnake's.
 */
let early = new Set<PyObject>();
/**
 * The collector's link count (heap.ts: trackSeq) when the uncertainty began: objects linked before it were
 * all in the young generation then, in link order, and every collection since moved them together (a
 * collection merges the younger lists onto the older one's end), so their relative order is still known.
 */
let flipSeq = Infinity;

/** The running frame, innermost (simulate.ts sets it to the VM's). */
let topFrame: () => Frame | null = () => null;
export function setTopFrameSource(f: () => Frame | null): void { topFrame = f; }

/** A new run (simulate.ts via gc.ts: resetGc). */
export function resetWatch(): void {
  cuts.on = false;
  cuts.set.clear();
  garbage = new Set();
  held = new Map();
  runsCode = 0;
  needFull = false;
  frozen = false;
  autoCleared = new WeakSet();
  early = new Set();
  flipSeq = Infinity;
}

/** gc.ts calls this whenever timingUnknown or enabled may have changed. */
export function syncWatch(): void {
  const st = gcState();
  if (!st.timingUnknown) { if (cuts.on || frozen || garbage.size) resetWatch(); return; }
  if (st.enabled) {
    if (!cuts.on) {
      // (gc.enable() after gc.disable() resumes a watch: CPython may have collected before the pause)
      const resuming = frozen;
      cuts.on = true; needFull = true; frozen = false;
      if (!resuming) flipSeq = R.heap.trackSeq;
      early = st.countUnknown || resuming ? new Set() : new Set(heapGarbage());
    }
    return;
  }
  // gc.disable(): the garbage that exists now is what CPython may have collected; nothing later is
  if (cuts.on) { look(); cuts.on = false; cuts.set.clear(); }
  frozen = true;
}

/** A collection heapsnake ran moved or freed objects: the next look starts over. */
export function collectionRan(): void { if (cuts.on) { needFull = true; cuts.set.clear(); } }

/** Is anything watched at all (cheap; the callers' fast path)? */
function watching(): boolean { return (cuts.on || frozen) && !gcState().collecting; }

/** Bring `garbage` up to date with the cuts since the last look. */
function look(): void {
  if (!cuts.on) return;
  if (needFull) {
    needFull = false;
    cuts.set.clear();
    garbage = new Set();
    held = new Map();
    runsCode = 0;
    add(heapGarbage());
    return;
  }
  if (!cuts.set.size) return;
  // what the cuts reach, stopping at known garbage (its references were counted in `held` already) and,
  // when that is more than a few objects, at objects a running frame or __main__ holds (surely reachable:
  // what they reach is left out, and its references into the part count as external, as they should)
  let part = walk(null, SMALL_PART);
  if (!part) part = walk(surelyReachable(), Infinity)!;
  cuts.set.clear();
  add(deduceUnreachable(part, held).unreachable);
}

const SMALL_PART = 24;
const TOO_BIG = new Error('part too big');

/** The objects the cuts reach, not past `stop`; null when there are more than `max`. */
function walk(stop: Set<PyObject> | null, max: number): PyObject[] | null {
  const part: PyObject[] = [];
  const seen = new Set<PyObject>();
  const visit = (o: PyObject): void => {
    if (o.dead || o.imm || !o.tracked || garbage.has(o) || seen.has(o) || (stop && stop.has(o))) return;
    if (part.length >= max) throw TOO_BIG; // (out of traverse, which has no early exit, at once)
    seen.add(o);
    part.push(o);
  };
  try {
    for (const o of cuts.set) visit(o);
    for (let i = 0; i < part.length; i++) traverse(part[i], visit);
  } catch (e) {
    if (e === TOO_BIG) return null;
    throw e;
  }
  return part;
}

/**
 * Objects that are reachable for certain, found without walking the heap: what the running frames'
 * locals, cells and stacks hold, the values of their modules' globals and of __main__'s, and the
 * attributes of those objects (an instance's attributes are few; a container's items are not taken).
 */
function surelyReachable(): Set<PyObject> {
  const out = new Set<PyObject>();
  const withAttrs = (o: PyObject | null): void => {
    if (!o || o.imm || out.has(o)) return;
    out.add(o);
    if (o instanceof PyCell) { withAttrs(o.ref); return; }
    if (o.slots) for (const v of o.slots) if (v && !v.imm) out.add(v);
    const d = o.dict;
    if (d) {
      if (!(d as any).inline) out.add(d);
      for (const e of d.entries) if (e && !e.value.imm) out.add(e.value);
    }
  };
  const values = (d: PyDict | null): void => { if (d) for (const e of d.entries) if (e) withAttrs(e.value); };
  const dicts = new Set<PyDict>();
  for (let f: Frame | null = topFrame(); f; f = f.back) {
    for (const v of f.lp) withAttrs(v);
    for (let i = 0; i < f.sp; i++) withAttrs(f.stack[i]);
    if (f.ns) dicts.add(f.ns);
    dicts.add(f.globals);
  }
  const main = (R as any).globalsRef as PyDict | null;
  if (main) dicts.add(main);
  for (const d of dicts) values(d);
  return out;
}

function add(found: PyObject[]): void {
  if (!found.length) return;
  for (const o of found) { garbage.add(o); held.delete(o); }
  for (const o of found) {
    if (runsCodeWhenCollected(o)) runsCode++;
    traverse(o, (r) => { if (!garbage.has(r) && !r.imm) held.set(r, (held.get(r) ?? 0) + 1); });
  }
}

const WHY = "CPython's automatic collections start from a count that includes its start-up's and its own objects (or an import ran Python code), so it may have collected that garbage before this line; call gc.disable() at the start, or gc.collect() before making the garbage, to get an exact answer";

/** A weak reference is read (its referent, or that it is dead). */
export function checkWeakRead(w: PyWeakref): void {
  if (w.referent === null) {
    if (autoCleared.has(w)) {
      throw new NotSupported('reading a weak reference that heapsnake\'s automatic collection cleared', R.hooks.line(),
        "heapsnake cannot place CPython's automatic collections exactly (their count includes the interpreter's own objects), so in CPython the object may still be alive here; call gc.collect() explicitly to see it go");
    }
    return;
  }
  if (!watching()) return;
  look();
  if (garbage.has(w.referent)) {
    throw new NotSupported(`reading a weak reference to garbage (${w.referent.type.name} in an unreachable cycle) once CPython may have run an automatic collection`, R.hooks.line(), WHY);
  }
}

/** Output is written: garbage that runs code when collected may have printed (or changed state) before it. */
export function checkOutput(): void {
  if (!watching()) return;
  const cbs = gcState().callbacks;
  if (cbs && cbs.items.length) {
    throw new NotSupported('output while gc.callbacks is set, once CPython may have run an automatic collection', R.hooks.line(),
      "CPython's automatic collections call gc.callbacks at points heapsnake cannot place (their count includes the interpreter's own objects); call gc.disable() at the start to get an exact answer");
  }
  look();
  if (runsCode) {
    throw new NotSupported('output while garbage with __del__ or a weakref callback waits for a collection, once CPython may have run an automatic collection', R.hooks.line(), WHY);
  }
}

/**
 * gc.get_referrers(): its answer lists garbage, and orders objects by the generation they are in. Two or more
 * referrers keep heapsnake's order only if they sat in one generation when the uncertainty began (then every
 * collection since moved them together: __main__'s dict at the young list's head counts as one of them).
 */
export function checkReferrers(found: PyObject[]): void {
  if (!gcState().timingUnknown) return;
  if (found.length > 1 && !movedTogether(found)) {
    throw new NotSupported('gc.get_referrers() with more than one referrer once CPython may have run an automatic collection', R.hooks.line(),
      'its answer lists the youngest generation first, and which generation each object is in depends on collections heapsnake cannot place');
  }
  if (!watching()) return;
  look();
  if (found.some((o) => garbage.has(o))) {
    throw new NotSupported('gc.get_referrers() that finds garbage once CPython may have run an automatic collection', R.hooks.line(), WHY);
  }
}

function movedTogether(objs: PyObject[]): boolean {
  const h = R.heap;
  const main = (R as any).globalsRef as PyObject | null;
  let gen = -1;
  for (const o of objs) {
    let g: number;
    if (o === main) {
      if (gcState().mainPos !== 'young-head') return false;
      g = 0;
    } else {
      if (o.gcSeq > flipSeq) return false;
      g = h.gens.findIndex((s) => s.has(o));
    }
    if (gen === -1) gen = g;
    else if (g !== gen) return false;
  }
  return true;
}

/**
 * handle_weakrefs in one of heapsnake's automatic collections cleared `w`, a weakref to `o`: reading it
 * is refused unless CPython's own collection certainly found `o` too (see `early`; before the watch
 * started, CPython had not collected, and heapsnake's count is below CPython's).
 */
export function markAutoCleared(w: PyWeakref, o: PyObject): void {
  if (!cuts.on || early.has(o)) return;
  autoCleared.add(w);
}
