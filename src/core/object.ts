// The modelled CPython heap: object layouts and the one allocation choke point.
//
// Every Python value in the simulator is a `PyObject` with a type, a
// reference count (`rc`) and, for containers, a GC-tracked flag — the fields
// of CPython's `PyObject` header (Include/object.h) and `PyGC_Head`
// (Include/internal/pycore_gc.h).  Objects are created only through their
// constructors, which all call `Heap.current.alloc(this)` (the choke point:
// ids, the live set, allocation events and the collector's allocation count).
//
// Ownership discipline (CPython's): a function that *returns* a PyObject
// returns a NEW reference; arguments are BORROWED; a container that stores a
// value increfs it.  `incref`/`decref` below are the only places counts move.

import { noteHook } from './notehook.js';
import type { Heap } from './heap.js';
import { NotSupported } from './errors.js';

export type Label = string;

let currentHeap: Heap | null = null;
export function setCurrentHeap(h: Heap | null): void { currentHeap = h; }
export function heap(): Heap { return currentHeap!; }

// Static objects (None, small ints, builtin types) get ids in their own range, apart from heap ids.
let staticIds = 1_000_000_000;

export class PyObject {
  id = 0;
  /** ob_refcnt. Immortal / uncounted objects keep it fixed. */
  rc = 1;
  /** Immortal (PEP 683) or an interpreter-internal object whose count we do not model. */
  imm = false;
  dead = false;
  /** PyGC_Head present and linked (gc.is_tracked). */
  tracked = false;
  /** Instance __dict__ (PyDict) for instances of classes that have one. */
  dict: PyDict | null = null;
  // The next three are rarely set: their defaults live on the prototype (below the class), so that an
  // object that never gets one (most ints, strs, lists...) is three fields smaller — less memory for
  // V8's collector to copy in loops that keep many objects. Reads are the same either way.
  /** __slots__ values, in slot order (default null). */
  declare slots: (PyObject | null)[] | null;
  /** Weak references to this object (tp_weaklist), newest first as in CPython (default null). */
  declare weakrefs: PyWeakref[] | null;
  /** PEP 442: tp_finalize (__del__) already called for this object (default false). */
  declare finalized: boolean;
  /** Line at which it was allocated (for the picture). A field: a recorded run sets it on every object. */
  line = 0;
  /** The collector's scratch fields (gc.ts: deduceUnreachable): which pass last saw it, gc_refs, its state there. */
  gcEpoch = 0;
  gcRefs = 0;
  gcState = 0;
  /** When it was last linked into the collector's list (heap.ts: track): its place there before any collection. */
  gcSeq = 0;

  constructor(public type: PyType) {
    const h = currentHeap;
    if (h && !(type && type.internal)) h.alloc(this);
    else { this.id = staticIds++; this.imm = true; }
  }

  /** References this object holds, with labels, in tp_traverse order. */
  refs(out: [Label, PyObject][]): void {
    if (this.slots) {
      const names = this.type.slotNames;
      for (let i = 0; i < this.slots.length; i++) {
        const v = this.slots[i];
        if (v) out.push([`.${names[i]}`, v]);
      }
    }
    const d = this.dict;
    if (d) {
      if ((d as any).inline) {
        // Inline values (3.11+ managed dicts): the attributes belong to the instance itself.
        for (const e of d.entries) if (e) out.push([`.${(e.key as PyStr).v}`, e.value]);
      } else out.push(['__dict__', d]);
    }
  }

  /** Drop the references this object owns (tp_dealloc's body / tp_clear). */
  clear(h: Heap): void {
    // Objects/typeobject.c: subtype_dealloc — clear slots, then the __dict__.
    if (this.slots) {
      const s = this.slots;
      const order = this.type.isHeapType ? slotOrder(this.type).filter((i) => i < s.length) : [];
      for (let i = 0; i < s.length; i++) if (!order.includes(i)) order.push(i);
      for (const i of order) {
        const v = s[i];
        if (v) { s[i] = null; h.decref(v); }
      }
    }
    if (this.dict) {
      const d = this.dict;
      // inline values are released in index order (sharedKeyOrder below), not the instance's insertion order,
      // and so are a materialized dict's while it is a split table (Objects/dictobject.c: dict_dealloc)
      const vals = d.rc !== 1 ? null : (d as any).inline ? inlineValuesInOrder(this, h.rules) : materializedOrder(this, h.rules);
      if (vals) {
        const pos = new Map(vals.map((v, i) => [v, i] as [PyObject, number]));
        d.entries = d.entries.filter((e) => e).sort((a, b) => pos.get(a!.value)! - pos.get(b!.value)!);
      }
      this.dict = null;
      // while tracing, a release in the class's shared-key order that prints is noted (versionnote.ts)
      if (vals && vals.length > 1 && h.recording && noteHook.span && (this.type as any).staticAttributes?.length) noteHook.span('sharedKeysFromStaticAttributes', () => h.decref(d));
      else h.decref(d);
    }
  }
}

PyObject.prototype.slots = null;
PyObject.prototype.weakrefs = null;
PyObject.prototype.finalized = false;

/**
 * The order in which Objects/typeobject.c visits an instance's slots — subtype_traverse ->
 * traverse_slots, and subtype_dealloc / subtype_clear -> clear_slots: the slots of the instance's
 * class, then of its base, and so on (tp_base); each class's members in the order of its sorted
 * slot names (type_new sorts __slots__ after mangling: PyList_Sort). heapsnake keeps the values in
 * layout order (PyType.slotNames: the bases' first, each class's as declared): indexes into it.
 */
export function slotOrder(t: PyType): number[] {
  const cached = (t as any).slotTraverseOrder as number[] | undefined;
  if (cached && cached.length === t.slotNames.length) return cached;
  const order: number[] = [];
  for (const c of t.mro) {
    const own = (c as any).ownSlots as string[] | undefined;
    if (!own) continue;
    const names = own.filter((x) => x !== '__dict__' && x !== '__weakref__').map((x) => mangleSlot(c.name, x)).sort();
    for (const n of names) { const i = t.slotNames.indexOf(n); if (i >= 0 && !order.includes(i)) order.push(i); }
  }
  for (let i = 0; i < t.slotNames.length; i++) if (!order.includes(i)) order.push(i);
  (t as any).slotTraverseOrder = order;
  return order;
}

/** Python/compile.c: _Py_Mangle, as classes.ts applies it to __slots__ names. */
function mangleSlot(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const c = cls.replace(/^_+/, '');
  return c ? `_${c}${name}` : name;
}

/**
 * The order of a class's shared keys — the index of each attribute in an instance's inline
 * values, in which Objects/typeobject.c: subtype_traverse visits them and subtype_dealloc
 * releases them (Objects/dictobject.c: _PyObject_FreeInstanceAttributes / 3.14
 * _PyObject_ClearInlineValues, index order): 3.13+ put the class's sorted __static_attributes__
 * first (Objects/dictobject.c: _PyDict_NewKeysForClass), then come the names in the order
 * instances first set them. null when it is not known.
 */
export function sharedKeyOrder(t: PyObject, names: Set<string>, rules: { sharedKeysFromStaticAttributes: boolean }): string[] | null {
  const dyn = [...names];
  if (!rules.sharedKeysFromStaticAttributes) return dyn;
  const st: string[] | null | undefined = (t as any).staticAttributes;
  if (st === null) return null;
  const first = st ?? [];
  return [...first, ...dyn.filter((n) => !first.includes(n))];
}

/**
 * The indices (into the instance dict's entries) of its inline values in shared-key (index) order, or null
 * when the dict is not split or its names are not all in the shared keys. Remembered on the dict until its
 * entries or the class's shared keys change (the collector asks for it at every traversal).
 */
export function inlineOrder(o: PyObject, rules: { sharedKeysFromStaticAttributes: boolean }): number[] | null {
  const d = o.dict as any;
  if (!d || !d.inline) return null;
  const shared = d.shared;
  const names: Set<string> | undefined = shared?.names;
  if (!names) return null;
  if (d.ioLen === d.entries.length && d.ioUsed === d.used && d.ioNames === names.size && d.ioType === o.type) {
    const p: number[] | null = d.ioPerm, keys: string[] = d.ioKeys;
    let same = true;
    if (p) for (let k = 0; k < p.length; k++) { const e = d.entries[p[k]]; if (!e || (e.key as PyStr).v !== keys[k]) { same = false; break; } }
    if (same) return p;
  }
  let cache = shared.orderCache as { size: number; t: PyObject; order: string[] | null } | undefined;
  if (!cache || cache.size !== names.size || cache.t !== o.type) cache = shared.orderCache = { size: names.size, t: o.type, order: sharedKeyOrder(o.type, names, rules) };
  const order = cache.order;
  let perm: number[] | null = null;
  // The permutation depends only on the class's order and the sequence of keys in the entries (holes
  // included) and `used`: instances of one class nearly always share them, so the last one computed for
  // this order is remembered and reused when the sequence is the same (no Map built per instance).
  const memo = (cache as any).memo as { keys: (string | null)[]; used: number; perm: number[] | null; ioKeys: string[] } | undefined;
  let ioKeys: string[] | null = null;
  if (order && memo && memo.used === d.used && sameKeySequence(memo.keys, d.entries)) { perm = memo.perm; ioKeys = memo.ioKeys; }
  else if (order) {
    const at = new Map<string, number>();
    d.entries.forEach((e: any, i: number) => { if (e) at.set((e.key as PyStr).v, i); });
    perm = [];
    for (const n of order) { const i = at.get(n); if (i !== undefined) perm.push(i); }
    if (perm.length !== at.size || at.size !== d.used) perm = null;
    ioKeys = perm ? perm.map((i) => (d.entries[i].key as PyStr).v) : [];
    (cache as any).memo = { keys: d.entries.map((e: any) => (e ? (e.key as PyStr).v : null)), used: d.used, perm, ioKeys };
  }
  d.ioLen = d.entries.length; d.ioUsed = d.used; d.ioNames = names.size; d.ioType = o.type; d.ioPerm = perm;
  // (shared between dicts with the same key sequence: neither array is ever modified)
  d.ioKeys = ioKeys ?? (perm ? perm.map((i) => (d.entries[i].key as PyStr).v) : []);
  return perm;
}

function sameKeySequence(keys: (string | null)[], entries: ({ key: PyObject } | null)[]): boolean {
  if (keys.length !== entries.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const e = entries[i];
    if (e === null ? keys[i] !== null : keys[i] !== (e.key as PyStr).v) return false;
  }
  return true;
}

/** An instance's inline values in shared-key (index) order, or null when not split. */
export function inlineValuesInOrder(o: PyObject, rules: { sharedKeysFromStaticAttributes: boolean }): PyObject[] | null {
  const perm = inlineOrder(o, rules);
  return perm ? perm.map((i) => o.dict!.entries[i]!.value) : null;
}

/**
 * An instance whose __dict__ was materialized (obj.__dict__, vars(obj): classes.ts:
 * materializeDict) and whose keys have not changed since, in the same order: the dict is still a
 * split table, whose values Objects/dictobject.c: dict_traverse visits in index order (the class's
 * shared-key order, sharedKeyOrder), not in the instance's insertion order (measured on 3.11 and
 * 3.14: the instance visits the dict, the dict its values). Returns the values in that order, or
 * null when it is not known (a key added or removed since may have made the table combined).
 */
export function materializedOrder(o: PyObject, rules: { sharedKeysFromStaticAttributes: boolean }): PyObject[] | null {
  const d = o.dict as any;
  if (!d || d.inline || d.matOwner !== o || !d.matKeys) return null;
  const keys: string[] = [];
  const at = new Map<string, PyObject>();
  for (const e of (o.dict as PyDict).entries) {
    if (!e) continue;
    if (!(e.key instanceof PyStr) || e.key.type.isHeapType) return null;
    keys.push(e.key.v);
    at.set(e.key.v, e.value);
  }
  const mk: string[] = d.matKeys;
  if (keys.length !== mk.length || keys.some((k, i) => k !== mk[i])) return null;
  const names: Set<string> | undefined = d.shared?.names;
  if (!names || keys.some((k) => !names.has(k))) return null;
  const order = sharedKeyOrder(o.type, names, rules);
  if (!order) return null;
  return order.filter((k) => at.has(k)).map((k) => at.get(k)!);
}

/** Convenience for constructors: objects that may be created before any heap exists. */
export function immortalize<T extends PyObject>(o: T): T { o.imm = true; return o; }

// ---------------------------------------------------------------------------
// Types

export type NativeFn = (args: PyObject[], kwnames: string[] | null) => PyObject;

export class PyType extends PyObject {
  bases: PyType[] = [];
  mro: PyType[] = [];
  /** tp_dict: attribute name -> value (methods, descriptors, class attributes). */
  attrs = new Map<string, PyObject>();
  /** Instances carry a __dict__. */
  hasDict = false;
  /** __slots__ names (own + inherited, in layout order). */
  slotNames: string[] = [];
  /** Instances can be weakly referenced (tp_weaklistoffset != 0). */
  weakrefable = false;
  /** Created by a class statement (a heap type). */
  isHeapType = false;
  /** The builtin type whose layout instances share (list for `class L(list)`). */
  base: PyType | null = null;
  /** Instances are GC objects (Py_TPFLAGS_HAVE_GC). */
  gc = false;
  /** tp_basicsize of instances (bytes, without the GC header). */
  basicSize = 16;
  /** Python-level construction: type.__call__ for builtin types. */
  newFn: ((type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  module = 'builtins';
  qualname: string;
  /** Cached: does any class in the MRO define __del__? */
  hasDel = false;
  /** Is this a subclass of BaseException? */
  isException = false;
  /** Instances are interpreter-internal (code objects, modules): not on the modelled heap. */
  internal = false;
  /** Set when a class attribute that affects fast paths changes. */
  version = 0;
  /** Instances of exactly this type own no references and run no code when freed (int, float, str...: heap.ts dealloc). */
  leaf = false;

  constructor(public name: string, metatype: PyType | null, bases: PyType[] = []) {
    super(metatype as PyType);
    this.qualname = name;
    this.bases = bases;
    this.imm = true; // NON-CPYTHON: type objects are not reference counted (they are never freed here).
  }

  lookup(name: string): PyObject | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].attrs.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubtypeOf(t: PyType): boolean {
    if (this === t) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === t) return true;
    return false;
  }
}

// ---------------------------------------------------------------------------
// Atoms

export class PyInt extends PyObject {
  /** A JS number while it is a safe integer, else a bigint. */
  constructor(type: PyType, public v: number | bigint) { super(type); }
}

export class PyFloat extends PyObject {
  constructor(type: PyType, public v: number) { super(type); }
}

/** Include/cpython/complexobject.h: PyComplexObject — a header and two doubles (cval.real, cval.imag). */
export class PyComplex extends PyObject {
  constructor(type: PyType, public re: number, public im: number) { super(type); }
}

export class PyStr extends PyObject {
  /** Number of code points (cached; JS strings count UTF-16 units). */
  len: number;
  /** Largest code point (PEP 393 kind). */
  maxChar: number;
  interned = false;
  hashCache: number | bigint | null = null;
  constructor(type: PyType, public v: string) {
    super(type);
    let n = 0, mx = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
        const d = v.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          if (cp > mx) mx = cp;
          i++; n++; continue;
        }
      }
      if (c > mx) mx = c;
      n++;
    }
    this.len = n;
    this.maxChar = mx;
  }
}

export class PyBytes extends PyObject {
  constructor(type: PyType, public v: Uint8Array) { super(type); }
}

// ---------------------------------------------------------------------------
// Containers

export class PyList extends PyObject {
  /** ob_item[0:ob_size]. */
  items: PyObject[];
  /** allocated (capacity), as Objects/listobject.c: list_resize computes it. */
  allocated: number;
  constructor(type: PyType, items: PyObject[], allocated = items.length) {
    super(type);
    this.items = items;
    this.allocated = allocated;
  }
  override refs(out: [Label, PyObject][]): void {
    const it = this.items;
    for (let i = 0; i < it.length; i++) out.push([`[${i}]`, it[i]]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/listobject.c: list_dealloc — items are released from the last to the first.
    const it = this.items;
    this.items = [];
    for (let i = it.length - 1; i >= 0; i--) h.decref(it[i]);
    super.clear(h);
  }
}

export class PyTuple extends PyObject {
  constructor(type: PyType, public items: PyObject[]) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    const it = this.items;
    for (let i = 0; i < it.length; i++) out.push([`[${i}]`, it[i]]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/tupleobject.c: tupledealloc — from the last item to the first.
    const it = this.items;
    this.items = [];
    for (let i = it.length - 1; i >= 0; i--) h.decref(it[i]);
    super.clear(h);
  }
}

export interface DictEntry { key: PyObject; value: PyObject; hash: number | bigint }

/**
 * A dict: insertion-ordered entries plus a lookup index, and the numbers that
 * CPython's compact dict layout has (Objects/dictobject.c: PyDictKeysObject),
 * so that sys.getsizeof can be exact: log2 of the index size, the number of
 * entry slots used so far (including deleted ones) and whether all keys are str.
 */
export class PyDict extends PyObject {
  entries: (DictEntry | null)[] = [];
  used = 0;
  /** str keys -> entry index, once the table has more than a few entries (dict.ts: strLookup). */
  strIndex: Map<string, number> | null = null;
  /** other keys: hash -> entry indexes. */
  hashIndex: Map<number | bigint, number[]> | null = null;
  /** dk_log2_size of the keys object; 0 means the shared empty keys (no table). */
  log2size = 0;
  /** dk_nentries: entry slots consumed (live + deleted) in the current keys object. */
  nentries = 0;
  /**
   * Slots popitem() gave back to dk_nentries without giving them back to dk_usable
   * (Objects/dictobject.c: dict_popitem_impl: "We can't dk_usable++ since there is
   * DKIX_DUMMY in indices"); cleared with the keys object.
   */
  popped = 0;
  /** All keys so far are str (DICT_KEYS_UNICODE). */
  unicodeKeys = true;
  /** A split-table instance dict (keys shared with the class). */
  split = false;
  constructor(type: PyType) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    for (const e of this.entries) {
      if (!e) continue;
      out.push([`key`, e.key]);
      out.push([`[${keyLabel(e.key)}]`, e.value]);
    }
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/dictobject.c: dict_dealloc -> free_keys_object: entries in order, key then value.
    const es = this.entries;
    this.entries = [];
    this.strIndex = null;
    this.hashIndex = null;
    this.used = 0;
    for (let i = 0; i < es.length; i++) {
      const e = es[i];
      if (e) { h.decref(e.key); h.decref(e.value); }
    }
    super.clear(h);
  }
}

export function keyLabel(k: PyObject): string {
  if (k instanceof PyStr) return JSON.stringify(k.v).replace(/^"|"$/g, "'");
  if (k instanceof PyInt) return String(k.v);
  return `#${k.id}`;
}

export const DUMMY: unique symbol = Symbol('dummy');
export interface SetEntry { key: PyObject; hash: number | bigint }

/** A set/frozenset as CPython's open-addressing table (Objects/setobject.c), so that iteration order matches. */
export class PySet extends PyObject {
  table: (SetEntry | null | typeof DUMMY)[] = new Array(8).fill(null);
  mask = 7;
  fill = 0;
  used = 0;
  /** frozenset hash cache */
  hashCache: number | bigint | null = null;
  constructor(type: PyType) { super(type); }
  *keys(): Generator<PyObject> {
    for (const e of this.table) if (e && e !== DUMMY) yield e.key;
  }
  override refs(out: [Label, PyObject][]): void {
    for (const e of this.table) if (e && e !== DUMMY) out.push(['item', e.key]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/setobject.c: set_dealloc — table order.
    const t = this.table;
    guardAddressOrder(t, h);
    this.table = new Array(8).fill(null);
    this.mask = 7; this.fill = 0; this.used = 0;
    for (const e of t) if (e && e !== DUMMY) h.decref(e.key);
    super.clear(h);
  }
}

/**
 * NON-CPYTHON guard: a set's table order follows its items' hashes, and an object that does not
 * define __hash__ is hashed by its address (Objects/object.c: _Py_HashPointer), which CPython's
 * allocator chooses and heapsnake makes up (ops.ts: fakeAddress). When two or more of the items
 * freed with the set run code (a __del__, a weakref callback, a generator's close), the order they
 * print in is not known: refused rather than guessed.
 */
function guardAddressOrder(table: (SetEntry | null | typeof DUMMY)[], h: Heap): void {
  if (!h.hooks) return;
  const keys: PyObject[] = [];
  for (const e of table) if (e && e !== DUMMY && e.key.rc === 1 && !e.key.imm) keys.push(e.key);
  if (keys.length < 2 || !keys.some(hashedByAddress)) return;
  const freed = freedWith(keys);
  if (!freed) return refuseAddressOrder(h);
  let running = 0;
  for (const k of keys) if (runsCodeIn(k, freed)) running++;
  if (running >= 2) refuseAddressOrder(h);
}

function refuseAddressOrder(h: Heap): never {
  throw new NotSupported('freeing a set whose items run __del__ (their order follows addresses CPython chooses)', h.hooks.where().line,
    'a set keeps objects that do not define __hash__ in the order of their memory addresses, which heapsnake does not know; a list keeps them in a known order');
}

function hashedByAddress(o: PyObject): boolean {
  if (o instanceof PyTuple) return o.items.some(hashedByAddress);
  if (!o.type.isHeapType) return false;
  const hf = o.type.lookup('__hash__');
  return !hf || hf.type.name !== 'function';
}

function refsOf(x: PyObject): PyObject[] {
  const out: [Label, PyObject][] = [];
  x.refs(out);
  return out.map(([, r]) => r);
}

/**
 * What freeing `keys` (each held only by the set) frees by reference counting: an object goes
 * when every reference to it comes from what goes. null when the graph is too large to tell.
 */
function freedWith(keys: PyObject[]): Set<PyObject> | null {
  const reach: PyObject[] = [];
  const seen = new Set<PyObject>();
  const stack = [...keys];
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x) || x.imm) continue;
    seen.add(x);
    reach.push(x);
    if (reach.length > 10000) return null;
    for (const r of refsOf(x)) stack.push(r);
  }
  const freed = new Set<PyObject>(keys);
  const from = new Map<PyObject, number>();
  const queue = [...keys];
  while (queue.length) {
    const x = queue.pop()!;
    for (const r of refsOf(x)) {
      if (r.imm || freed.has(r)) continue;
      const n = (from.get(r) ?? 0) + 1;
      from.set(r, n);
      if (n === r.rc) { freed.add(r); queue.push(r); }
    }
  }
  return freed;
}

/** Does something `k` leads to among `freed` run code when freed (a __del__, a weakref callback)? */
function runsCodeIn(k: PyObject, freed: Set<PyObject>): boolean {
  const stack = [k];
  const seen = new Set<PyObject>();
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x) || !freed.has(x)) continue;
    seen.add(x);
    if (x.type.hasDel && !x.finalized) return true;
    if (x.weakrefs && x.weakrefs.some((w) => w.callback)) return true;
    for (const r of refsOf(x)) stack.push(r);
  }
  return false;
}

export class PyRange extends PyObject {
  constructor(type: PyType, public start: PyInt, public stop: PyInt, public step: PyInt) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    out.push(['start', this.start], ['stop', this.stop], ['step', this.step]);
  }
  override clear(h: Heap): void {
    h.decref(this.start); h.decref(this.stop); h.decref(this.step);
  }
}

export class PySlice extends PyObject {
  constructor(type: PyType, public start: PyObject, public stop: PyObject, public step: PyObject) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    out.push(['start', this.start], ['stop', this.stop], ['step', this.step]);
  }
  override clear(h: Heap): void {
    h.decref(this.start); h.decref(this.stop); h.decref(this.step);
  }
}

/** A native object holding a fixed set of references (iterators, bound methods, ...). */
export class PyNative extends PyObject {
  /** Owned references, with labels. */
  held: (PyObject | null)[];
  labels: string[];
  /** Native state (iteration index, ...). */
  state: any;
  constructor(type: PyType, held: (PyObject | null)[], labels: string[], state: any = null) {
    super(type);
    this.held = held;
    this.labels = labels;
    this.state = state;
  }
  override refs(out: [Label, PyObject][]): void {
    for (let i = 0; i < this.held.length; i++) {
      const v = this.held[i];
      if (v) out.push([this.labels[i], v]);
    }
    super.refs(out);
  }
  override clear(h: Heap): void {
    const hs = this.held;
    for (let i = 0; i < hs.length; i++) {
      const v = hs[i];
      if (v) { hs[i] = null; h.decref(v); }
    }
    super.clear(h);
  }
  /** Replace held[i], releasing the old value. `v` is a new reference. */
  setHeld(h: Heap, i: number, v: PyObject | null): void {
    const old = this.held[i];
    this.held[i] = v;
    if (old) h.decref(old);
  }
}

export class PyCell extends PyObject {
  constructor(type: PyType, public ref: PyObject | null) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    if (this.ref) out.push(['cell_contents', this.ref]);
  }
  override clear(h: Heap): void {
    const r = this.ref; this.ref = null;
    if (r) h.decref(r);
  }
}

export class PyWeakref extends PyObject {
  constructor(type: PyType, public referent: PyObject | null, public callback: PyObject | null) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    if (this.callback) out.push(['callback', this.callback]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/weakrefobject.c: weakref_dealloc -> clear_weakref: unlink from the referent's list.
    if (this.referent && this.referent.weakrefs) {
      const l = this.referent.weakrefs;
      const i = l.indexOf(this);
      if (i >= 0) l.splice(i, 1);
    }
    this.referent = null;
    const cb = this.callback; this.callback = null;
    if (cb) h.decref(cb);
    super.clear(h);
  }
}

/** A heap-allocated exception instance: BaseException's fields (Objects/exceptions.c). */
export class PyBaseException extends PyObject {
  args: PyTuple | null = null;
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  /** Extra C-level fields of some exception types (OSError.filename, NameError.name): counted references. */
  extra: Map<string, PyObject> | null = null;
  constructor(type: PyType) { super(type); }
  setExtra(name: string, v: PyObject): void {
    const m = this.extra ?? (this.extra = new Map());
    const old = m.get(name);
    if (!v.imm) v.rc++;
    m.set(name, v);
    if (old) heap().decref(old);
  }
  override refs(out: [Label, PyObject][]): void {
    if (this.args) out.push(['args', this.args]);
    if (this.traceback) out.push(['__traceback__', this.traceback]);
    if (this.cause) out.push(['__cause__', this.cause]);
    if (this.context) out.push(['__context__', this.context]);
    if (this.notes) out.push(['__notes__', this.notes]);
    if (this.extra) for (const [k, v] of this.extra) out.push([k, v]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/exceptions.c: BaseException_clear — dict, args, notes, traceback, cause, context.
    if (this.dict) { const d = this.dict; this.dict = null; h.decref(d); }
    const a = this.args; this.args = null; if (a) h.decref(a);
    const n = this.notes; this.notes = null; if (n) h.decref(n);
    const t = this.traceback; this.traceback = null; if (t) h.decref(t);
    const c = this.cause; this.cause = null; if (c) h.decref(c);
    const x = this.context; this.context = null; if (x) h.decref(x);
    const ex = this.extra; this.extra = null; if (ex) for (const v of ex.values()) h.decref(v);
    super.clear(h);
  }
}
