// The list that str.split / str.rsplit / str.splitlines and bytes.split / bytes.rsplit
// return: CPython's allocation (what sys.getsizeof shows) and its "the string itself"
// shortcut (`s.split()[0] is s` when nothing was split).
//
// Objects/stringlib/split.h: the list starts as PyList_New(PREALLOC_SIZE(maxcount)) —
// maxcount + 1 slots, at most MAX_PREALLOC (12); items past the twelfth are appended
// (list_resize growth); FIX_PREALLOC_SIZE sets the size and keeps the allocation. So
// `"a b".split()` is a 2-item list with 12 slots on 3.11 (152 bytes). 3.14's
// Objects/unicodeobject.c (_PyUnicode_Split/_PyUnicode_RSplit) first bounds an unlimited
// maxsplit by the string's length — (len - 1) / 2 + 1 words, or len / len(sep) + 1 parts —
// (version.ts: strSplitBoundsMaxcount); bytes do not. splitlines uses PyList_New(0) and
// PyList_Append for every line.

import { PyObject, PyList } from './object.js';
import { R, incref, newList } from './rt.js';
import { listResize } from './list.js';

/** Objects/stringlib/split.h: MAX_PREALLOC. */
const MAX_PREALLOC = 12;

/** Appends an owned reference (list_resize growth, as _PyList_AppendTakeRef). */
function appendOwned(l: PyList, v: PyObject): void {
  if (l.items.length + 1 > l.allocated) listResize(l, l.items.length + 1);
  l.items.push(v);
}

/**
 * A split's list from its (owned) items; `maxcount` is the one stringlib ran with
 * (Infinity for "no limit" where CPython passes PY_SSIZE_T_MAX).
 */
export function splitList(items: PyObject[], maxcount: number): PyList {
  const pre = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
  const l = newList(items.slice(0, MAX_PREALLOC));
  l.allocated = Math.max(pre, l.items.length);
  for (let k = MAX_PREALLOC; k < items.length; k++) appendOwned(l, items[k]);
  return l;
}

/** splitlines: PyList_New(0), then PyList_Append for each line (owned items). */
export function appendedList(items: PyObject[]): PyList {
  const l = newList([]);
  for (const x of items) appendOwned(l, x);
  return l;
}

/** A one-item list holding the string itself (unicodeobject.c: split's `len1 < len2` / kind shortcut: PyList_New(1)). */
export function selfList(self: PyObject): PyList {
  return newList([incref(self)]);
}

/**
 * The maxcount str.split/str.rsplit run stringlib with, for a `maxsplit` argument
 * (-1: none) on a string of `len` code points, split on whitespace (sepLen null) or on a
 * separator of `sepLen` code points.
 */
export function strSplitMaxcount(maxsplit: number, len: number, sepLen: number | null): number {
  if (maxsplit >= 0) return maxsplit;
  if (!R.rules.strSplitBoundsMaxcount) return Infinity;
  // C division truncates toward zero: an empty string gives (0 - 1) / 2 + 1 = 1
  return sepLen === null ? Math.trunc((len - 1) / 2) + 1 : Math.trunc(len / sepLen) + 1;
}
