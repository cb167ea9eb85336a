// dict: Objects/dictobject.c. Entries keep insertion order; the lookup index
// is a JS Map (str keys) or a hash -> entries map (other keys, compared with
// __eq__ like lookdict). The keys-object geometry (log2size, nentries) is kept
// exactly as CPython grows it, so sys.getsizeof can report CPython's size.

import { PyObject, PyDict, PyStr, DictEntry, PyInt } from './object.js';
import { T } from './types.js';
import { incref, decref, raise, newStr, R } from './rt.js';
import { holding } from './nativeheld.js';
import * as ops from './ops.js';
import { mayBeTracked } from './gc.js';

// Objects/dictobject.c: PyDict_MINSIZE = 8, USABLE_FRACTION(n) = (n << 1) / 3
export const PyDict_LOG_MINSIZE = 3;
export function usable(log2: number): number { return ((1 << log2) << 1) / 3 | 0; }
/** Objects/dictobject.c: calculate_log2_keysize */
export function log2Keysize(minsize: number): number {
  let l = PyDict_LOG_MINSIZE;
  while ((1 << l) < minsize) l++;
  return l;
}
/**
 * Objects/dictobject.c: calculate_log2_keysize — 3.11's bit trick gives 16
 * slots for a minimum of 1..7 (fixed in 3.12+); otherwise the next power of two.
 */
export function calculateLog2Keysize(m: number): number {
  if (R.rules.version === '3.11' && m >= 1 && m <= 7) return 4;
  return log2Keysize(m);
}
/** estimate_log2_keysize(n) = calculate_log2_keysize((n * 3 + 1) / 2) */
export function estimateLog2Keysize(n: number): number { return calculateLog2Keysize(((n * 3 + 1) / 2) | 0); }
/** GROWTH_RATE(d) = used * 3 (3.4+). */
function growthRate(d: PyDict): number { return d.used * 3; }

function isStrKey(k: PyObject): k is PyStr { return k instanceof PyStr && k.type === T.str; }

/**
 * A dict's str keys are found through a JS Map (d.strIndex) only once it has more than STR_INDEX_MIN entry
 * slots; a smaller dict (an instance's attributes, a function's keyword arguments) is searched linearly.
 * Both find the one live entry whose key is an exact str equal to `key` (dict keys are unique), so the
 * answer is the same; the small dict saves a Map's allocation and memory.
 */
const STR_INDEX_MIN = 8;
function strLookup(d: PyDict, key: string): number {
  const m = d.strIndex;
  if (m !== null) { const i = m.get(key); return i === undefined ? -1 : i; }
  const es = d.entries;
  for (let i = 0; i < es.length; i++) {
    const e = es[i];
    if (e !== null && (e.key as PyStr).v === key && isStrKey(e.key)) return i;
  }
  return -1;
}
/** Build the Map of str keys to entry indexes (entries past STR_INDEX_MIN; kept until the table is cleared). */
function buildStrIndex(d: PyDict): void {
  const m = new Map<string, number>();
  const es = d.entries;
  for (let i = 0; i < es.length; i++) { const e = es[i]; if (e !== null && isStrKey(e.key)) m.set(e.key.v, i); }
  d.strIndex = m;
}

function findIndex(d: PyDict, key: PyObject, h: ops.Hash): number {
  if (isStrKey(key)) return strLookup(d, key.v);
  if ((key as any).idOf !== undefined) ops.checkIdKey(key, idKeys(d));
  const hi = d.hashIndex;
  if (!hi) return -1;
  const bucket = hi.get(h);
  if (!bucket) return -1;
  for (const i of bucket) {
    const e = d.entries[i];
    if (!e) continue;
    if (e.key === key) return i;
    // Objects/dictobject.c: lookdict / do_lookup — `Py_INCREF(startkey)` around the comparison, so the
    // stored key's __eq__ sees one more reference
    const startkey = incref(e.key);
    let same: boolean;
    try {
      same = holding('the dict lookup, holding the stored key while it compares (Objects/dictobject.c: do_lookup)', [startkey], () => ops.eq(startkey, key));
    } finally { decref(startkey); }
    if (same) {
      if (d.dead) return -1;
      return i;
    }
  }
  return -1;
}

function* idKeys(d: PyDict): Generator<PyObject> { for (const e of d.entries) if (e) yield e.key; }

function keyHash(key: PyObject): ops.Hash { return ops.hash(key, 'dict key'); }

/** Numeric keys equal across int/float/bool share one index bucket: hash is equal by construction. */
export function dictGet(d: PyDict, key: PyObject): PyObject | undefined {
  if (isStrKey(key)) {
    const i = strLookup(d, key.v);
    return i < 0 ? undefined : d.entries[i]!.value;
  }
  const h = keyHash(key);
  const i = findIndex(d, key, h);
  return i < 0 ? undefined : d.entries[i]!.value;
}

export function dictGetStr(d: PyDict, key: string): PyObject | undefined {
  const i = strLookup(d, key);
  return i < 0 ? undefined : d.entries[i]!.value;
}

/** d[key] = value (both borrowed). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  if (isStrKey(key)) {
    const i = strLookup(d, key.v);
    if (i >= 0) { dictSetAt(d, i, value); return; }
    insertNew(d, incref(key), incref(value), 0);
    return;
  }
  // Objects/dictobject.c: PyDict_SetItem takes its references to key and value before it hashes
  // the key and insertdict looks it up (__hash__ and a stored key's __eq__ see them held once more)
  incref(key); incref(value);
  let i: number, h: ops.Hash;
  try {
    [i, h] = holding('PyDict_SetItem, holding the new key and value (Objects/dictobject.c: insertdict)', [key, value], () => {
      const hh = keyHash(key);
      return [findIndex(d, key, hh), hh];
    });
  } catch (e) { decref(key); decref(value); throw e; }
  if (i >= 0) {
    const e = d.entries[i]!;
    const old = e.value;
    e.value = value;
    maintainTracking(d, key, value);
    decref(old);
    decref(key);
    return;
  }
  insertNew(d, key, value, h);
}

export function dictSetStr(d: PyDict, key: string, value: PyObject): void {
  const i = strLookup(d, key);
  if (i >= 0) {
    const e = d.entries[i]!;
    const old = e.value;
    e.value = incref(value);
    maintainTracking(d, e.key, value);
    decref(old);
    return;
  }
  insertNew(d, R.intern(key), incref(value), 0);
}

/** The index in d.entries of the exact-str key `key`, or -1 (the VM's name caches keep it). */
export function dictIndexStr(d: PyDict, key: string): number { return strLookup(d, key); }

/** Replace the value of the live entry at index i: what dictSetStr does when the key is already there. */
export function dictSetAt(d: PyDict, i: number, value: PyObject): void {
  const e = d.entries[i]!;
  const old = e.value;
  e.value = incref(value);
  maintainTracking(d, e.key, value);
  decref(old);
}

/** Objects/dictobject.c: MAINTAIN_TRACKING (3.11) — an untracked dict becomes tracked when it stores a container. */
function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  if (d.tracked || (d as any).inline) return;
  if (mayBeTracked(key) || mayBeTracked(value)) R.heap.track(d);
}

function insertNew(d: PyDict, key: PyObject, value: PyObject, h: ops.Hash): void {
  maintainTracking(d, key, value);
  const sk = (d as any).shared as { names: Set<string>; usable: number } | undefined;
  if (sk) {
    // a split table: a new name takes a slot of the class's shared keys; otherwise it becomes combined
    if (isStrKey(key) && (sk.names.has(key.v) || sk.usable > 0)) {
      if (!sk.names.has(key.v)) { sk.names.add(key.v); sk.usable--; }
    } else {
      (d as any).shared = undefined;
      d.log2size = calculateLog2Keysize(d.used * 3);
      d.nentries = d.used;
      d.popped = 0;
    }
  }
  // Objects/dictobject.c: insertdict — an empty dict gets a minimum-size table (insert_to_emptydict); a
  // str-keys table that receives another key is rebuilt as a general one first (insertion_resize(mp, 0)),
  // and insertion_resize runs when no usable slot is left; both size the table by
  // calculate_log2_keysize(GROWTH_RATE), whose 3.11 form gives 16 slots for a small dict
  if (d.log2size === 0) {
    d.log2size = PyDict_LOG_MINSIZE;
    d.nentries = 0;
  } else {
    if (d.unicodeKeys && !isStrKey(key)) resize(d, calculateLog2Keysize(growthRate(d)));
    if (d.nentries + d.popped >= usable(d.log2size)) resize(d, calculateLog2Keysize(growthRate(d)));
  }
  if (!isStrKey(key)) d.unicodeKeys = false;
  const idx = d.entries.length;
  d.entries.push({ key, value, hash: h });
  d.nentries++;
  d.used++;
  if (!isStrKey(key)) addHashIndex(d, h, idx);
  else if (d.strIndex !== null) d.strIndex.set(key.v, idx);
  else if (d.entries.length > STR_INDEX_MIN) buildStrIndex(d);
}

function addHashIndex(d: PyDict, h: ops.Hash, idx: number): void {
  if (!d.hashIndex) d.hashIndex = new Map();
  const b = d.hashIndex.get(h);
  if (b) b.push(idx); else d.hashIndex.set(h, [idx]);
}

/** Objects/dictobject.c: dictresize — compacts entries into a new keys object. */
export function resize(d: PyDict, log2: number): void {
  const live = d.entries.filter((e): e is DictEntry => e !== null);
  d.entries = live;
  d.strIndex = null;
  d.hashIndex = null;
  for (let i = 0; i < live.length; i++) {
    const e = live[i];
    if (!isStrKey(e.key)) addHashIndex(d, e.hash, i);
  }
  if (live.length > STR_INDEX_MIN) buildStrIndex(d);
  d.log2size = log2;
  d.nentries = live.length;
  d.popped = 0;
}

/** del d[key]; returns false if absent. */
export function dictDel(d: PyDict, key: PyObject): boolean {
  const h = isStrKey(key) ? 0 : keyHash(key);
  const i = findIndex(d, key, h);
  if (i < 0) return false;
  removeAt(d, i);
  return true;
}
export function dictDelStr(d: PyDict, key: string): boolean {
  const i = strLookup(d, key);
  if (i < 0) return false;
  removeAt(d, i);
  return true;
}

export function removeAt(d: PyDict, i: number): PyObject {
  const e = d.entries[i]!;
  d.entries[i] = null;
  if (isStrKey(e.key)) { if (d.strIndex !== null) d.strIndex.delete(e.key.v); }
  else {
    const b = d.hashIndex!.get(e.hash)!;
    b.splice(b.indexOf(i), 1);
    if (!b.length) d.hashIndex!.delete(e.hash);
  }
  d.used--;
  decref(e.key);
  const v = e.value;
  decref(v);
  return v;
}

/** Remove and return (owned) the value for key, or undefined. */
export function dictPop(d: PyDict, key: PyObject): PyObject | undefined {
  const h = isStrKey(key) ? 0 : keyHash(key);
  const i = findIndex(d, key, h);
  if (i < 0) return undefined;
  const e = d.entries[i]!;
  incref(e.value);
  removeAt(d, i);
  return e.value;
}

export function* dictItems(d: PyDict): Generator<[PyObject, PyObject]> {
  const es = d.entries;
  for (let i = 0; i < es.length; i++) {
    const e = es[i];
    if (e) yield [e.key, e.value];
  }
}

export function dictClear(d: PyDict): void {
  const es = d.entries;
  d.entries = [];
  d.strIndex = null;
  d.hashIndex = null;
  d.used = 0;
  d.log2size = 0;
  d.nentries = 0;
  d.popped = 0;
  d.unicodeKeys = true;
  (d as any).shared = undefined;
  for (const e of es) if (e) { decref(e.key); decref(e.value); }
}

/** dict.update / {**x} (DICT_UPDATE) / f(**x) (DICT_MERGE: duplicate keys are an error). */
export function dictMerge(d: PyDict, other: PyObject, noDup: boolean): void {
  if (other instanceof PyDict) {
    // Objects/dictobject.c: dict_merge — clone a clean source's geometry, or one big resize first.
    if (other === d || other.used === 0) return;
    const clean = !(other as any).shared && other.used === other.nentries && other.log2size > 0;
    if (d.used === 0 && clean && (other.log2size === PyDict_LOG_MINSIZE || usable(other.log2size - 1) < other.used)) {
      // clone_combined_dict_keys: the source's geometry and kind
      d.log2size = other.log2size; d.nentries = 0; d.popped = 0; d.entries = []; d.strIndex = null; d.hashIndex = null;
      d.unicodeKeys = other.unicodeKeys;
    } else if ((d.log2size === 0 ? 0 : usable(d.log2size)) < d.used + other.used) {
      // dictresize(mp, estimate_log2_keysize(...), DK_IS_UNICODE(other->ma_keys))
      if (d.used === 0) d.unicodeKeys = true;
      d.unicodeKeys = d.unicodeKeys && other.unicodeKeys;
      resize(d, estimateLog2Keysize(d.used + other.used));
    }
    for (const [k, v] of [...dictItems(other)]) {
      if (noDup && dictGet(d, k) !== undefined) {
        const e = new Error('duplicate keyword') as Error & { key: PyObject };
        e.key = k;
        throw e;
      }
      dictSet(d, k, v);
    }
    return;
  }
  const keysM = ops.getattrOpt(other, 'keys');
  if (keysM) {
    const ks = ops.call(keysM, []);
    decref(keysM);
    try {
      ops.forEach(ks, (k) => {
        const v = ops.getitem(other, k);
        dictSet(d, k, v);
        decref(v);
      });
    } finally { decref(ks); }
    return;
  }
  // sequence of pairs
  let i = 0;
  ops.forEach(other, (pair) => {
    const items = ops.toArray(pair);
    try {
      if (items.length !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
      dictSet(d, items[0], items[1]);
    } finally { for (const x of items) decref(x); }
    i++;
  });
}

export { newStr, PyInt };
