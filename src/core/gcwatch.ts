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
// Looks are lazy: a point only counts (cuts.epoch) and each cut records the count it happened at; a set of
// garbage became garbage at its members' latest cut (the removal of its last outside reference is a cut of
// one of them), so whether a point came after it is known when the set is found, at the next observation.
// NON-CPYTHON: this is heapsnake's bookkeeping, not a CPython mechanism; it decides only whether to
// answer. A young collection in CPython collects only the young generation's garbage: treating all
// garbage as possibly collected refuses a few programs CPython would answer one way for certain.

import type { PyObject, PyDict } from './object.js';
import { PyWeakref, PyCell, PyList, PyTuple, PyDict as PyDictC } from './object.js';
import type { Frame } from './func.js';
import { PyModule } from './func.js';
import { R } from './rt.js';
import { NotSupported } from './errors.js';
import { cuts } from './cuts.js';
import { deduceUnreachable, gcState, traverse, heapGarbage, runsCodeWhenCollected } from './gc.js';

/** Garbage found since CPython's collections became unplaceable (never reached again), and the point count
 *  when it became garbage (-1: not known, as if before every point). */
let garbage = new Map<PyObject, number>();
/** Of `garbage`, the objects whose collection runs code (__del__ not yet called, a weakref callback). */
let coders = new Set<PyObject>();
/** For objects outside `garbage`: how many of their references come from garbage. */
let held = new Map<PyObject, number>();
/** The next look must walk the whole heap (the watch just started, or a finalizer ran in a collection). */
let needFull = false;
/** That whole-heap look is the watch's first (no point came before it: what it finds is garbage since before
 *  the first point, not since an unknown one). */
let firstFull = false;
/** heap.ts trackSeq when the watch was last reset: objects linked before sat in the oldest generation after the
 *  explicit collection that reset it (or are the compiler's), never in CPython's young one since. */
let baseSeq = 0;
/** heap.ts trackSeq and the line at each point that counted (cuts.epoch k is the point pointSeqs[k-1]). */
let pointSeqs: number[] = [];
let pointLines: number[] = [];
const MAX_POINTS = 100_000;
/** The point count at the first point since gc.ts last restarted its sure count (null: none yet): CPython's
 *  first collection after that restart came at that point or later, so it found the garbage made before it. */
let candLimit: number | null = null;
/** Garbage CPython's collections have certainly taken by now (watchSurelyCollected). */
let surelyGone = new Set<PyObject>();
/** Weakrefs heapsnake's own automatic collections cleared, with their referent when CPython may be known to
 *  have taken it later (a candidate: see watchSurelyCollected). */
let autoCleared = new Map<PyWeakref, PyObject | null>();
/** Looks left that skip the small walk (a recent one reached more than SMALL_PART objects). */
let skipSmall = 0;
/** Live objects whose reference count or weakref list heapsnake's own automatic collections changed by freeing
 *  garbage (what the garbage referred to, and the referents of weakrefs in it): CPython's may not have run yet. */
let autoTouched = new Set<PyObject>();
/** The running frame, innermost (simulate.ts sets it to the VM's). */
let topFrame: () => Frame | null = () => null;
export function setTopFrameSource(f: () => Frame | null): void { topFrame = f; }

/** A new run (simulate.ts via gc.ts: resetGc), or an explicit full collection (both interpreters agree again). */
export function resetWatch(): void {
  cuts.on = false;
  cuts.set.clear();
  cuts.epoch = 0;
  cuts.dirty = false;
  garbage = new Map();
  coders = new Set();
  held = new Map();
  needFull = false;
  firstFull = false;
  baseSeq = R.heap ? R.heap.trackSeq : 0;
  pointSeqs = [];
  pointLines = [];
  candLimit = null;
  surelyGone = new Set();
  autoCleared = new Map();
  skipSmall = 0;
  autoTouched = new Set();
}

/** gc.ts calls this whenever timingUnknown may have changed. */
export function syncWatch(): void {
  const st = gcState();
  if (!st.timingUnknown) { if (cuts.on || garbage.size || pointSeqs.length) resetWatch(); return; }
  // (the first point: the whole heap is looked at, and what is garbage then is at that point)
  if (!cuts.on) { cuts.on = true; needFull = true; firstFull = true; }
}

/**
 * A point where CPython may have collected (gc.ts: possiblePoint): the garbage that exists now may be gone
 * there. Counted only when something was linked or cut since the point before (else nothing can tell the two
 * apart).
 */
export function watchPoint(): void {
  if (!cuts.on || gcState().collecting) return;
  // (the watch starts here: the garbage that exists now is at this point; a few cuts are looked at now, while
  // what they hang from is likely still held by a frame or a global — cheaper than many at once later)
  if (needFull) look();
  else if (cuts.set.size > 0 && cuts.set.size <= 16) {
    if (cutsSurelyHeld()) cuts.set = new Map(); // (what the look would find: nothing)
    else look();
  }
  const seq = R.heap.trackSeq;
  const n = pointSeqs.length;
  if (cuts.dirty || !n || pointSeqs[n - 1] < seq) {
    cuts.epoch++;
    cuts.dirty = false;
    if (n < MAX_POINTS) { pointSeqs.push(seq); pointLines.push(R.hooks.line()); }
    else { pointSeqs[n - 1] = Infinity; pointLines[n - 1] = R.hooks.line(); } // (too many to tell apart)
  }
  if (candLimit === null) candLimit = cuts.epoch;
}

/** Was `o` alive at no point before it became garbage (so CPython cannot have moved it to an older generation)? */
function young(o: PyObject, e: number): boolean {
  if (e < 0 || o.gcSeq <= baseSeq) return false;
  if (e === 0) return true;
  const s = pointSeqs[e - 1];
  return s !== undefined && s !== Infinity && o.gcSeq > s;
}

/**
 * CPython has certainly collected its young generation by now (gc.ts: certainCrossed, at a certain check): the
 * young garbage that existed at the first point since the restart is gone there too.
 */
export function watchSurelyCollected(): void {
  if (!cuts.on || candLimit === null) return;
  look();
  for (const [o, e] of garbage) if (e < candLimit && young(o, e)) surelyGone.add(o);
  // (a weakref heapsnake's own collection cleared, to garbage CPython's first collection found: gone there too)
  // (its referent was young garbage at the first point since a restart: any certain crossing since took it)
  for (const [w, o] of autoCleared) if (o) autoCleared.delete(w);
}

/** gc.ts restarted its sure count: the next point is the first again. */
export function restartCandidates(): void { candLimit = null; }

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
  const e = garbage.get(o);
  return e !== undefined && cuts.epoch > e;
}

/** A collection heapsnake runs is about to start: the garbage found so far is brought up to date. */
export function collectionStarts(): void { if (cuts.on && !needFull) look(); }

/**
 * A collection heapsnake ran freed some garbage and moved the rest between generations. What is still garbage
 * is what was before, less what it freed (it takes whole unreachable sets: nothing it leaves becomes garbage,
 * nothing garbage becomes reachable) — unless a finalizer ran, which may have made some of it reachable again
 * or cut new references: then the next look walks the whole heap.
 */
export function collectionRan(ranCode: boolean): void {
  if (!cuts.on) return;
  if (ranCode || needFull) { needFull = true; cuts.set.clear(); look(); return; }
  for (const o of garbage.keys()) if (o.dead) garbage.delete(o);
  for (const o of coders) if (o.dead) coders.delete(o);
  held = new Map();
  for (const o of garbage.keys()) traverse(o, (r) => { if (!garbage.has(r) && !r.imm) held.set(r, (held.get(r) ?? 0) + 1); });
}

/** Is anything watched at all (cheap; the callers' fast path)? */
function watching(): boolean { return cuts.on && !gcState().collecting; }

/** Bring `garbage` up to date with the cuts since the last look. */
function look(): void {
  if (!cuts.on) return;
  if (needFull) {
    needFull = false;
    cuts.set.clear();
    garbage = new Map();
    coders = new Set();
    held = new Map();
    // (at the first point it is garbage from before every point; after a collection that ran a finalizer,
    // whether this garbage was there at an earlier point is not known, so it counts as there at every one)
    add(heapGarbage(), firstFull ? 0 : null);
    firstFull = false;
    return;
  }
  if (!cuts.set.size) return;
  // what the cuts reach, stopping at known garbage (its references were counted in `held` already) and,
  // when that is more than a few objects, at objects a running frame or __main__ holds (surely reachable:
  // what they reach is left out, and its references into the part count as external, as they should)
  // (a loop that cuts into a long structure every iteration goes the second way at once, for a while)
  let part = skipSmall > 0 ? null : walk(null, SMALL_PART);
  if (skipSmall > 0) skipSmall--;
  if (!part) {
    if (skipSmall === 0) skipSmall = 64;
    part = walk(surelyReachable(), Infinity)!;
  }
  const when = cuts.set;
  cuts.set = new Map();
  if (part.length) add(deduceUnreachable(part, held).unreachable, when);
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
    for (const o of cuts.set.keys()) visit(o);
    for (let i = 0; i < part.length; i++) traverse(part[i], visit);
  } catch (e) {
    if (e === TOO_BIG) return null;
    throw e;
  }
  return part;
}

/**
 * Objects that are reachable for certain, found without walking the heap: what the running frames'
 * locals, cells and stacks hold, the values of their modules' globals and of __main__'s (first, all of
 * these), then the attributes of those objects and the items of those that are small containers (a big
 * container's are not taken). `visit` sees each (some more than once) and stops the enumeration by
 * returning true. `modules`: also a module's attributes (many: builtins).
 * (Called at most points of a loop: module-level state, no closures or fresh collections per call.)
 */
function eachSurelyReachable(visit: (o: PyObject) => boolean | void, modules: boolean): void {
  sVisit = visit;
  sModules = modules;
  const roots = sRoots;
  roots.length = 0;
  const dicts = sDicts;
  dicts.length = 0;
  try {
    for (let f: Frame | null = topFrame(); f; f = f.back) {
      for (const v of f.lp) if (v && !v.imm) { roots.push(v); if (visit(v)) return; }
      for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v && !v.imm) { roots.push(v); if (visit(v)) return; } }
      if (f.ns && !dicts.includes(f.ns)) dicts.push(f.ns);
      if (!dicts.includes(f.globals)) dicts.push(f.globals);
    }
    const main = (R as any).globalsRef as PyDict | null;
    if (main && !dicts.includes(main)) dicts.push(main);
    const fromFrames = roots.length;
    for (const d of dicts) for (const e of d.entries) if (e && !e.value.imm) { roots.push(e.value); if (visit(e.value)) return; }
    // (the frames' objects, then the globals' newest names first: a program's own names come after the dunders)
    for (let i = 0; i < fromFrames; i++) if (sAttrs(roots[i]) || sItems(roots[i])) return;
    for (let i = roots.length - 1; i >= fromFrames; i--) if (sAttrs(roots[i]) || sItems(roots[i])) return;
  } finally {
    roots.length = 0;
    dicts.length = 0;
    sVisit = NO_VISIT;
  }
}
const NO_VISIT = (): boolean => false;
let sVisit: (o: PyObject) => boolean | void = NO_VISIT;
let sModules = false;
const sRoots: PyObject[] = [];
const sDicts: PyDict[] = [];
function sOne(v: PyObject | null | undefined): boolean { return !!v && !v.imm && !!sVisit(v); }
function sAttrs(o: PyObject): boolean {
  if (o instanceof PyCell) return sOne(o.ref) || (!!o.ref && sAttrs(o.ref));
  if (o.slots) for (const v of o.slots) if (sOne(v)) return true;
  const d = o.dict;
  if (d && (sModules || !(o instanceof PyModule))) {
    if (!(d as any).inline && sOne(d)) return true;
    for (const e of d.entries) if (e && sOne(e.value)) return true;
  }
  return false;
}
/** A small list, tuple or dict a frame or global holds: its items too (`x = [x]` in a loop cuts the old x). */
function sItems(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple) { if (o.items.length <= 16) for (const v of o.items) if (sOne(v)) return true; }
  else if (o instanceof PyDictC && o.used <= 16) { for (const e of o.entries) if (e && sOne(e.value)) return true; }
  return false;
}

function surelyReachable(): Set<PyObject> {
  const out = new Set<PyObject>();
  eachSurelyReachable((o) => { out.add(o); }, true);
  return out;
}

/**
 * Is every pending cut an object that is surely reachable (or no longer a candidate)? Then none of them can
 * have become garbage, and the look that would walk from them finds nothing: the common case of a loop that
 * rebinds a name whose old object something reachable still holds (`head = n` with `n.next = head`).
 */
function cutsSurelyHeld(): boolean {
  const want = sWant;
  want.length = 0;
  for (const o of cuts.set.keys()) if (!o.dead && !o.imm && o.tracked && !garbage.has(o)) want.push(o);
  sLeft = want.length;
  if (sLeft) eachSurelyReachable(wantVisit, false);
  want.length = 0;
  return sLeft === 0;
}
const sWant: (PyObject | null)[] = [];
let sLeft = 0;
function wantVisit(o: PyObject): boolean {
  const i = sWant.indexOf(o);
  if (i >= 0) { sWant[i] = null; sLeft--; }
  return sLeft === 0;
}

/**
 * New garbage, with when it became garbage: each set of it connected by references became garbage at the
 * latest cut of one of its members (`when`: the point count of each cut; a number: all at that count; null:
 * not known).
 */
function add(found: PyObject[], when: Map<PyObject, number> | number | null): void {
  if (!found.length) return;
  const epochOf = new Map<PyObject, number>();
  if (when instanceof Map) {
    // the sets: union-find over the references among the found objects
    const parent = new Map<PyObject, PyObject>();
    const root = (o: PyObject): PyObject => { let r = o; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(o, r); return r; };
    for (const o of found) parent.set(o, o);
    for (const o of found) traverse(o, (r) => { if (parent.has(r)) { const a = root(o), b = root(r); if (a !== b) parent.set(a, b); } });
    const latest = new Map<PyObject, number>();
    for (const o of found) { const e = when.get(o); if (e !== undefined) { const r = root(o); latest.set(r, Math.max(latest.get(r) ?? -1, e)); } }
    for (const o of found) epochOf.set(o, latest.get(root(o)) ?? -1);
  }
  for (const o of found) { garbage.set(o, when instanceof Map ? epochOf.get(o)! : when ?? -1); held.delete(o); }
  for (const o of found) {
    if (runsCodeWhenCollected(o)) coders.add(o);
    traverse(o, (r) => { if (!garbage.has(r) && !r.imm) held.set(r, (held.get(r) ?? 0) + 1); });
  }
}

/** Why garbage may already be gone in CPython: the reason every refusal here (and gc.ts's gc.collect()) gives. */
export function whyMayBeGone(o?: PyObject): string {
  const st = gcState();
  const count = st.unknownWhy
    ? `after \`${st.unknownWhy}\` (which runs Python code) CPython's collection count may be anywhere below its threshold`
    : `CPython's collection count starts where the interpreter's start-up and the compilation leave it (measured: ${R.rules.gcStartupMeasured}, varying with the script and the installation)`;
  const e = o ? garbage.get(o) : undefined;
  const line = e !== undefined && e >= 0 ? pointLines[e] : undefined;
  return `${count}, so ${line ? `at line ${line}` : 'earlier'}, after this garbage was made, it may have passed the threshold and collected it; call gc.collect() before making the garbage (the count is then 0) or gc.disable() at the start to get an exact answer`;
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
  if (mayBeGone(w.referent)) {
    throw new NotSupported(`reading a weak reference to garbage (${w.referent.type.name} in an unreachable cycle) once CPython may have run an automatic collection`, R.hooks.line(), whyMayBeGone(w.referent));
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
  for (const o of coders) {
    if (cuts.epoch > garbage.get(o)!) {
      throw new NotSupported('output while garbage with __del__ or a weakref callback waits for a collection, once CPython may have run an automatic collection', R.hooks.line(), whyMayBeGone(o));
    }
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
  const gone = found.find((o) => mayBeGone(o));
  if (gone) {
    throw new NotSupported('gc.get_referrers() that finds garbage once CPython may have run an automatic collection', R.hooks.line(), whyMayBeGone(gone));
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
  if (surelyGone.has(o)) return;
  const e = garbage.get(o);
  autoCleared.set(w, e !== undefined && (candLimit === null || e < candLimit) && young(o, e) ? o : null);
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
  const gone = (g: PyObject): boolean => { const e = garbage.get(g); return e !== undefined && cuts.epoch > e; };
  let holder = o.weakrefs?.find((w) => gone(w)) as PyObject | undefined;
  if (!holder && held.get(o)) {
    for (const g of garbage.keys()) {
      if (!gone(g)) continue;
      let hit = false;
      traverse(g, (r) => { if (r === o) hit = true; });
      if (hit) { holder = g; break; }
    }
  }
  if (holder) {
    throw new NotSupported(`${what} of an object garbage refers to, once CPython may have run an automatic collection`, R.hooks.line(), whyMayBeGone(holder));
  }
}
