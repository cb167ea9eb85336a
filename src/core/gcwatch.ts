// What CPython's unplaced automatic collections could have changed (gc.ts: timingUnknown, possiblePoint).
//
// CPython's count includes the start-up's and the interpreter's own objects (or an import ran Python code),
// so heapsnake cannot tell at which allocation it passes the threshold, only where it may (gc.ts:
// crossingPossible), and so where a collection may have run: at that allocation on 3.11, at the eval-breaker
// checks after it on 3.14 (gc.ts: gcEvalBreaker). Garbage that exists at such a point may already be gone in
// CPython: its weakrefs cleared, its callbacks and __del__ run (and their output printed), while in heapsnake
// it is still waiting for a collection. Garbage made after the last point is not: no collection can have run
// since it became garbage. Three things can show the difference, and each is refused here instead of
// answered as if no collection ran:
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
/** Of `garbage`, what became garbage after the last possible point: certainly still there in CPython. */
let fresh = new Set<PyObject>();
/** Of `fresh`, the objects whose collection runs code. */
let runsCodeFresh = 0;
/** heap.ts trackSeq at each possible point (when something was linked since the one before): objects linked
 *  between two points were next to each other in the young list then, and every collection since moved them
 *  together. */
let pointSeqs: number[] = [];
/** Of `garbage`, what was in the young generation when it became garbage, with no point while it was
 *  reachable: CPython cannot have moved it to an older generation, so its next collection takes it. */
let youngGarbage = new Set<PyObject>();
/** Garbage CPython's collections have certainly taken by now (watchSurelyCollected). */
let surelyGone = new Set<PyObject>();
/** The young garbage at the first point since gc.ts last restarted its sure count (null: no point yet). CPython's
 *  first collection after that restart came at that point or later, so it found this garbage; garbage made after
 *  that point may have been made after CPython's collection. */
let candidates: Set<PyObject> | null = null;
const MAX_POINTS = 100_000;
/** For objects outside `garbage`: how many of their references come from garbage. */
let held = new Map<PyObject, number>();
/** Of `garbage`, the objects whose collection runs code (__del__ not yet called, a weakref callback). */
let runsCode = 0;
/** The next look must walk the whole heap (the watch just started, or a collection moved things). */
let needFull = false;
/** Weakrefs heapsnake's own automatic collections cleared: CPython's may not have run yet. */
let autoCleared = new Map<PyWeakref, PyObject | null>();
/** Live objects whose reference count or weakref list heapsnake's own automatic collections changed by freeing
 *  garbage (what the garbage referred to, and the referents of weakrefs in it): CPython's may not have run yet. */
let autoTouched = new Set<PyObject>();
/** The running frame, innermost (simulate.ts sets it to the VM's). */
let topFrame: () => Frame | null = () => null;
export function setTopFrameSource(f: () => Frame | null): void { topFrame = f; }

/** A new run (simulate.ts via gc.ts: resetGc). */
export function resetWatch(): void {
  cuts.on = false;
  cuts.set.clear();
  garbage = new Set();
  fresh = new Set();
  runsCodeFresh = 0;
  pointSeqs = [];
  youngGarbage = new Set();
  surelyGone = new Set();
  candidates = null;
  held = new Map();
  runsCode = 0;
  needFull = false;
  autoCleared = new Map();
  autoTouched = new Set();
  pointLine = 0;
}

/** gc.ts calls this whenever timingUnknown may have changed. */
export function syncWatch(): void {
  const st = gcState();
  if (!st.timingUnknown) { if (cuts.on || garbage.size || pointSeqs.length) resetWatch(); return; }
  // (the first point: the whole heap is looked at, and what is garbage then is at that point)
  if (!cuts.on) { cuts.on = true; needFull = true; }
}

/**
 * A point where CPython may have collected (gc.ts: possiblePoint): all garbage that exists now may be gone
 * there; what becomes garbage later is fresh again.
 */
export function watchPoint(): void {
  if (!cuts.on || gcState().collecting) return;
  look();
  if (garbage.size) pointLine = R.hooks.line();
  if (!candidates) { candidates = new Set(); for (const o of youngGarbage) if (garbage.has(o)) candidates.add(o); }
  fresh.clear();
  runsCodeFresh = 0;
  const seq = R.heap.trackSeq;
  const n = pointSeqs.length;
  if (n < MAX_POINTS && (!n || pointSeqs[n - 1] < seq)) pointSeqs.push(seq);
  else if (n >= MAX_POINTS) pointSeqs[n - 1] = Infinity; // (too many to tell apart: later objects share no epoch)
}

/**
 * CPython has certainly collected its young generation here (gc.ts: certainCrossed, at a certain check): the
 * garbage that sat in it is gone there.
 */
export function watchSurelyCollected(): void {
  if (!cuts.on || !candidates) return;
  look();
  for (const o of candidates) if (garbage.has(o) || o.dead) surelyGone.add(o);
  // (a weakref heapsnake's own collection cleared, to garbage CPython's first collection found: gone there too)
  for (const [w, o] of autoCleared) if (o && surelyGone.has(o)) autoCleared.delete(w);
}

/** gc.ts restarted its sure count: the next point takes the young garbage anew. */
export function restartCandidates(): void { candidates = null; }

/** Was the object linked as `seq` alive at a point where CPython may have collected (and so moved it to an
 *  older generation)? */
export function linkedBeforePoint(seq: number): boolean {
  const n = pointSeqs.length;
  return n > 0 && seq <= pointSeqs[n - 1];
}

/** Is `o` garbage that existed at a point where CPython may have collected it? */
export function mayBeGone(o: PyObject): boolean {
  if (!cuts.on) return false;
  look();
  return garbage.has(o) && !fresh.has(o);
}

/** A collection heapsnake ran moved or freed objects: the next look starts over. */
export function collectionRan(): void { if (cuts.on) { needFull = true; cuts.set.clear(); } }

/** Is anything watched at all (cheap; the callers' fast path)? */
function watching(): boolean { return cuts.on && !gcState().collecting; }

/** Bring `garbage` up to date with the cuts since the last look. */
function look(): void {
  if (!cuts.on) return;
  if (needFull) {
    needFull = false;
    cuts.set.clear();
    garbage = new Set();
    fresh = new Set();
    runsCodeFresh = 0;
    held = new Map();
    runsCode = 0;
    // (after the first point, or a collection heapsnake ran: whether this garbage was there at an earlier
    // point is not known, so none of it is fresh)
    add(heapGarbage(), false);
    return;
  }
  if (!cuts.set.size) return;
  // what the cuts reach, stopping at known garbage (its references were counted in `held` already) and,
  // when that is more than a few objects, at objects a running frame or __main__ holds (surely reachable:
  // what they reach is left out, and its references into the part count as external, as they should)
  let part = walk(null, SMALL_PART);
  if (!part) part = walk(surelyReachable(), Infinity)!;
  cuts.set.clear();
  add(deduceUnreachable(part, held).unreachable, true);
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

function add(found: PyObject[], isFresh: boolean): void {
  if (!found.length) return;
  const g0 = R.heap.gens[0];
  for (const o of found) {
    garbage.add(o); held.delete(o);
    if (isFresh) fresh.add(o);
    if (g0.has(o) && !linkedBeforePoint(o.gcSeq)) youngGarbage.add(o);
  }
  for (const o of found) {
    if (runsCodeWhenCollected(o)) { runsCode++; if (isFresh) runsCodeFresh++; }
    traverse(o, (r) => { if (!garbage.has(r) && !r.imm) held.set(r, (held.get(r) ?? 0) + 1); });
  }
}

/** The line of the last point where CPython may have collected (watchPoint), for the refusals' reason. */
let pointLine = 0;

/** Why garbage may already be gone in CPython: the reason every refusal here (and gc.ts's gc.collect()) gives. */
export function whyMayBeGone(): string {
  const st = gcState();
  const count = st.unknownWhy
    ? `after \`${st.unknownWhy}\` (which runs Python code) CPython's collection count may be anywhere below its threshold`
    : `CPython's collection count starts where the interpreter's start-up and the compilation leave it (measured: ${R.rules.gcStartupMeasured}, varying with the script and the installation)`;
  return `${count}, so ${pointLine ? `at line ${pointLine}` : 'earlier'}, after this garbage was made, it may have passed the threshold and collected it; call gc.collect() before making the garbage (the count is then 0) or gc.disable() at the start to get an exact answer`;
}

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
  if (garbage.has(w.referent) && !fresh.has(w.referent)) {
    throw new NotSupported(`reading a weak reference to garbage (${w.referent.type.name} in an unreachable cycle) once CPython may have run an automatic collection`, R.hooks.line(), whyMayBeGone());
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
  if (runsCode > runsCodeFresh) {
    throw new NotSupported('output while garbage with __del__ or a weakref callback waits for a collection, once CPython may have run an automatic collection', R.hooks.line(), whyMayBeGone());
  }
}

/**
 * gc.get_referrers(): its answer lists garbage, and orders objects by the generation they are in. Two or more
 * referrers keep heapsnake's order only if they were linked between the same two possible points and sit in
 * one generation (then every collection since moved them together: __main__'s dict at the young list's head
 * counts as linked before the first point).
 */
export function checkReferrers(found: PyObject[]): void {
  if (!gcState().timingUnknown) return;
  if (found.length > 1 && !movedTogether(found)) {
    throw new NotSupported('gc.get_referrers() with more than one referrer once CPython may have run an automatic collection', R.hooks.line(),
      'its answer lists the youngest generation first, and which generation each object is in depends on collections heapsnake cannot place');
  }
  if (!watching()) return;
  look();
  if (found.some((o) => garbage.has(o) && !fresh.has(o))) {
    throw new NotSupported('gc.get_referrers() that finds garbage once CPython may have run an automatic collection', R.hooks.line(), whyMayBeGone());
  }
}

export function movedTogether(objs: PyObject[]): boolean {
  const h = R.heap;
  const main = (R as any).globalsRef as PyObject | null;
  let gen = -1, epoch = -1;
  for (const o of objs) {
    let g: number, e: number;
    if (o === main) {
      if (gcState().mainPos !== 'young-head') return false;
      g = 0; e = 0;
    } else {
      g = h.gens.findIndex((s) => s.has(o));
      e = epochOf(o.gcSeq);
      if (e < 0) return false;
    }
    if (gen === -1) { gen = g; epoch = e; }
    else if (g !== gen || e !== epoch) return false;
  }
  return true;
}

/** How many possible points came before the object linked as `seq` (-1: too many points to tell). */
function epochOf(seq: number): number {
  let lo = 0, hi = pointSeqs.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (pointSeqs[m] < seq) lo = m + 1; else hi = m; }
  const n = pointSeqs.length;
  return n && pointSeqs[n - 1] === Infinity && lo >= n - 1 ? -1 : lo;
}

/**
 * handle_weakrefs in one of heapsnake's automatic collections cleared `w`, a weakref to `o`: reading it is
 * refused (heapsnake's collection runs at its own count; CPython's may not have run yet, or may not have
 * reached `o`), unless CPython's collection has certainly taken `o` by now (watchSurelyCollected, now or later
 * for garbage that was young).
 */
export function markAutoCleared(w: PyWeakref, o: PyObject): void {
  if (!surelyGone.has(o)) autoCleared.set(w, candidates?.has(o) ? o : null);
}

/**
 * One of heapsnake's automatic collections found `unreachable` (before it clears anything): the live objects it
 * refers to lose references when it is freed, and the referents of weakrefs in it lose those weakrefs — in
 * CPython only once its own collection runs, which may be later (checkCountRead).
 */
export function markAutoTouched(unreachable: PyObject[]): void {
  const trash = new Set(unreachable);
  for (const o of unreachable) {
    traverse(o, (r) => { if (!trash.has(r) && !r.imm) autoTouched.add(r); });
    if (o instanceof PyWeakref && o.referent && !trash.has(o.referent)) autoTouched.add(o.referent);
  }
}

/**
 * sys.getrefcount(o), weakref.getweakrefcount(o) / getweakrefs(o): garbage that may already be gone in CPython
 * (mayBeGone) may hold references to `o` or weakrefs to it, which CPython's collection dropped; and heapsnake's
 * own automatic collection may have dropped some that CPython's has not yet (markAutoTouched).
 * NON-CPYTHON guard: refused rather than answered with either count.
 */
export function checkCountRead(o: PyObject, what: string): void {
  if (autoTouched.has(o)) {
    throw new NotSupported(`${what} of an object that garbage heapsnake's automatic collection freed referred to`, R.hooks.line(),
      "heapsnake cannot place CPython's automatic collections exactly (their count includes the interpreter's own objects), so in CPython that garbage, and its references, may still be there; call gc.collect() explicitly first");
  }
  if (!watching()) return;
  look();
  let holds = !!(o.weakrefs && o.weakrefs.some((w) => garbage.has(w) && !fresh.has(w)));
  if (!holds && held.get(o)) {
    for (const g of garbage) {
      if (fresh.has(g)) continue;
      traverse(g, (r) => { if (r === o) holds = true; });
      if (holds) break;
    }
  }
  if (holds) {
    throw new NotSupported(`${what} of an object garbage refers to, once CPython may have run an automatic collection`, R.hooks.line(), whyMayBeGone());
  }
}
