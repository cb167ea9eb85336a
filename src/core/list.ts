// list storage: Objects/listobject.c. Growth follows list_resize so that
// `allocated` — and sys.getsizeof — match CPython.

import { PyObject, PyList, PyTuple, PyInt } from './object.js';
import { incref, decref, R, isInstance, callMethod, callSpecial, NotImplemented, typeError, raise, PyMethodDescr, newList } from './rt.js';
import { T, EXC } from './types.js';
import { LimitExceeded, PyExc } from './errors.js';
import * as ops from './ops.js';

/** Objects/listobject.c: list_resize — set the size to `newsize`, reallocating when needed. */
export function listResize(l: PyList, newsize: number): void {
  if (newsize > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to grow a list to ${newsize.toLocaleString('en-US')} items (more than heapsnake's limit of ${R.limits.maxAlloc.toLocaleString('en-US')})`);
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) return;
  // 3.14.9+ (gh-158592): small arrays (<= 32 slots) are not shrunk, not even to size 0 (a list is
  // emptied to no array by list_clear: pop of the last item, a slice assignment that empties it)
  if (R.rules.version !== '3.11' && allocated >= newsize && allocated <= 32) return;
  // new_allocated = (newsize + (newsize >> 3) + 6) & ~3, unless closer to newsize (see version.ts)
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > na - newsize) na = (newsize + 3) & ~3;
  if (newsize === 0) na = 0;
  l.allocated = na;
}

/** A new list of `items` (references owned by it) sized as C code that PyList_Append()s them one by one to PyList_New(0) leaves it. */
export function newListAppended(items: PyObject[]): PyList {
  const l = newList([]) as PyList;
  for (const x of items) {
    if (l.items.length + 1 > l.allocated) listResize(l, l.items.length + 1);
    l.items.push(x);
  }
  return l;
}

/** Objects/listobject.c: list_clear — no array left; the items released from the last. */
export function listClear(l: PyList): void {
  const old = l.items;
  l.items = [];
  l.allocated = 0;
  for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
}

/** list.append (Objects/listobject.c: _PyList_AppendTakeRef) — v borrowed. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (n + 1 > l.allocated) listResize(l, n + 1);
  l.items.push(incref(v));
}

/** Objects/listobject.c: list_preallocate_exact — used while ob_item is NULL; rounds up to even. */
export function preallocateExact(l: PyList, n: number): void {
  if (n > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to build a list of ${n.toLocaleString('en-US')} items (more than heapsnake's limit of ${R.limits.maxAlloc.toLocaleString('en-US')})`);
  l.allocated = (n + 1) & ~1;
}

/** The exact types 3.13+'s _list_extend copies with one resize. */
const DICT_SET_VIEWS = new Set([T.dict, T.set, T.frozenset, T.dict_keys, T.dict_values, T.dict_items]);

/** list.extend / LIST_EXTEND (Objects/listobject.c: list_extend). */
export function listExtend(l: PyList, iterable: PyObject, _fromLiteral = false): void {
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && (iterable.type === T.list || iterable.type === T.tuple)) {
    // list_extend_fast
    const src = iterable.items.slice();
    const n = src.length;
    if (n === 0) return;
    const m = l.items.length;
    if (l.allocated === 0 && m === 0) preallocateExact(l, n);
    else listResize(l, m + n);
    for (const x of src) l.items.push(incref(x));
    return;
  }
  // 3.13+: list_extend_dict / list_extend_set / list_extend_dictitems — one list_resize(m + n), no cut back
  if (R.rules.listExtendDictSet && DICT_SET_VIEWS.has(iterable.type)) {
    listResize(l, l.items.length + ops.len(iterable));
    ops.forEach(iterable, (x) => { l.items.push(incref(x)); });
    return;
  }
  // list_extend_iter: PyObject_GetIter first, then presize from the length hint (default 8),
  // append, then cut back
  const it = ops.iter(iterable);
  try { extendIter(l, iterable, it); } finally { decref(it); }
}

function extendIter(l: PyList, iterable: PyObject, it: PyObject): void {
  const m = l.items.length;
  let hint = lengthHint(iterable);
  if (hint < 0) hint = 8;
  if (l.allocated === 0 && m === 0) { if (hint) preallocateExact(l, hint); }
  else if (hint) {
    const size = l.items.length;
    const save = l.items.length;
    // list_resize(self, m + n) then Py_SET_SIZE(self, m)
    const fake = { allocated: l.allocated, items: { length: size } } as unknown as PyList;
    listResize(fake, m + hint);
    l.allocated = fake.allocated;
    void save;
  }
  for (;;) {
    const x = ops.next(it);
    if (x === null) break;
    try { listAppend(l, x); } finally { decref(x); }
  }
  if (l.items.length < l.allocated) listResize(l, l.items.length);
}

/**
 * list(iterable) / list.__init__ (Objects/listobject.c: list___init___impl): list_extend
 * into the empty list, which presizes it exactly from the length hint (len() for a sized
 * iterable, asked once: both versions call a class's __len__ once for list(x)).
 */
export function listInit(l: PyList, iterable: PyObject): void {
  listExtend(l, iterable);
}

/** len(o), or -1 where it raises TypeError (cleared, as list___init___impl and PyObject_LengthHint do). */
function lenOrTypeError(o: PyObject): number {
  try { return ops.len(o); } catch (e) { if (!(e instanceof PyExc && isInstance(e.exc, EXC.TypeError))) throw e; decref(e.exc); return -1; }
}

function hasLen(o: PyObject): boolean {
  return o instanceof PyList || o instanceof PyTuple || o.type.lookup('__len__') !== undefined;
}

/**
 * Objects/abstract.c: PyObject_LengthHint — the object's len() when it has one (a str,
 * dict, set, dict view…), else the native iterators' __length_hint__; -1 when unknown.
 */
export function lengthHint(o: PyObject): number {
  if (hasLen(o)) { const n = lenOrTypeError(o); if (n >= 0) return n; }
  const h = (o.type as any).lengthHint as ((o: PyObject) => number) | undefined;
  if (h) return h(o);
  // a class's own __length_hint__ (NotImplemented: no hint)
  const m = o.type.lookup('__length_hint__');
  if (m === undefined || m instanceof PyMethodDescr) return -1;
  // Objects/abstract.c: PyObject_LengthHint — _PyObject_LookupSpecial binds __length_hint__
  const r = callSpecial(m, o, []);
  if (r === NotImplemented) return -1;
  if (!(r instanceof PyInt)) { decref(r); return typeError(`__length_hint__ must be an integer, not ${r.type.name}`); }
  const n = Number(r.v);
  decref(r);
  if (n < 0) raise('ValueError', '__length_hint__() should return >= 0');
  return n;
}

/** Replace the contents (owned new items). */
export function listSetItems(l: PyList, items: PyObject[]): void {
  const old = l.items;
  l.items = items;
  for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
}

export { R };
