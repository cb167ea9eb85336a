// sys.getsizeof: each type's __sizeof__ plus the GC header for GC objects
// (Python/sysmodule.c: _PySys_GetSizeOf adds sizeof(PyGC_Head) = 16 when the
// type has Py_TPFLAGS_HAVE_GC; 3.12+ also adds the managed pre-header).
// Sizes per version are in SIZES; every number was checked against CPython.

import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, PyNative, PyType, PyCell, PyWeakref, PyBaseException } from './object.js';
import { T, EXC } from './types.js';
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
/** Exception types with no C fields beyond BaseException's (measured 88 bytes in both versions). */
const PLAIN_EXC = new Set(['BaseException', 'Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'LookupError',
  'RuntimeError', 'ZeroDivisionError', 'ArithmeticError', 'AssertionError', 'NotImplementedError', 'RecursionError', 'OverflowError',
  'KeyboardInterrupt', 'GeneratorExit', 'StopAsyncIteration', 'EOFError', 'MemoryError', 'ReferenceError']);
/** Exceptions with extra C fields (Objects/exceptions.c), measured identical in 3.11.7 and 3.14.10. */
const EXC_SIZES: Record<string, number> = { StopIteration: 96, NameError: 96, UnboundLocalError: 96, SystemExit: 96, AttributeError: 104 };

/** Objects/longobject.c: int___sizeof__ — 24 bytes of header + 4 per 30-bit digit (at least one). */
function intSize(v: number | bigint): number {
  const bits = bitLength(big(v));
  const digits = Math.max(1, Math.ceil(bits / 30));
  return 24 + 4 * digits;
}

/** Objects/dictobject.c: _PyDict_SizeOf */
export function dictSize(d: PyDict): number {
  const sk = (d as any).shared as { names: Set<string>; usable: number } | undefined;
  // a split table: the values array (nentries + usable of the class's shared keys); the keys belong to the class
  if (sk) return 48 + 16 + 8 * (sk.names.size + sk.usable);
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
  const hook0 = (t as any).sizeof as ((o: PyObject) => number) | undefined;
  if (hook0) return hook0(o);
  if (t.isHeapType && t.base) return subclassSize(o, t);
  // a native type built on a builtin layout (OrderedDict, defaultdict, ...) adds fields of its own:
  // without a size hook, refuse rather than report the base's size
  if (!t.isHeapType && (o instanceof PyDict || o instanceof PyList || o instanceof PySet || o instanceof PyTuple || o instanceof PyInt || o instanceof PyStr)
    && ![T.dict, T.list, T.set, T.frozenset, T.tuple, T.int, T.bool, T.str].includes(t)) {
    return notSupported(`sys.getsizeof() of a ${t.name} object`);
  }
  if (o instanceof PyInt) return intSize(o.v);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyComplex) return 32; // Objects/complexobject.c: sizeof(PyComplexObject) — header + two doubles
  if (o instanceof PyStr) {
    const n = o.len;
    if (o.maxChar < 128) return S.asciiHeader + n + 1;
    const kind = o.maxChar < 256 ? 1 : o.maxChar < 65536 ? 2 : 4;
    // 3.14: the static 1-char Latin-1 singletons carry a UTF-8 copy (2 bytes + NUL)
    const utf8 = R.rules.version !== '3.11' && n === 1 && kind === 1 && R.latin1.get(o.maxChar) === o ? 3 : 0;
    return S.compactHeader + (n + 1) * kind + utf8;
  }
  if (o instanceof PyBytes && t === T.bytes) return 33 + o.v.length;
  if (o instanceof PyList) return 40 + 8 * o.allocated + GC;
  if (o instanceof PyTuple) return S.tupleHeader + 8 * o.items.length;
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PySet) return 200 + (o.mask > 7 ? (o.mask + 1) * 16 : 0) + GC;
  if (o instanceof PyRange) return 48;
  if (o instanceof PyBaseException && !t.isHeapType) {
    // Objects/exceptions.c: OSError carries errno, strerror, filename, filename2 and written
    if (t.isSubtypeOf(EXC.OSError)) return 128;
    if (PLAIN_EXC.has(t.name)) return 88;
    const sized = EXC_SIZES[t.name];
    if (sized) return sized;
    return notSupported(`sys.getsizeof() of a ${t.name} object`);
  }
  if (o instanceof PyCell) return 40;
  if (o instanceof PyMethod) return 64;
  if (o instanceof PyFunction) return S.function;
  if (t === T.range_iterator) return S.rangeIter;
  if (t === T.map) return S.map;
  const hook = (t as any).sizeof as ((o: PyObject) => number) | undefined;
  if (hook) return hook(o);
  const fixed = FIXED.get(t);
  if (fixed !== undefined) return fixed;
  if (o instanceof PyGenerator) return generatorSize(o);
  if (t.isHeapType && !t.base) return instanceSize(t);
  if (t.isHeapType && t.base) return subclassSize(o, t);
  return notSupported(`sys.getsizeof() of a ${t.name} object`);
}

/** Sizes measured on both versions (docs/cpython-rules.md §1.9), GC header included. */
const FIXED = new Map<PyType, number>([
  [T.list_iterator, 48], [T.tuple_iterator, 48], [T.list_reverseiterator, 48], [T.str_iterator, 48], [T.str_iterator_u, 48], [T.bytes_iterator, 48], [T.bytearray_iterator, 48],
  [T.dict_keyiterator, 72], [T.dict_valueiterator, 72], [T.dict_itemiterator, 72],
  [T.dict_reversekeyiterator, 72], [T.dict_reversevalueiterator, 72], [T.dict_reverseitemiterator, 72], [T.set_iterator, 64],
  [T.enumerate, 72], [T.zip, 64], [T.filter, 48], [T.reversed, 48], [T.iterator, 48],
  [T.builtin_function_or_method, 72], [T.weakref, 80], [T.weakproxy, 80], [T.property, 80],
  [T.staticmethod, 48], [T.classmethod, 48], [T.mappingproxy, 40], [T.module, 72], [T.slice, 56], [T.object, 16],
  [T.NoneType, 16], [T.NotImplementedType, 16], [T.ellipsis, 16],
  [T.dict_keys, 48], [T.dict_values, 48], [T.dict_items, 48],
]);

/** Objects/genobject.c: gen_sizeof — the frame is part of the object: 168 + 8*(nlocalsplus + stacksize). */
function generatorSize(g: PyGenerator): number {
  const stacksize = (g.code as any).stacksize as number | undefined;
  if (stacksize === undefined) return notSupported('sys.getsizeof() of this generator');
  return 168 + 8 * (g.code.nlocalsplus + stacksize);
}

/** Instances of plain classes (docs/cpython-rules.md §1.10). */
function instanceSize(t: PyType): number {
  const v = R.rules.version;
  const hasSlots = (t as any).ownSlots !== undefined || t.slotNames.length > 0 || !t.hasDict;
  if (!hasSlots) return v === '3.11' ? 56 : 48;
  let size = 16 + 8 * t.slotNames.length + GC;
  if (t.hasDict) size += 16;
  if ((t as any).weakrefSlot) size += v === '3.11' ? 8 : 16;
  return size;
}

/** Instances of subclasses of builtins: the base's size + 16 for a managed dict/weakref. */
/**
 * Instances of subclasses of builtins (docs/cpython-rules.md §1.10): the base's size, plus
 * 3.11: the __dict__ and __weakref__ pointers in the instance (var-sized bases: after the items);
 * 3.14: the 16-byte managed dict/weakref pre-header. Measured: class L(list) 80/72,
 * class D(dict) 88/80, class T(tuple) 48/64, class I(int) 44/60 for 3.11/3.14.
 */
function subclassSize(o: PyObject, t: PyType): number {
  const base = t.base!;
  const v = R.rules.version;
  const plain = t.hasDict && t.slotNames.length === 0;
  if (!t.hasDict && t.slotNames.length === 0) {
    // __slots__ = () (namedtuple): the base layout alone, plus the GC header for var-sized bases
    if (base === T.tuple) return (v === '3.11' ? 40 : 48) + 8 * (o as PyTuple).items.length;
    if (base === T.list) return 40 + 8 * (o as PyList).allocated + GC;
  }
  // a weakref subclass with only plain __slots__ (weakref.KeyedRef): the slots follow the 64-byte
  // PyWeakReference, GC header added (measured 80/88/96 for 0/1/2 slots on both versions)
  if (base === T.weakref && !t.hasDict && !(t as any).weakrefSlot) return 80 + 8 * t.slotNames.length;
  // named __slots__ only (no __dict__ / __weakref__ slot): each is a pointer after the base's own layout
  // (Objects/typeobject.c: type_new_descriptors adds slotoffset += sizeof(PyObject *) per slot; measured on both)
  if (!t.hasDict && !t.weakrefable) {
    if (base === T.list) return 40 + 8 * (o as PyList).allocated + GC + 8 * t.slotNames.length;
    if (base === T.dict) return dictSize(o as PyDict) + 8 * t.slotNames.length;
  }
  if (!plain) return notSupported(`sys.getsizeof() of an instance of a ${base.name} subclass with __slots__`);
  // Objects/typeobject.c: type_new_descriptors adds no __dict__ or __weakref__ slot a base already has (OrderedDict)
  // a native base with a size of its own (OrderedDict, defaultdict, ...): the subclass adds a __dict__ and
  // __weakref__ slot only where that base has none (Objects/typeobject.c: type_new_descriptors)
  const native = t.mro.find((b) => !b.isHeapType);
  const baseHook = native ? (native as any).sizeof as ((o: PyObject) => number) | undefined : undefined;
  if (native && baseHook) {
    if (native.hasDict && native.weakrefable) return baseHook(o);
    if (o instanceof PyDict) return baseHook(o) + (v === '3.11' ? 24 : 16);
    return notSupported(`sys.getsizeof() of an instance of a ${native.name} subclass`);
  }
  if (base === T.list) return 40 + 8 * (o as PyList).allocated + GC + (v === '3.11' ? 24 : 16);
  if (base === T.dict) return dictSize(o as PyDict) + (v === '3.11' ? 24 : 16);
  if (base === T.tuple) return (v === '3.11' ? 40 : 48) + 8 * (o as PyTuple).items.length + (v === '3.11' ? 8 : 16);
  if (base === T.int) return intSize((o as PyInt).v) + GC + (v === '3.11' ? 0 : 16);
  // a fixed-size base (float, complex): Objects/typeobject.c: type_new_descriptors — 3.11 adds a __weakref__ slot
  // and the managed-dict pre-header (2 pointers), 3.12+ keeps both in the pre-header; plus the GC header
  // (Python/sysmodule.c: sys_getsizeof adds _PyType_PreHeaderSize). Measured: complex 72/64, float 64/56.
  if (base === T.complex || base === T.float) return (base === T.complex ? 32 : 24) + GC + (v === '3.11' ? 24 : 16);
  if (base === T.BaseException) return 88;
  return notSupported(`sys.getsizeof() of an instance of a ${base.name} subclass`);
}

export { PyNative, PyType, PyWeakref, PyBaseException, PyGenerator };
