// set / frozenset tables: Objects/setobject.c. The open-addressing table,
// its probe sequence (LINEAR_PROBES = 9, PERTURB_SHIFT = 5) and its resize
// rule are CPython's, so iteration order and sys.getsizeof match.

import { PyObject, PySet, PyStr, DUMMY, SetEntry, PyDict } from './object.js';
import { T } from './types.js';
import { incref, decref, raise, R } from './rt.js';
import { holding } from './nativeheld.js';
import * as ops from './ops.js';
import { NotSupported } from './errors.js';

const LINEAR_PROBES = 9;
const PySet_MINSIZE = 8;

function startIndex(hash: ops.Hash, mask: number): number {
  // (size_t)hash & mask, for negative hashes too (two's complement)
  return Number(BigInt.asUintN(64, BigInt(hash)) & BigInt(mask));
}

/** The probe sequence of setobject.c, as a generator of table indexes. */
function* probe(hash: ops.Hash, mask: number): Generator<number> {
  const small = typeof hash === 'number' && hash >= 0 && hash < 2 ** 31;
  let i = small ? (hash as number) & mask : startIndex(hash, mask);
  let perturb = small ? hash as number : 0;
  let bigPerturb = small ? 0n : BigInt.asUintN(64, BigInt(hash));
  for (;;) {
    yield i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) yield i + j;
    }
    if (small) {
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) % (mask + 1);
    } else {
      bigPerturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + bigPerturb) & BigInt(mask));
    }
  }
}

function keyEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a instanceof PyStr && b instanceof PyStr && a.type === T.str && b.type === T.str) return a.v === b.v;
  return ops.eq(a, b);
}

/**
 * A key comparison that may run __eq__, with the references CPython's C code holds meanwhile:
 * `Py_INCREF(startkey)` around PyObject_RichCompareBool (set_lookkey, set_add_entry) and, when
 * adding, the new key's pre-increment (set_add_entry: "Pre-increment is necessary ...").
 */
function keyEqHeld(startkey: PyObject, key: PyObject, holdStart: boolean, holdKey: boolean): boolean {
  if (startkey === key) return true;
  if (startkey instanceof PyStr && key instanceof PyStr && startkey.type === T.str && key.type === T.str) return startkey.v === key.v;
  const held: PyObject[] = [];
  if (holdStart) held.push(incref(startkey));
  if (holdKey) held.push(incref(key));
  try {
    return held.length ? holding('the set lookup, holding the keys it compares (Objects/setobject.c: set_lookkey)', held, () => ops.eq(startkey, key)) : ops.eq(startkey, key);
  } finally { for (const o of held) decref(o); }
}

/** Objects/setobject.c: set_add_entry. `key` borrowed; `preIncrement`: false for _PySet_AddTakeRef (3.14's BUILD_SET). */
export function setAddHashed(s: PySet, key: PyObject, hash: ops.Hash, preIncrement = true): void {
  if ((key as any).idOf !== undefined) ops.checkIdKey(key, s.keys());
  let freeslot = -1;
  for (const i of probe(hash, s.mask)) {
    const e = s.table[i];
    if (e === null) {
      if (freeslot >= 0) {
        s.used++;
        s.table[freeslot] = { key: incref(key), hash };
        return;
      }
      s.fill++; s.used++;
      s.table[i] = { key: incref(key), hash };
      if (s.fill * 5 < s.mask * 3) return;
      tableResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
      return;
    }
    // Objects/setobject.c: set_add_entry — `freeslot = entry` for every dummy on the way, so the
    // key goes into the LAST dummy passed before the unused slot (3.11 and 3.14 alike)
    if (e === DUMMY) { freeslot = i; continue; }
    if (e.hash === hash && keyEqHeld(e.key, key, true, preIncrement)) return;
  }
}

export function setAdd(s: PySet, key: PyObject, preIncrement = true): void {
  setAddHashed(s, key, ops.hash(key, 'set element'), preIncrement);
}

/** Objects/setobject.c: set_table_resize */
export function tableResize(s: PySet, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  // set_table_resize: a small table without dummies that stays small is left as it is
  if (newsize === PySet_MINSIZE && s.mask === PySet_MINSIZE - 1 && s.fill === s.used) return;
  const old = s.table;
  s.table = new Array(newsize).fill(null);
  s.mask = newsize - 1;
  s.fill = s.used;
  for (const e of old) if (e && e !== DUMMY) insertClean(s, e);
}

/** Objects/setobject.c: set_insert_clean */
function insertClean(s: PySet, e: SetEntry): void {
  for (const i of probe(e.hash, s.mask)) {
    if (s.table[i] === null) { s.table[i] = e; return; }
  }
}

export function setFind(s: PySet, key: PyObject): number {
  return setFindHashed(s, key, ops.hash(key, 'set element'));
}

/** Objects/setobject.c: set_lookkey with a known hash; the table index or -1. */
export function setFindHashed(s: PySet, key: PyObject, hash: ops.Hash): number {
  if ((key as any).idOf !== undefined) ops.checkIdKey(key, s.keys());
  // set_lookkey: 3.14 does not hold the stored key of an exact frozenset while comparing (it cannot change)
  const holdStart = !(R.rules.frozensetLookupBorrows && s.type === T.frozenset);
  for (const i of probe(hash, s.mask)) {
    const e = s.table[i];
    if (e === null) return -1;
    if (e === DUMMY) continue;
    if (e.hash === hash && keyEqHeld(e.key, key, holdStart, false)) return i;
  }
  return -1;
}

export function setContains(s: PySet, key: PyObject): boolean {
  return setFind(s, key) >= 0;
}

/** Remove key; returns false if absent (set_discard_entry). */
export function setDiscard(s: PySet, key: PyObject): boolean {
  return setDiscardHashed(s, key, ops.hash(key, 'set element'));
}

/** Objects/setobject.c: set_discard_entry (known hash). */
export function setDiscardHashed(s: PySet, key: PyObject, hash: ops.Hash): boolean {
  const i = setFindHashed(s, key, hash);
  if (i < 0) return false;
  const e = s.table[i] as SetEntry;
  s.table[i] = DUMMY;
  s.used--;
  decref(e.key);
  return true;
}

/** Objects/setobject.c: set_update_internal / set_merge */
export function setUpdate(s: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    if (other === s || other.used === 0) return;
    if ((s.fill + other.used) * 5 >= s.mask * 3) tableResize(s, (s.used + other.used) * 2);
    if (s.fill === 0 && s.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const e = other.table[i];
        if (e && e !== DUMMY) s.table[i] = { key: incref(e.key), hash: e.hash };
      }
      s.fill = other.fill; s.used = other.used;
      return;
    }
    if (s.fill === 0) {
      for (const e of other.table) if (e && e !== DUMMY) insertClean(s, { key: incref(e.key), hash: e.hash });
      s.fill = other.used; s.used = other.used;
      return;
    }
    for (const e of other.table.slice()) if (e && e !== DUMMY) setAddHashed(s, e.key, e.hash);
    return;
  }
  if (other instanceof PyDict && other.type === T.dict) {
    const n = other.used;
    if ((s.fill + n) * 5 >= s.mask * 3) tableResize(s, (s.used + n) * 2);
    for (const e of other.entries.slice()) if (e) setAdd(s, e.key);
    return;
  }
  // set_update_iterable: PyIter_Next's new reference to each item is held while it is added
  ops.forEach(other, (x) => { holding('set.update, holding the item the iterator returned (Objects/setobject.c: set_update_iterable)', [x], () => setAdd(s, x)); });
}

export function setClear(s: PySet): void {
  const t = s.table;
  s.table = new Array(PySet_MINSIZE).fill(null);
  s.mask = PySet_MINSIZE - 1; s.fill = 0; s.used = 0;
  for (const e of t) if (e && e !== DUMMY) decref(e.key);
}

/** set.pop (Objects/setobject.c: set_pop — scans from a finger). */
export function setPop(s: PySet): PyObject {
  if (s.used === 0) raise('KeyError', 'pop from an empty set');
  checkOrderKnown(s, 'pop() from');
  let i = (s as any).finger ?? 0;
  for (;;) {
    i &= s.mask;
    const e = s.table[i];
    if (e && e !== DUMMY) {
      s.table[i] = DUMMY;
      s.used--;
      (s as any).finger = i + 1;
      return e.key; // ownership passes to the caller
    }
    i++;
  }
}

/**
 * Objects/setobject.c keeps each key at the slot its hash picks, so a set's order follows the hashes. Two or more
 * keys hashed by their memory address (ops.ts: identityHashed) are ordered by CPython's allocator, which heapsnake
 * does not reproduce (ops.ts: fakeAddress): printing or popping such a set, or iterating it where the program sees
 * the order, is refused rather than shown in heapsnake's own order (`for n in set_of_nodes: print(n.name)` printed
 * another order than CPython). `consumer`: iteration is refused only when the code that takes the items is the
 * program's own (a library generator such as WeakSet.__iter__ passes the question to whoever resumes it; library
 * code such as WeakSet's set operations builds sets, whose order does not show) and no order-insensitive builtin
 * (sorted, set, frozenset, any, all: `R.orderInsensitive`) is consuming it.
 * NON-CPYTHON: sorted() of objects whose keys tie keeps the iteration order for the tied ones.
 */
export function checkOrderKnown(s: PySet, what: string, consumer = false): void {
  if (consumer && (((R as any).orderInsensitive ?? 0) > 0 || !programConsumes())) return;
  let n = 0;
  for (const e of s.table) {
    if (e && e !== DUMMY && ops.identityHashed(e.key) && ++n >= 2) {
      throw new NotSupported(`${what} a set of objects hashed by identity`, R.hooks ? R.hooks.line() : null,
        'CPython orders such a set by the objects\' memory addresses, which heapsnake does not reproduce');
    }
  }
}

/** Run `fn` as an order-insensitive consumer (sorted's list, set(), frozenset(), any(), all()): see checkOrderKnown. */
export function orderInsensitive<X>(fn: () => X): X {
  const r = R as any;
  r.orderInsensitive = (r.orderInsensitive ?? 0) + 1;
  try { return fn(); } finally { r.orderInsensitive--; }
}

/** Whether the frame taking a set's items is the program's (one hop out of a library generator: stdlib/pylib.ts
 *  marks library code). */
function programConsumes(): boolean {
  type F = { code: { library?: boolean }; back: F | null; gen: unknown };
  const vm = (R as any).vmRef as { top: F | null } | undefined;
  let f = vm?.top ?? null;
  if (!f) return true;
  if (f.code.library && f.gen && f.back) f = f.back;
  return !f.code.library;
}

export function setKeys(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const e of s.table) if (e && e !== DUMMY) out.push(e.key);
  return out;
}
