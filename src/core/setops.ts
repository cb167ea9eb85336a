// set algebra: Objects/setobject.c (set_intersection, set_difference, set_symmetric_difference
// and their _update forms). The result's table is built the way CPython builds it (which set
// is walked, which one is copied first, when dummies are resized away), so the iteration
// order and sys.getsizeof of a result match. The algorithms are the same in 3.11 and 3.14.

import { PyObject, PySet, PyDict, DUMMY, SetEntry } from './object.js';
import { T } from './types.js';
import { newSet, incref, decref } from './rt.js';
import * as ops from './ops.js';
import { dictGet } from './dict.js';
import { setAddHashed, setUpdate, setClear, tableResize, setFindHashed, setDiscardHashed, setDiscard } from './set.js';

/** The live entries of a table, in table order (set_next). */
function live(s: PySet): SetEntry[] {
  const out: SetEntry[] = [];
  for (const e of s.table) if (e && e !== DUMMY) out.push(e);
  return out;
}

/** Objects/setobject.c: make_new_set_basetype — a set for set subtypes, else a frozenset. */
export function newBaseSet(like: PySet): PySet {
  return newSet(!like.type.isSubtypeOf(T.set));
}

/** Objects/setobject.c: set_copy (make_new_set_basetype(type, so): an empty set, then set_merge). */
export function setCopy(so: PySet): PySet {
  const r = newBaseSet(so);
  setUpdate(r, so);
  return r;
}

/** Objects/setobject.c: set_intersection */
export function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = newBaseSet(so);
  try {
    if (other instanceof PySet) {
      // walk the smaller set (`other` when the sizes are equal), look up in the larger
      let big = so, small: PySet = other;
      if (small.used > big.used) { big = other; small = so; }
      for (const e of live(small)) if (setFindHashed(big, e.key, e.hash) >= 0) setAddHashed(result, e.key, e.hash);
      return result;
    }
    ops.forEach(other, (k) => {
      const h = ops.hash(k);
      if (setFindHashed(so, k, h) >= 0) {
        setAddHashed(result, k, h);
        if (result.used >= so.used) return false;
      }
    });
    return result;
  } catch (e) { decref(result); throw e; }
}

/** Objects/setobject.c: set_intersection_multi */
export function setIntersectionMulti(so: PySet, others: PyObject[]): PySet {
  if (!others.length) return setCopy(so);
  let result: PySet = incref(so);
  for (const o of others) {
    let nr: PySet;
    try { nr = setIntersection(result, o); } catch (e) { decref(result); throw e; }
    decref(result);
    result = nr;
  }
  return result;
}

/** Objects/setobject.c: set_swap_bodies */
export function setSwapBodies(a: PySet, b: PySet): void {
  [a.table, b.table] = [b.table, a.table];
  [a.mask, b.mask] = [b.mask, a.mask];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  if (a.type.isSubtypeOf(T.frozenset) && b.type.isSubtypeOf(T.frozenset)) [a.hashCache, b.hashCache] = [b.hashCache, a.hashCache];
  else { a.hashCache = null; b.hashCache = null; }
}

/** Objects/setobject.c: set_intersection_update(_multi) — the intersection, swapped into `so`. */
export function setIntersectionUpdate(so: PySet, others: PyObject[]): void {
  const tmp = setIntersectionMulti(so, others);
  setSwapBodies(so, tmp);
  decref(tmp);
}

/** Objects/setobject.c: set_difference_update_internal */
export function setDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) { setClear(so); return; }
  if (other instanceof PySet) {
    // "When the other set is more than 8 times larger than the base set,
    //  replace the other set with intersection of the two sets."
    const o = (other.used >> 3) > so.used ? setIntersection(so, other) : incref(other);
    try {
      for (const e of live(o)) setDiscardHashed(so, e.key, e.hash);
    } finally { decref(o); }
  } else {
    ops.forEach(other, (k) => { setDiscard(so, k); });
  }
  // "If more than 1/4th are dummies, then resize them away."
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** Objects/setobject.c: set_copy_and_difference */
function copyAndDifference(so: PySet, other: PyObject): PySet {
  const r = setCopy(so);
  try { setDifferenceUpdate(r, other); } catch (e) { decref(r); throw e; }
  return r;
}

/** Objects/setobject.c: set_difference */
export function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.type === T.dict) otherSize = other.used;
  else return copyAndDifference(so, other);
  // "If len(so) much more than len(other), it's more efficient to simply copy
  //  so and then iterate other looking for common elements."
  if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
  const result = newBaseSet(so);
  try {
    for (const e of live(so)) {
      const found = other instanceof PySet ? setFindHashed(other, e.key, e.hash) >= 0 : dictHas(other as PyDict, e.key);
      if (!found) setAddHashed(result, e.key, e.hash);
    }
  } catch (e) { decref(result); throw e; }
  return result;
}

/** Objects/dictobject.c: _PyDict_Contains_KnownHash */
function dictHas(d: PyDict, key: PyObject): boolean { return dictGet(d, key) !== undefined; }

/** Objects/setobject.c: set_difference_multi */
export function setDifferenceMulti(so: PySet, others: PyObject[]): PySet {
  if (!others.length) return setCopy(so);
  const result = setDifference(so, others[0]);
  try {
    for (const o of others.slice(1)) setDifferenceUpdate(result, o);
  } catch (e) { decref(result); throw e; }
  return result;
}

/** Objects/setobject.c: set_symmetric_difference_update_set — each key of `other` toggled in `so`. */
function symDiffToggle(so: PySet, entries: { key: PyObject; hash: ops.Hash }[]): void {
  for (const e of entries) {
    incref(e.key);
    try {
      if (!setDiscardHashed(so, e.key, e.hash)) setAddHashed(so, e.key, e.hash);
    } finally { decref(e.key); }
  }
}

/** Objects/setobject.c: set_symmetric_difference_update */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) { setClear(so); return; }
  if (other instanceof PyDict && other.type === T.dict) {
    symDiffToggle(so, other.entries.filter((e): e is NonNullable<typeof e> => e !== null));
    return;
  }
  if (other instanceof PySet) { symDiffToggle(so, live(other)); return; }
  const o = newBaseSet(so);
  try {
    setUpdate(o, other);
    symDiffToggle(so, live(o));
  } finally { decref(o); }
}

/**
 * Objects/setobject.c: set_symmetric_difference — a new set filled from `other` first
 * (3.11: make_new_set_basetype(type, other); 3.14: an empty set, then set_update), then
 * every key of `so` toggled in it.
 */
export function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const result = newBaseSet(so);
  try {
    setUpdate(result, other);
    symDiffToggle(result, live(so));
  } catch (e) { decref(result); throw e; }
  return result;
}
