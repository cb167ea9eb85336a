// list storage: Objects/listobject.c. Growth follows list_resize so that
// `allocated` — and sys.getsizeof — match CPython.

import { PyObject, PyList, PyTuple } from './object.js';
import { incref, decref, R } from './rt.js';
import * as ops from './ops.js';

/** Objects/listobject.c: list_resize — set the size to `newsize`, reallocating when needed. */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) return;
  // new_allocated = (newsize + (newsize >> 3) + 6) & ~3, unless closer to newsize (see version.ts)
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > na - newsize) na = (newsize + 3) & ~3;
  if (newsize === 0) na = 0;
  l.allocated = na;
}

/** list.append (Objects/listobject.c: _PyList_AppendTakeRef) — v borrowed. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (n + 1 > l.allocated) listResize(l, n + 1);
  l.items.push(incref(v));
}

/** list.extend / LIST_EXTEND (Objects/listobject.c: list_extend). */
export function listExtend(l: PyList, iterable: PyObject, _fromLiteral = false): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const src = iterable.items.slice();
    const n = src.length;
    if (n === 0) return;
    const m = l.items.length;
    // list_extend_fast -> list_resize(self, m + n)
    if (m + n > l.allocated || m + n < (l.allocated >> 1)) listResize(l, m + n);
    for (const x of src) l.items.push(incref(x));
    return;
  }
  // Objects/listobject.c: list_extend_iter — a length hint may presize (NON-CPYTHON: we grow by appends).
  const hint = lengthHint(iterable);
  if (hint > 0) {
    const m = l.items.length;
    if (m + hint > l.allocated) listResize(l, m + hint);
  }
  ops.forEach(iterable, (x) => { listAppend(l, x); });
  // list_extend_iter shrinks an over-estimate
  if (l.items.length < l.allocated && hint > 0) {
    const n = l.items.length;
    if (n < (l.allocated >> 1)) listResize(l, n);
  }
}

/** PyObject_LengthHint for the native iterables whose length is known. */
export function lengthHint(o: PyObject): number {
  const h = (o.type as any).lengthHint as ((o: PyObject) => number) | undefined;
  if (h) return h(o);
  return -1;
}

/** Replace the contents (owned new items). */
export function listSetItems(l: PyList, items: PyObject[]): void {
  const old = l.items;
  l.items = items;
  for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
}

export { R };
