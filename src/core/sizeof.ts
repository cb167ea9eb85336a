// sys.getsizeof: each type's __sizeof__ plus the GC header for GC objects
// (Python/sysmodule.c: _PySys_GetSizeOf adds sizeof(PyGC_Head) = 16 when the
// type has Py_TPFLAGS_HAVE_GC; 3.12+ also adds the managed pre-header).
// Sizes per version are in SIZES; every number was checked against CPython.

import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, PyNative, PyType, PyCell, PyWeakref, PyBaseException } from './object.js';
import { T, EXC } from './types.js';
import { R, notSupported, None } from './rt.js';
import { bitLength, big } from './num.js';
import { usable } from './dict.js';
import { CPYTHON_TYPE_DICTS } from './cpython-typedicts.js';
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
  /** Objects/typeobject.c: type___sizeof__ — sizeof(PyTypeObject) for a static type, sizeof(PyHeapTypeObject) for a class. */
  typeObject: number; heapTypeObject: number;
  /** Python/sysmodule.c: _PySys_GetSizeOf — 3.11 adds the GC pre-header of type(o) (type is a GC type) to every
   *  type object; 3.14 skips it for a static type (`!Py_IS_TYPE(o, &PyType_Type) || HEAPTYPE`). */
  staticTypeGcHeader: boolean;
  /** Objects/typeobject.c: type_new_descriptors — 3.12+ gives a class over a var-sized base (int, tuple, bytes) a
   *  managed dict too; 3.11 gives it a tp_dictoffset dict, so such a class has no ht_cached_keys. */
  varSizedManagedDict: boolean;
}

const SIZES: Record<'3.11' | '3.14', Sizes> = {
  '3.11': { asciiHeader: 48, compactHeader: 72, tupleHeader: 40, instance: 56, function: 152, rangeIter: 48, map: 48, genBase: 176, typeObject: 408, heapTypeObject: 904, staticTypeGcHeader: true, varSizedManagedDict: false },
  '3.14': { asciiHeader: 40, compactHeader: 56, tupleHeader: 48, instance: 48, function: 168, rangeIter: 40, map: 56, genBase: 184, typeObject: 416, heapTypeObject: 936, staticTypeGcHeader: false, varSizedManagedDict: true },
};

const GC = 16;

// The breakdown the trace shows for sys.getsizeof (explain.ts): the same code that computes a size
// labels its addends while `parts` collects them (sizeParts); otherwise labelling costs nothing.
let parts: [string, number][] | null = null;
/** One addend `n` of a size, labelled `what` (the CPython source it models) when a breakdown is wanted. */
function p(n: number, what: string | null): number { if (parts && what !== null) parts.push([what, n]); return n; }
const gcHeader = (): number => p(GC, 'GC header (Python/sysmodule.c: _PySys_GetSizeOf)');
/** A size computed elsewhere (a type's own hook): kept whole unless its code labelled it completely. */
function whole(mark: number, n: number, what: string): number {
  if (!parts) return n;
  let sum = 0;
  for (let i = mark; i < parts.length; i++) sum += parts[i][1];
  if (sum !== n || parts.length === mark) { parts.length = mark; parts.push([what, n]); }
  return n;
}
/**
 * sys.getsizeof with its breakdown: each part is [what, bytes]. `exact` is false when the parts do
 * not add up to the size (a path that labels nothing): then only the size should be shown.
 */
export function sizeParts(o: PyObject): { size: number; parts: [string, number][]; exact: boolean } {
  const saved = parts;
  const mine: [string, number][] = [];
  parts = mine;
  try {
    const size = getsizeof(o);
    const exact = mine.length > 0 && mine.reduce((n, [, b]) => n + b, 0) === size;
    return { size, parts: mine, exact };
  } finally { parts = saved; }
}
/** Exception types with no C fields beyond BaseException's (measured 88 bytes in both versions). */
const PLAIN_EXC = new Set(['BaseException', 'Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'LookupError',
  'RuntimeError', 'ZeroDivisionError', 'ArithmeticError', 'AssertionError', 'NotImplementedError', 'RecursionError', 'OverflowError',
  'KeyboardInterrupt', 'GeneratorExit', 'StopAsyncIteration', 'EOFError', 'MemoryError', 'ReferenceError']);
/** Exceptions with extra C fields (Objects/exceptions.c), measured identical in 3.11.7 and 3.14.10. */
const EXC_SIZES: Record<string, number> = { StopIteration: 96, NameError: 96, UnboundLocalError: 96, SystemExit: 96, AttributeError: 104 };

/** A builtin exception type's instance size (GC header included). */
function excSize(t: PyType): number {
  // Objects/exceptions.c: OSError carries errno, strerror, filename, filename2 and written
  if (t.isSubtypeOf(EXC.OSError)) return p(128, 'OSError object: BaseException + errno, strerror, filename, filename2, written (Objects/exceptions.c)');
  if (PLAIN_EXC.has(t.name)) return p(88, parts && `${t.name} object: BaseException's fields, GC header included (Objects/exceptions.c: PyBaseExceptionObject)`);
  const sized = EXC_SIZES[t.name];
  if (sized) return p(sized, parts && `${t.name} object: BaseException + its own fields (Objects/exceptions.c)`);
  return notSupported(`sys.getsizeof() of a ${t.name} object`);
}

/** Objects/longobject.c: int___sizeof__ — 24 bytes of header + 4 per 30-bit digit (at least one). */
function intSize(v: number | bigint): number {
  const bits = bitLength(big(v));
  const digits = Math.max(1, Math.ceil(bits / 30));
  return p(24, 'int header (Objects/longobject.c: int___sizeof__)') + p(4 * digits, parts && `${digits} digit${digits > 1 ? 's' : ''} × 4 (30 bits each)`);
}

/** Objects/dictobject.c: _PyDict_SizeOf */
export function dictSize(d: PyDict): number {
  const sk = (d as any).shared as { names: Set<string>; usable: number } | undefined;
  // a split table: the values array (nentries + usable of the class's shared keys); the keys belong to the class
  if (sk) {
    return p(48 + 16, 'dict with split table (Objects/dictobject.c: _PyDict_SizeOf)')
      + p(8 * (sk.names.size + sk.usable), parts && `${sk.names.size + sk.usable} value slots × 8 (the class's shared keys)`);
  }
  let size = p(48, 'dict header (Objects/dictobject.c: _PyDict_SizeOf)');
  if (d.log2size > 0) {
    const n = 1 << d.log2size;
    const ix = d.log2size < 8 ? 1 : d.log2size < 16 ? 2 : d.log2size < 32 ? 4 : 8;
    const entry = d.unicodeKeys ? 16 : 24;
    const u = usable(d.log2size);
    size += p(32, 'keys table header') + p(n * ix, parts && `${n} index slots × ${ix}`)
      + p(u * entry, parts && `${u} entries × ${entry} (${d.used} used; ${d.unicodeKeys ? 'str keys' : 'general keys'})`);
  }
  return size + gcHeader();
}

export function getsizeof(o: PyObject): number {
  const S = SIZES[R.rules.version];
  const t = o.type;
  if (o === None) return p(16, 'None: a bare object header (PyObject)');
  if (o instanceof PyType) return typeObjectSize(o, S);
  const hook0 = (t as any).sizeof as ((o: PyObject) => number) | undefined;
  if (hook0) { const m = parts ? parts.length : 0; return whole(m, hook0(o), `${t.name} object (its __sizeof__)`); }
  if (t.isHeapType && t.base) return subclassSize(o, t);
  // a native type built on a builtin layout (OrderedDict, defaultdict, ...) adds fields of its own:
  // without a size hook, refuse rather than report the base's size
  if (!t.isHeapType && (o instanceof PyDict || o instanceof PyList || o instanceof PySet || o instanceof PyTuple || o instanceof PyInt || o instanceof PyStr)
    && ![T.dict, T.list, T.set, T.frozenset, T.tuple, T.int, T.bool, T.str].includes(t)) {
    return notSupported(`sys.getsizeof() of a ${t.name} object`);
  }
  if (o instanceof PyInt) {
    if ((o as any).sizeUnknown) return notSupported(`sys.getsizeof() of ${(o as any).sizeUnknown}`);
    return intSize(o.v);
  }
  if (o instanceof PyFloat) return p(24, 'float: header + one double (Objects/floatobject.c: PyFloatObject)');
  if (o instanceof PyComplex) return p(32, 'complex: header + two doubles (Objects/complexobject.c: PyComplexObject)');
  if (o instanceof PyStr) {
    const n = o.len;
    if (o.maxChar < 128) {
      return p(S.asciiHeader, 'str header, compact ASCII (Include/cpython/unicodeobject.h: PyASCIIObject)')
        + p(n, parts && `${n} char${n === 1 ? '' : 's'} × 1 byte`) + p(1, 'NUL terminator');
    }
    const kind = o.maxChar < 256 ? 1 : o.maxChar < 65536 ? 2 : 4;
    // 3.14: the static 1-char Latin-1 singletons carry a UTF-8 copy (2 bytes + NUL)
    const utf8 = R.rules.version !== '3.11' && n === 1 && kind === 1 && R.latin1.get(o.maxChar) === o ? 3 : 0;
    return p(S.compactHeader, 'str header (Include/cpython/unicodeobject.h: PyCompactUnicodeObject)')
      + p((n + 1) * kind, parts && `${n} char${n === 1 ? '' : 's'} + NUL × ${kind} byte${kind > 1 ? 's' : ''} (widest char U+${o.maxChar.toString(16).toUpperCase().padStart(4, '0')})`)
      + (utf8 ? p(utf8, "UTF-8 copy of the static Latin-1 singleton") : 0);
  }
  if (o instanceof PyBytes && t === T.bytes) return p(33, 'bytes header + NUL (Objects/bytesobject.c: bytes___sizeof__)') + p(o.v.length, parts && `${o.v.length} bytes`);
  if (o instanceof PyList) return listSize(o);
  if (o instanceof PyTuple) return tupleSize(o, S);
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PySet) {
    return p(200, 'set header with its 8-slot small table (Objects/setobject.c: set___sizeof__)')
      + (o.mask > 7 ? p((o.mask + 1) * 16, parts && `${o.mask + 1}-slot table × 16 (outside the object)`) : 0) + gcHeader();
  }
  if (o instanceof PyRange) return p(48, 'range object (fixed size)');
  if (o instanceof PyBaseException && !t.isHeapType) return excSize(t);
  if (o instanceof PyCell) return p(40, 'cell object (fixed size)');
  if (o instanceof PyMethod) return p(64, 'bound method object (fixed size)');
  if (o instanceof PyFunction) return p(S.function, 'function object (fixed size)');
  if (t === T.range_iterator) return p(S.rangeIter, 'range_iterator object (fixed size)');
  if (t === T.map) return p(S.map, 'map object (fixed size)');
  const hook = (t as any).sizeof as ((o: PyObject) => number) | undefined;
  if (hook) { const m = parts ? parts.length : 0; return whole(m, hook(o), `${t.name} object (its __sizeof__)`); }
  const fixed = FIXED.get(t);
  if (fixed !== undefined) return p(fixed, parts && `${t.name} object (fixed size, measured on CPython)`);
  if (o instanceof PyGenerator) return generatorSize(o);
  if (t.isHeapType && !t.base) return instanceSize(t);
  if (t.isHeapType && t.base) return subclassSize(o, t);
  return notSupported(`sys.getsizeof() of a ${t.name} object`);
}

/**
 * A type object. Objects/typeobject.c: type___sizeof__ — sizeof(PyTypeObject) for a static (built-in) type;
 * for a class sizeof(PyHeapTypeObject) plus _PyDict_KeysSize(ht_cached_keys), the shared keys its instances'
 * dicts start from. Those keys exist when instances get a managed dict (type_new_descriptors: the class adds
 * a __dict__ its built-in base lacks; 3.11 not over a var-sized base) and are made once at full size
 * (Objects/dictobject.c: _PyDict_NewKeysForClass → new_keys_object(NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6):
 * a 32-byte header, 64 one-byte indices and USABLE_FRACTION(64) = 42 str-key entries × 16 = 768 bytes,
 * however many attributes the instances set). Measured on both versions: 1720 / 1688 with a dict, 952 / 920
 * without (__slots__, Exception subclasses); int, list, ... 416 / 424.
 */
function typeObjectSize(t: PyType, S: Sizes): number {
  if (!t.isHeapType) {
    // only a type the table knows CPython makes static (many extension types, deque, itertools.chain, ... are heap
    // types in 3.14, which heapsnake does not record)
    const e = CPYTHON_TYPE_DICTS[R.rules.version][t.name];
    if (t.type !== T.type || !e || e.heap) return notSupported(`sys.getsizeof() of the type ${t.name}`);
    return p(S.typeObject, 'static type object (Include/cpython/object.h: PyTypeObject)') + (S.staticTypeGcHeader ? gcHeader() : 0);
  }
  if (t.type !== T.type) return notSupported(`sys.getsizeof() of a class whose metaclass is ${t.type.name}`);
  const native = t.mro.find((b) => !b.isHeapType) ?? T.object;
  const varSized = native === T.int || native === T.tuple || native === T.bytes; // tp_itemsize != 0
  const nativeDict = native.isException || native.mro.some((b) => b.hasDict); // BaseException's own dict field
  const cachedKeys = t.hasDict && !nativeDict && (!varSized || S.varSizedManagedDict);
  return p(S.heapTypeObject, 'class object (Include/cpython/object.h: PyHeapTypeObject)')
    + (cachedKeys ? p(768, "its instances' shared dict keys, 64 slots (Objects/dictobject.c: _PyDict_NewKeysForClass)") : 0)
    + gcHeader();
}

/** Objects/listobject.c: list___sizeof__ — the header, the allocated item array, the GC header. */
function listSize(o: PyList): number {
  const a = o.allocated, n = o.items.length;
  return p(40, 'list header (Objects/listobject.c: list___sizeof__)')
    + p(8 * a, parts && `${a} slot${a === 1 ? '' : 's'} × 8 (${a === n ? `all ${n} used` : `capacity ${a}, ${n} used: list_resize over-allocates`})`) + gcHeader();
}
/** Objects/tupleobject.c: the items are inline; the header size is per version (SIZES). */
function tupleSize(o: PyTuple, S: Sizes): number {
  const n = o.items.length;
  return p(S.tupleHeader, 'tuple header, GC header included (Objects/tupleobject.c)') + p(8 * n, parts && `${n} item${n === 1 ? '' : 's'} × 8`);
}

/** Sizes measured on both versions (docs/cpython-rules.md §1.9), GC header included. */
const FIXED = new Map<PyType, number>([
  [T.list_iterator, 48], [T.tuple_iterator, 48], [T.list_reverseiterator, 48], [T.str_iterator, 48], [T.str_iterator_u, 48], [T.bytes_iterator, 48], [T.bytearray_iterator, 48],
  [T.dict_keyiterator, 72], [T.dict_valueiterator, 72], [T.dict_itemiterator, 72],
  [T.dict_reversekeyiterator, 72], [T.dict_reversevalueiterator, 72], [T.dict_reverseitemiterator, 72], [T.set_iterator, 64],
  [T.enumerate, 72], [T.zip, 64], [T.filter, 48], [T.reversed, 48], [T.iterator, 48],
  [T.builtin_function_or_method, 72], [T.method_wrapper, 48], [T.method_descriptor, 72], [T.wrapper_descriptor, 72], [T.weakref, 80], [T.weakproxy, 80], [T.weakcallableproxy, 80], [T.property, 80],
  [T.staticmethod, 48], [T.classmethod, 48], [T.mappingproxy, 40], [T.module, 72], [T.slice, 56], [T.object, 16],
  [T.NoneType, 16], [T.NotImplementedType, 16], [T.ellipsis, 16],
  // Python/traceback.c: PyTracebackObject (header, tb_next, tb_frame, tb_lasti and tb_lineno ints) + the GC header
  [T.traceback, 56],
  // Objects/dictobject.c: _PyDictViewObject (object header + dv_dict) + the GC header
  [T.dict_keys, 40], [T.dict_values, 40], [T.dict_items, 40],
]);

/** Objects/genobject.c: gen_sizeof — the frame is part of the object: 168 + 8*(nlocalsplus + stacksize). */
function generatorSize(g: PyGenerator): number {
  const stacksize = (g.code as any).stacksize as number | undefined;
  if (stacksize === undefined) return notSupported('sys.getsizeof() of this generator');
  // NON-CPYTHON: co_stacksize (it sizes the frame) is not reproduced for these shapes (compile.ts)
  const unsure = (g.code as any).stackUnsure as string | undefined;
  if (unsure) return notSupported(`sys.getsizeof() of a generator whose body has ${unsure}`);
  return p(168, 'generator with its frame header (Objects/genobject.c: gen_sizeof)')
    + p(8 * (g.code.nlocalsplus + stacksize), parts && `${g.code.nlocalsplus} locals + ${stacksize} stack slots × 8 (the frame lives inside the generator)`);
}

/** Instances of plain classes (docs/cpython-rules.md §1.10). */
function instanceSize(t: PyType): number {
  const v = R.rules.version;
  const hasSlots = (t as any).ownSlots !== undefined || t.slotNames.length > 0 || !t.hasDict;
  if (!hasSlots) {
    return p(v === '3.11' ? 56 : 48, parts && (v === '3.11'
      ? `${t.name} instance: header + dict/values and weakref pointers + GC header (attribute values not included)`
      : `${t.name} instance: header + GC header + managed dict/weakref pre-header (attribute values not included)`));
  }
  let size = p(16, 'object header (PyObject)') + p(8 * t.slotNames.length, parts && `${t.slotNames.length} __slots__ × 8`) + gcHeader();
  // Objects/typeobject.c: type_new_descriptors — 3.11 puts a __weakref__ pointer in the instance (a class in the
  // MRO with '__weakref__' in its __slots__, or without __slots__ over a base that had none) and the managed
  // dict in a 2-pointer pre-header; 3.12+ keep both in one 2-pointer pre-header (Py_TPFLAGS_PREHEADER).
  // Measured: class L(P) over P.__slots__ = ('x', 'y') 72/64, __slots__ = ('__dict__', '__weakref__') 56/48.
  if (v === '3.11') {
    if (t.weakrefable) size += p(8, '__weakref__ pointer');
    if (t.hasDict) size += p(16, 'managed __dict__ pre-header');
  } else if (t.hasDict || t.weakrefable) size += p(16, 'managed __dict__/__weakref__ pre-header');
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
  if (o instanceof PyBaseException) {
    // BaseException has its own dict field, so Objects/typeobject.c: type_new_descriptors adds only a
    // __weakref__: a pointer after the fields in 3.11, the managed weakref pre-header (2 pointers) in 3.12+;
    // named __slots__ (no __weakref__) add a pointer each. Measured: class E(Exception) 96/104, class
    // E(OSError) 136/144, class E(KeyError): __slots__ = ('a',) 96/96 on 3.11/3.14.
    const native = t.mro.find((b) => !b.isHeapType)!;
    const heap = t.mro.filter((b) => b.isHeapType);
    if (heap.every((h) => h.weakrefable && h.slotNames.length === 0)) {
      return excSize(native) + p(v === '3.11' ? 8 : 16, v === '3.11' ? "the subclass's __weakref__ pointer" : 'managed weakref pre-header');
    }
    if (base === native && !t.weakrefable) return excSize(native) + p(8 * t.slotNames.length, parts && `${t.slotNames.length} __slots__ × 8`);
    return notSupported(`sys.getsizeof() of an instance of a ${native.name} subclass with __slots__`);
  }
  if (!t.hasDict && t.slotNames.length === 0) {
    // __slots__ = () (namedtuple): the base layout alone, plus the GC header for var-sized bases
    if (base === T.tuple) return tupleSize(o as PyTuple, SIZES[v]);
    if (base === T.list) return listSize(o as PyList);
  }
  // a weakref subclass with only plain __slots__ (weakref.KeyedRef): the slots follow the 64-byte
  // PyWeakReference, GC header added (measured 80/88/96 for 0/1/2 slots on both versions)
  if (base === T.weakref && !t.hasDict && !(t as any).weakrefSlot) {
    return p(80, 'weakref object, GC header included (Objects/weakrefobject.c: PyWeakReference)') + p(8 * t.slotNames.length, parts && `${t.slotNames.length} __slots__ × 8`);
  }
  // named __slots__ only (no __dict__ / __weakref__ slot): each is a pointer after the base's own layout
  // (Objects/typeobject.c: type_new_descriptors adds slotoffset += sizeof(PyObject *) per slot; measured on both)
  if (!t.hasDict && !t.weakrefable) {
    if (base === T.list) return listSize(o as PyList) + p(8 * t.slotNames.length, parts && `${t.slotNames.length} __slots__ × 8`);
    if (base === T.dict) return dictSize(o as PyDict) + p(8 * t.slotNames.length, parts && `${t.slotNames.length} __slots__ × 8`);
  }
  if (!plain) return notSupported(`sys.getsizeof() of an instance of a ${base.name} subclass with __slots__`);
  // Objects/typeobject.c: type_new_descriptors adds no __dict__ or __weakref__ slot a base already has (OrderedDict)
  // a native base with a size of its own (OrderedDict, defaultdict, ...): the subclass adds a __dict__ and
  // __weakref__ slot only where that base has none (Objects/typeobject.c: type_new_descriptors)
  const native = t.mro.find((b) => !b.isHeapType);
  const baseHook = native ? (native as any).sizeof as ((o: PyObject) => number) | undefined : undefined;
  if (native && baseHook) {
    const m = parts ? parts.length : 0;
    if (native.hasDict && native.weakrefable) return whole(m, baseHook(o), `${native.name} part (its __sizeof__)`);
    if (o instanceof PyDict) return whole(m, baseHook(o), `${native.name} part (its __sizeof__)`) + p(v === '3.11' ? 24 : 16, v === '3.11' ? "the subclass's __dict__ and __weakref__ pointers (+ padding)" : 'managed dict/weakref pre-header');
    return notSupported(`sys.getsizeof() of an instance of a ${native.name} subclass`);
  }
  const extra = (): number => p(v === '3.11' ? 24 : 16, v === '3.11' ? 'the subclass\'s __dict__ and __weakref__ pointers (+ padding)' : 'managed dict/weakref pre-header');
  if (base === T.list) return listSize(o as PyList) + extra();
  if (base === T.dict) return dictSize(o as PyDict) + extra();
  if (base === T.tuple) return (v === '3.11' ? 40 : 48) + 8 * (o as PyTuple).items.length + (v === '3.11' ? 8 : 16);
  if (base === T.int) return intSize((o as PyInt).v) + GC + (v === '3.11' ? 0 : 16);
  // a fixed-size base (float, complex): Objects/typeobject.c: type_new_descriptors — 3.11 adds a __weakref__ slot
  // and the managed-dict pre-header (2 pointers), 3.12+ keeps both in the pre-header; plus the GC header
  // (Python/sysmodule.c: sys_getsizeof adds _PyType_PreHeaderSize). Measured: complex 72/64, float 64/56.
  if (base === T.complex || base === T.float) return (base === T.complex ? 32 : 24) + GC + (v === '3.11' ? 24 : 16);
  return notSupported(`sys.getsizeof() of an instance of a ${base.name} subclass`);
}

export { PyNative, PyType, PyWeakref, PyBaseException, PyGenerator };
