// The abstract object protocol: truth, comparison, hashing, attributes,
// items, iteration and operators (Objects/abstract.c, Objects/object.c,
// Objects/typeobject.c: slot wrappers).  Returns are new references.

import { messageOf, noteRule } from './versionnote.js';
import { gcWin } from './gcwin.js';
import {
  R, None, True, False, NotImplemented, newInt, newBool, newStr, newTuple, incref, decref,
  raise, typeError, callDescr, call, bindDescr, isInstance, PyMethodDescr, PyGetSet, PyBuiltin,
} from './rt.js';
import { PyObject, PyType, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PySlice, PyBaseException } from './object.js';
import { T } from './types.js';
import { PyExc, NotSupported } from './errors.js';
import { CPYTHON_ATTRS } from './cpython-attrs.js';
import { holding } from './nativeheld.js';
import { hashBuffer, strBuffer } from './strhash.js';

// ---------------------------------------------------------------------------
// Truth: Objects/object.c: PyObject_IsTrue

export function truthy(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type;
  if (t === T.int) return (o as PyInt).v != 0;
  if (t === T.str) return (o as PyStr).v.length > 0;
  if (t === T.list) return (o as PyList).items.length > 0;
  if (t === T.tuple) return (o as PyTuple).items.length > 0;
  if (t === T.dict) return (o as PyDict).used > 0;
  if (t === T.float) return (o as PyFloat).v !== 0;
  if (t === T.complex) return (o as PyComplex).re !== 0 || (o as PyComplex).im !== 0; // complex_bool
  const b = t.lookup('__bool__');
  if (b) {
    const r = callDescr(b, o, [], null);
    if (r !== True && r !== False) { decref(r); typeError(`__bool__ should return bool, returned ${r.type.name}`); }
    return r === True;
  }
  const l = t.lookup('__len__');
  if (l) {
    const r = callDescr(l, o, [], null);
    try { return lenResult(r) > 0; } finally { decref(r); }
  }
  return true;
}

function lenResult(r: PyObject): number {
  if (!(r instanceof PyInt)) typeError(`'${r.type.name}' object cannot be interpreted as an integer`);
  const v = Number(r.v);
  if (v < 0) raise('ValueError', '__len__() should return >= 0');
  return v;
}

export function len(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return o.len;
  if (o instanceof PyDict || o instanceof PySet) return o.used;
  const l = o.type.lookup('__len__');
  if (!l) typeError(`object of type '${o.type.name}' has no len()`);
  const r = callDescr(l, o, [], null);
  try { return lenResult(r); } finally { decref(r); }
}

// ---------------------------------------------------------------------------
// Rich comparison: Objects/object.c: do_richcompare

export type CmpOp = '<' | '<=' | '==' | '!=' | '>' | '>=';
const SWAP: Record<CmpOp, CmpOp> = { '<': '>', '<=': '>=', '==': '==', '!=': '!=', '>': '<', '>=': '<=' };
const DUNDER: Record<CmpOp, string> = { '<': '__lt__', '<=': '__le__', '==': '__eq__', '!=': '__ne__', '>': '__gt__', '>=': '__ge__' };

function numCmp(a: number | bigint, b: number | bigint, op: CmpOp): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '==': return a == b;
    case '!=': return a != b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}

/** Compare int/float exactly (Objects/floatobject.c: float_richcompare). */
/**
 * Comparing two id() (or default hash()) values. NON-CPYTHON: heapsnake gives every object its own fake
 * address, while CPython's allocator (Objects/obmalloc.c) hands a freed block to the next object of its size
 * class, so objects that were never alive at the same time may get equal ids; and the order of addresses
 * is the allocator's. Those comparisons are refused rather than answered.
 */
export function checkIdCompare(a: PyObject, b: PyObject, op: CmpOp): void {
  const x = (a as any).idOf as PyObject | undefined, y = (b as any).idOf as PyObject | undefined;
  if (!x || !y || x === y) return;
  const apart = (x.dead && (x as any).deathSeq <= y.id) || (y.dead && (y as any).deathSeq <= x.id);
  // a string concatenated onto may have been resized in place (strmethods.ts: str.__add__)
  const root = (o: PyObject): number => (o as any).concatRoot ?? o.id;
  if (x instanceof PyStr && y instanceof PyStr && root(x) === root(y)) {
    throw new NotSupported('comparing the id() of a string before and after adding to it', R.hooks ? R.hooks.line() : null,
      'CPython may resize the string in place (keeping or moving its memory) when nothing else refers to it; heapsnake always makes a new one');
  }
  if (apart) {
    throw new NotSupported('comparing the id() of objects that were not alive at the same time', R.hooks ? R.hooks.line() : null,
      "CPython reuses a freed object's memory for the next object of its size, so the two ids may be equal; heapsnake gives every object its own address");
  }
  if (op !== '==' && op !== '!=') {
    throw new NotSupported('ordering id() values', R.hooks ? R.hooks.line() : null, "the order of addresses is CPython's allocator's; heapsnake's addresses are made up");
  }
}

/**
 * Arithmetic on two id() values (`id(b) - id(a)`: how far apart two objects are). NON-CPYTHON: heapsnake's
 * addresses are made up (fakeAddress), CPython's are its allocator's (Objects/obmalloc.c: pools of one size
 * class, arenas): refused rather than printing a distance CPython would not print. One id() alone is only
 * printed, as an address.
 */
export function checkIdArith(a: PyObject, b: PyObject): void {
  if ((a as any).idOf === (b as any).idOf) return;
  throw new NotSupported('arithmetic on id() values', R.hooks ? R.hooks.line() : null,
    "the distance between two addresses is CPython's allocator's; heapsnake's addresses are made up");
}

/**
 * An id() value used as a set element or dict key: the table decides by hash whether it equals an id()
 * already there without comparing them, so the same refusal as checkIdCompare applies against each id()
 * key of the container (`keys`) — an object freed before the other was made may have had its address.
 */
export function checkIdKey(key: PyObject, keys: Iterable<PyObject>): void {
  if ((key as any).idOf === undefined) return;
  for (const k of keys) if (k !== key && (k as any).idOf !== undefined) checkIdCompare(k, key, '==');
}

function mixedCmp(a: PyObject, b: PyObject, op: CmpOp): boolean | null {
  if ((a as any).idOf !== undefined && (b as any).idOf !== undefined) checkIdCompare(a, b, op);
  // (a class derived from int or float may define its own comparisons: the slow path finds them)
  if (a.type.isHeapType || b.type.isHeapType) return null;
  const an = a instanceof PyInt ? a.v : a instanceof PyFloat ? a.v : null;
  const bn = b instanceof PyInt ? b.v : b instanceof PyFloat ? b.v : null;
  if (an === null || bn === null) return null;
  if (typeof an === 'number' && typeof bn === 'number') return numCmp(an, bn, op);
  // bigint vs float or bigint vs bigint
  if (typeof an === 'bigint' && typeof bn === 'bigint') return numCmp(an, bn, op);
  const f = typeof an === 'number' ? an : (bn as number);
  const big = typeof an === 'bigint' ? an : (bn as bigint);
  if (Number.isNaN(f)) return op === '!=';
  if (!Number.isFinite(f)) {
    const c = f > 0 ? -1 : 1; // big compared to f
    const r = typeof an === 'bigint' ? c : -c;
    return cmpResult(r, op);
  }
  const fi = BigInt(Math.trunc(f));
  let c: number;
  if (big < fi) c = -1; else if (big > fi) c = 1; else { const frac = f - Math.trunc(f); c = frac > 0 ? -1 : frac < 0 ? 1 : 0; }
  return cmpResult(typeof an === 'bigint' ? c : -c, op);
}
function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

/** Returns a new reference to the result of `a op b`. */
export function richCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const m = mixedCmp(a, b, op);
  if (m !== null) return m ? True : False;
  if (a instanceof PyStr && b instanceof PyStr && !a.type.isHeapType && !b.type.isHeapType) {
    const x = a.v, y = b.v;
    return cmpStr(x, y, op) ? True : False;
  }
  // Reflected operand first if b's type is a proper subclass of a's type and overrides.
  let checkedReflected = false;
  if (a.type !== b.type && b.type.isSubtypeOf(a.type) && b.type.lookup(DUNDER[SWAP[op]]) !== a.type.lookup(DUNDER[SWAP[op]])) {
    checkedReflected = true;
    const r = tryCmp(b, a, SWAP[op]);
    if (r !== NotImplemented) return r;
  }
  const r1 = tryCmp(a, b, op);
  if (r1 !== NotImplemented) return r1;
  if (!checkedReflected) {
    const r2 = tryCmp(b, a, SWAP[op]);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === '==') return a === b ? True : False;
  if (op === '!=') return a !== b ? True : False;
  return typeError(`'${op}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

function cmpStr(x: string, y: string, op: CmpOp): boolean {
  // Compare by code points: UTF-16 order differs from code point order only for astral vs U+E000..U+FFFF.
  if (op === '==') return x === y;
  if (op === '!=') return x !== y;
  const c = cmpCodePoints(x, y);
  return cmpResult(c, op);
}
export function cmpCodePoints(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.codePointAt(i)!, b = y.codePointAt(i)!;
    if (a !== b) return a < b ? -1 : 1;
    if (a > 0xffff) i++;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

function tryCmp(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const f = a.type.lookup(DUNDER[op]);
  if (!f) return NotImplemented;
  if (op === '!=' && a.type.isHeapType && f === T.object.attrs.get('__ne__') && a.type.lookup('__eq__')?.type === T.function) {
    // Objects/typeobject.c: slot_tp_richcompare calls the inherited object.__ne__, a wrapper_descriptor, through
    // vectorcall_unbound; it has no vectorcall, so Objects/call.c: _PyObject_MakeTpCall packs (self, other) into
    // a tuple, and Objects/descrobject.c: wrapperdescr_call slices (other,) off it — both held while
    // object_richcompare runs the Python __eq__ (measured: `a != b` gives self one reference, other two)
    incref(a); incref(b); incref(b);
    try { return holding("the wrapper call's argument tuples (Objects/descrobject.c: wrapperdescr_call)", [a, b, b], () => callDescr(f, a, [b], null)); } finally { decref(a); decref(b); decref(b); }
  }
  return callDescr(f, a, [b], null);
}

export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true; // PyObject_RichCompareBool identity shortcut
  if (a instanceof PyInt && b instanceof PyInt && a.type === T.int && b.type === T.int) return a.v == b.v;
  if (a instanceof PyStr && b instanceof PyStr && a.type === T.str && b.type === T.str) return a.v === b.v;
  const r = richCompare(a, b, '==');
  try { return truthy(r); } finally { decref(r); }
}
export function lt(a: PyObject, b: PyObject): boolean {
  // (exact types only: a subclass may define its own __lt__)
  if (a instanceof PyInt && b instanceof PyInt && a.type === T.int && b.type === T.int) return a.v < b.v;
  if (a instanceof PyStr && b instanceof PyStr && a.type === T.str && b.type === T.str) return cmpCodePoints(a.v, b.v) < 0;
  const r = richCompare(a, b, '<');
  try { return truthy(r); } finally { decref(r); }
}

// ---------------------------------------------------------------------------
// Hashing: Python/pyhash.c, Objects/longobject.c: long_hash (modulus 2**61 - 1)

const MODULUS = (1n << 61n) - 1n;
const MOD_N = 2 ** 61 - 1;

/** Objects/longobject.c: long_hash — exact (bigint where a JS number would round). */
export function hashIntExact(v: number | bigint): number | bigint {
  if (typeof v === 'number' && Math.abs(v) < MOD_N) return v === -1 ? -2 : v;
  const b = BigInt(v);
  let h = (b < 0n ? -((-b) % MODULUS) : b % MODULUS);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/**
 * A hash as CPython computes it (Py_hash_t, signed 64-bit): a JS number where that is exact, a bigint
 * above 2**53, so a table index ((size_t)hash & mask) and the probe's perturb see every bit.
 */
export type Hash = number | bigint;

export function hashInt(v: number | bigint): Hash { return hashIntExact(v); }

/** Python/pyhash.c: _Py_HashDouble — exact value. */
export function hashFloatExact(f: number): number | bigint {
  if (Number.isNaN(f)) return 0; // NON-CPYTHON: CPython hashes NaN by identity (3.10+).
  if (!Number.isFinite(f)) return f > 0 ? 314159 : -314159;
  if (Number.isInteger(f)) return hashIntExact(BigInt(f));
  let m = Math.abs(f), e = 0;
  const sign = f < 0 ? -1n : 1n;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let num = BigInt(m) % MODULUS;
  // multiply by 2**e mod P, with 2**61 = 1 (mod P)
  const exp = ((e % 61) + 61) % 61;
  num = (num << BigInt(exp)) % MODULUS;
  let h = sign * num;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
export function hashFloat(f: number): Hash { return hashFloatExact(f); }

/**
 * Objects/complexobject.c: complex_hash — hash(real) + _PyHASH_IMAG * hash(imag) in unsigned
 * 64-bit arithmetic (-1 becomes -2).  A NaN part hashes as the object's address
 * (Python/pyhash.c: _Py_HashDouble(inst, v) -> _Py_HashPointer(inst)).
 */
export function hashComplexExact(o: PyComplex): number | bigint {
  const part = (x: number): bigint => BigInt(Number.isNaN(x) ? hashId(o) : hashFloatExact(x));
  const M = 1n << 64n;
  let c = (part(o.re) + 1000003n * part(o.im)) % M;
  if (c < 0n) c += M;
  let h = c >= 1n << 63n ? c - M : c;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** Objects/unicodeobject.c: unicode_hash — _Py_HashBytes over the PEP 393 buffer, cached (strhash.ts). */
export function hashStr(s: PyStr): Hash {
  if (s.hashCache !== null) return s.hashCache;
  s.hashCache = exactHash(hashBuffer(strBuffer(s.v, s.maxChar)));
  return s.hashCache;
}

/** Objects/tupleobject.c: tuplehash (xxHash-based, 3.8+) — exact 64-bit value. */
export function hashTupleExact(items: PyObject[]): bigint {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  const M = (1n << 64n) - 1n;
  let acc = P5;
  for (const it of items) {
    let lane = BigInt(hashExact(it));
    if (lane < 0n) lane += 1n << 64n;
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796n;
  return acc >= (1n << 63n) ? acc - (1n << 64n) : acc;
}
function hashTuple(items: PyObject[]): Hash { return exactHash(hashTupleExact(items)); }
/** A 64-bit hash as a number where exact, else the bigint. */
export function exactHash(b: bigint): Hash { return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b; }

/**
 * hash(o) as Python prints it: exact 64-bit values (JS numbers lose precision
 * above 2**53, so `hash` keeps a number only where it is exact).
 */
export function hashExact(o: PyObject): number | bigint {
  const t = o.type;
  if (o instanceof PyTuple) return hashTupleExact(o.items);
  if (o instanceof PyInt) return hashIntExact(o.v);
  if (o instanceof PyFloat) return hashFloatExact(o.v);
  if (o instanceof PyComplex && !t.isHeapType) return hashComplexExact(o);
  if (o instanceof PyStr) return hashStr(o);
  if (o === None || t === T.NoneType) return hash(o);
  const h = t.lookup('__hash__');
  if (h && h !== None && t.isHeapType) {
    const r = callDescr(h, o, [], null);
    if (!(r instanceof PyInt)) { decref(r); typeError('__hash__ method should return an integer'); }
    const v = r.v;
    decref(r);
    return hashResult(v);
  }
  return hash(o);
}

/** Objects/typeobject.c: slot_tp_hash — a result that fits in Py_ssize_t is used as it is (-1 becomes -2). */
function hashResult(v: number | bigint): number | bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  if (b >= -(1n << 63n) && b < (1n << 63n)) return b === -1n ? -2 : (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
  return hashIntExact(v);
}

/** 3.14 says where the unhashable object was used (Objects/dictobject.c, setobject.c). */
function unhashableMsg(name: string, role: 'dict key' | 'set element' | null): string {
  return messageOf('unhashable', name, role);
}

export function hash(o: PyObject, role: 'dict key' | 'set element' | null = null): Hash {
  const t = o.type;
  if (o instanceof PyStr && t === T.str) return hashStr(o);
  if (o instanceof PyInt && (t === T.int || t === T.bool)) return hashInt(o.v);
  if (o instanceof PyFloat && t === T.float) return hashFloat(o.v);
  if (o instanceof PyComplex && t === T.complex) return hashComplexExact(o);
  // Objects/object.c: none_hash — 0xFCA86420 in 3.12+ (measured: hash(None) is 4238894112 on 3.14.10); the
  // address in 3.11, so 3.11 sets of None and other identity-hashed objects are refused where their order shows
  if (o === None) return 0xFCA86420;
  if (o instanceof PyTuple && (t === T.tuple || !t.lookup('__hash__') || t.lookup('__hash__') === T.tuple.attrs.get('__hash__'))) return hashTuple(o.items);
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySet && t === T.set) typeError(unhashableMsg(t.name, role));
  if (o instanceof PySlice && t === T.slice) {
    // slices became hashable in 3.12 (Objects/sliceobject.c: slice_hash)
    if (R.rules.version === '3.11') typeError(unhashableMsg('slice', role));
    return hashTuple([o.start, o.stop, o.step]);
  }
  const h = t.lookup('__hash__');
  // the message names tp_name, dotted for a static type of an extension module ('weakref.ProxyType')
  if (!h || h === None) typeError(unhashableMsg((t as any).tpName ?? t.name, role));
  const r = callDescr(h, o, [], null);
  if (!(r instanceof PyInt)) { decref(r); typeError('__hash__ method should return an integer'); }
  const v = hashResult(r.v);
  decref(r);
  return v;
}

/**
 * Whether o's hash comes from its memory address (Objects/object.c: _Py_HashPointer): an object whose type keeps
 * object.__hash__ (instances without __hash__, functions, classes, modules), a bound or builtin method, a weakref
 * to such an object, a tuple or frozenset holding one, and None on 3.11 (3.12+ hashes it to a constant).
 * NON-CPYTHON: a class's own __hash__ counts as not identity-based, even one that returns id(self).
 */
export function identityHashed(o: PyObject): boolean {
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyBytes) return false;
  if (o === None) return R.rules.version === '3.11';
  if (o instanceof PyTuple) return o.items.some(identityHashed);
  if (o instanceof PySet) { for (const e of o.table) if (e && typeof e === 'object' && identityHashed(e.key)) return true; return false; }
  const t = o.type;
  if (t === T.weakref || t.isSubtypeOf(T.weakref)) {
    const w = o as PyObject & { referent?: PyObject | null; hashIdentity?: boolean };
    return w.hashIdentity ?? (w.referent ? identityHashed(w.referent) : false);
  }
  if (t === T.method || t === T.builtin_function_or_method) return true;
  const h = t.lookup('__hash__');
  return h === T.object.attrs.get('__hash__');
}

/** Objects/object.c: _Py_HashPointer — identity hash for objects without __hash__ override. */
export function hashId(o: PyObject): number {
  return Math.floor(fakeAddress(o) / 16);
}

/** Stable fake addresses for id(): 64-bit-looking, 16-byte aligned. */
export function fakeAddress(o: PyObject): number {
  if (R.rules.staticObjectsLowAddress && staticallyAllocated(o)) return 0xb00000 + (o.id % 0x1000000) * 16;
  return 0x7f3a00000000 + o.id * 64;
}

/**
 * Objects CPython allocates statically in _PyRuntime (Include/internal/pycore_runtime_init.h): the
 * singletons, small ints, the empty tuple and bytes, one-byte bytes and one-character Latin-1 strs.
 * (Static types and the _Py_ID strs are static too: heapsnake does not tell those from the others,
 * see staticUnknown.)
 */
function staticallyAllocated(o: PyObject): boolean {
  if (!o.imm) return false;
  const t = o.type;
  if (t === T.NoneType || t === T.bool || t === T.ellipsis || t === T.NotImplementedType) return true;
  if (t === T.int) { const v = (o as PyInt).v; return v >= -5 && v <= 256; }
  if (t === T.str) { const s = (o as PyStr).v; return s.length === 0 || (s.length === 1 && s.charCodeAt(0) < 256); }
  if (t === T.tuple) return (o as PyTuple).items.length === 0;
  if (t === T.bytes) return (o as PyBytes).v.length <= 1;
  return false;
}

/**
 * 3.14: whether id(o) lies below 2**30 is not known — a builtin type (static for the builtins' own,
 * a heap type for an extension module's) or an interned str of two or more characters (static when it
 * is one of the _Py_ID strs, on the heap otherwise): sys.getsizeof of that id is refused (sizeof.ts).
 */
export function staticUnknown(o: PyObject): boolean {
  if (!R.rules.staticObjectsLowAddress || !o.imm) return false;
  if (o instanceof PyType) return !o.isHeapType;
  return o.type === T.str && !staticallyAllocated(o);
}

// ---------------------------------------------------------------------------
// Attributes: Objects/object.c: PyObject_GenericGetAttr, Objects/typeobject.c: type_getattro

export function isDataDescr(d: PyObject): boolean {
  if (d instanceof PyGetSet) return true;
  if (d.type === T.property) return true;
  if (d.type.isHeapType) return d.type.lookup('__set__') !== undefined || d.type.lookup('__delete__') !== undefined;
  return false;
}
export function isDescr(d: PyObject): boolean {
  const t = d.type;
  if (t === T.function || d instanceof PyMethodDescr || d instanceof PyGetSet || t === T.property || t === T.staticmethod || t === T.classmethod) return true;
  if (t.isHeapType) return t.lookup('__get__') !== undefined;
  return false;
}

import { dictGetStr, dictSetStr, dictDelStr } from './dict.js';
import { newDict as newDictFn } from './rt.js';
/** classes.ts: beforeInstanceStore (set there: classes.ts imports this module). */
let instanceStoreHook: (o: PyObject, name: string) => void = () => {};
export function setInstanceStoreHook(f: (o: PyObject, name: string) => void): void { instanceStoreHook = f; }

/** The builtin type whose CPython attributes `o` has (its own type, or the builtin base of a subclass). */
function builtinTypeName(o: PyObject): string | null {
  if (o instanceof PyType) return 'type';
  if (o.type === T.module) return `module:${(o as any).name}`;
  let t: PyType | null = o.type;
  if (t.isHeapType) t = t.base ?? T.object;
  return t ? t.name : null;
}

/** Does CPython's built-in type `typeName` have attribute `name` (this version's table)? */
export function cpythonHas(typeName: string, name: string): boolean {
  return CPYTHON_ATTRS[R.rules.version][typeName]?.includes(name) ?? false;
}

/** An attribute real CPython has but heapsnake does not model: refuse rather than claim it does not exist. */
export function checkUnmodelled(o: PyObject, name: string): void {
  // CPython's own library code (stdlib/pylib.ts) probes for optional attributes on purpose
  const top = (R.hooks as any)?.topCode?.();
  if (top && top.library) return;
  // Objects/typeobject.c: type_new_descriptors adds a __weakref__ getset (subtype_getweakref: the first weakref to
  // the instance, or None) that heapsnake lists in the class's __dict__ but does not model as an attribute
  if (name === '__weakref__' && (o.type.isHeapType || (o instanceof PyType && o.isHeapType))) {
    throw new NotSupported('the __weakref__ attribute', R.hooks ? R.hooks.line() : null);
  }
  // Python/pythonrun.c: set_sys_last_vars — after an uncaught exception (atexit callbacks still run) sys has
  // last_exc (3.12+), last_value, last_type and last_traceback: not modelled as attributes (simulate.ts keeps
  // their references), so refused rather than an AttributeError CPython would not raise
  if (o.type === T.module && (o as any).name === 'sys' && /^last_(exc|value|type|traceback)$/.test(name) && ((R as any).sysLast ?? []).length) {
    throw new NotSupported(`sys.${name} after an uncaught exception`, R.hooks ? R.hooks.line() : null);
  }
  const bt = builtinTypeName(o);
  const attrs = CPYTHON_ATTRS[R.rules.version];
  const known = bt ? attrs[bt] : undefined;
  // a module also has what every module object has (its type's attributes: __dict__, __class__, …)
  const ofType = o.type === T.module ? attrs['module'] : undefined;
  if (((known && known.includes(name)) || (ofType && ofType.includes(name))) && !(o instanceof PyType && o.isHeapType)) {
    throw new NotSupported(`${bt!.replace(/^module:/, '')}.${name}`, R.hooks ? R.hooks.line() : null);
  }
  // an attribute of a builtin type looked up on the type itself (complex.from_number), or inherited by a class
  if (o instanceof PyType) {
    const base = o.mro.find((b) => !b.isHeapType);
    const own = base ? attrs[base.name] : undefined;
    if (base && own && own.includes(name)) throw new NotSupported(`${base.name}.${name}`, R.hooks ? R.hooks.line() : null);
  }
}

/**
 * __main__'s dict as the program sees it. On 3.14 a module with annotations also holds __annotate__ and
 * __conditional_annotations__ (PEP 649, Python/codegen.c: codegen_process_deferred_annotations), which
 * heapsnake does not make, so there it is refused rather than shown without them.
 */
export function checkNamespace(d: PyObject, what: string): void {
  const why = (d as any).incomplete as string | undefined;
  if (why) throw new NotSupported(`${what} of a module with annotations on Python 3.14`, R.hooks ? R.hooks.line() : null, why);
}
export function attrError(o: PyObject, name: string): never {
  checkUnmodelled(o, name);
  const opaque = (o as any).opaque ?? (o.type as any).opaque;
  if (opaque) throw new NotSupported(`${o instanceof PyType ? o.name : o.type.name}.${name}`, R.hooks ? R.hooks.line() : null, opaque);
  if (o instanceof PyType) raise('AttributeError', `type object '${o.name}' has no attribute '${name}'`);
  if (o.type === T.module) raise('AttributeError', `module '${(o as any).name}' has no attribute '${name}'`);
  return raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
}

/**
 * getattr(o, name): new reference; raises AttributeError. `nameObj`: the str object the program passed
 * (builtin getattr), else the attribute's interned name (co_names).
 */
export function getattr(o: PyObject, name: string, nameObj?: PyObject): PyObject {
  try {
    const r = getattrOpt(o, name);
    if (r === undefined) attrError(o, name);
    return r;
  } catch (e) {
    attributeErrorContext(e, o, nameObj ?? R.intern(name));
    throw e;
  }
}

/**
 * Objects/object.c: set_attribute_error_context (3.11) / _PyObject_SetAttributeErrorContext (3.12+), called
 * by PyObject_GetAttr and _PyObject_GetMethod when the lookup raised an AttributeError: the exception gets
 * `name` and `obj` (the object asked) unless it already has either (so a property or __getattr__ that failed
 * on another attribute keeps that one). The exception then holds a counted reference to the object: an
 * `except AttributeError as e` that keeps `e` keeps the object alive (checked on both CPythons: lang-270).
 */
export function attributeErrorContext(e: unknown, o: PyObject, nameObj: PyObject): void {
  if (!(e instanceof PyExc) || !isInstance(e.exc, excType('AttributeError'))) return;
  const x = e.exc as PyObject & { extra: Map<string, PyObject> | null; setExtra(k: string, v: PyObject): void };
  if (x.extra && (x.extra.has('name') || x.extra.has('obj'))) return;
  x.setExtra('name', nameObj);
  x.setExtra('obj', o);
}

/** Like getattr, but returns undefined instead of raising AttributeError from the generic path. */
export function getattrOpt(o: PyObject, name: string): PyObject | undefined {
  const t = o.type;
  if (o instanceof PyType) {
    // while tracing: a name only 3.13+ class bodies store (versionnote.ts)
    if ((R as any).explainer && (name === '__static_attributes__' || name === '__firstlineno__') && (o as any).userClass) noteRule('classBodyNames');
    return typeGetattr(o, name);
  }
  const ng = (t as any).nativeGetattr;
  if (ng) { const r = ng(o, name); if (r !== undefined) return r; }
  const custom = t.isHeapType ? t.lookup('__getattribute__') : undefined;
  const ga = t.isHeapType ? t.lookup('__getattr__') : undefined;
  if (ga) {
    // Objects/typeobject.c: slot_tp_getattr_hook — __getattribute__ (or the generic lookup, whose
    // descriptors may raise) first; an AttributeError from it is cleared and __getattr__ called
    // 3.11 call_attribute binds the function to the object first (tp_descr_get: a bound method holding
    // it while it runs); 3.12+ calls a function with the object as its first argument (borrowed)
    const callAttr = (fn: PyObject): PyObject => {
      if (R.rules.version !== '3.11' || fn.type !== T.function) return callDescr(fn, o, [R.intern(name)], null);
      incref(o);
      try { return holding("the bound method slot_tp_getattr_hook calls (3.11 Objects/typeobject.c: call_attribute)", [o], () => callDescr(fn, o, [R.intern(name)], null)); } finally { decref(o); }
    };
    let r: PyObject | undefined;
    try {
      r = custom && custom.type === T.function ? callAttr(custom) : genericGetattr(o, t, name);
    } catch (e) {
      if (!(e instanceof PyExc && isInstance(e.exc, excType('AttributeError')))) throw e;
      decref(e.exc);
    }
    return r ?? callAttr(ga);
  }
  if (custom && custom.type === T.function) return callDescr(custom, o, [R.intern(name)], null);
  return genericGetattr(o, t, name);
}

/** Objects/object.c: _PyObject_GenericGetAttrWithDict (module dicts first), undefined when absent. */
function genericGetattr(o: PyObject, t: PyType, name: string): PyObject | undefined {
  const mod = (o as any).moduleDict as PyDict | undefined;
  if (mod) {
    const v = dictGetStr(mod, name);
    if (v !== undefined) {
      // while tracing: the program reads the interpreter's version (versionnote.ts)
      if ((R as any).explainer && (name === 'version_info' || name === 'hexversion' || name === 'version') && (o as any).name === 'sys') noteRule('versionInfo');
      return incref(v);
    }
  }
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) return bindDescr(d, o, t);
  if (o.dict) {
    const v = dictGetStr(o.dict, name);
    if (v !== undefined) return incref(v);
  }
  if (d !== undefined) return isDescr(d) ? bindDescr(d, o, t) : incref(d);
  return undefined;
}

function typeGetattr(cls: PyType, name: string): PyObject | undefined {
  // Objects/typeobject.c: type_getattro — metatype data descriptors, then the MRO, then metatype attrs.
  const meta = cls.type;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) return bindDescr(md, cls, meta);
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (isDescr(v)) return bindDescr(v, null, cls);
    return incref(v);
  }
  if (md !== undefined) return isDescr(md) ? bindDescr(md, cls, meta) : incref(md);
  return undefined;
}

export function setattr(o: PyObject, name: string, v: PyObject): void {
  const t = o.type;
  if (o instanceof PyType) {
    if (!o.isHeapType) typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
    const old = o.attrs.get(name);
    incref(v);
    o.attrs.set(name, v);
    o.version++;
    if (name === '__del__') markHasDel(o);
    if (old) decref(old);
    return;
  }
  const ns = (t as any).nativeSetattr;
  if (ns) { ns(o, name, v); return; }
  if (t.isHeapType) {
    const sa = t.lookup('__setattr__');
    if (sa && sa.type === T.function) { const r = callDescr(sa, o, [R.intern(name), v], null); decref(r); return; }
  }
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) { descrSet(d, o, v); return; }
  if (!o.dict && !t.isHeapType && (t.hasDict || o instanceof PyBaseException)) {
    // Objects/funcobject.c: a function's __dict__ is created on first attribute store; so is a builtin exception's
    // (Objects/exceptions.c: BaseException's dict slot, tp_dictoffset; Objects/object.c: _PyObject_GetDictPtr)
    o.dict = R.heap ? (newDictFn as any)() : null;
  }
  if (o.dict) { if ((o.dict as any).inline) instanceStoreHook(o, name); dictSetStr(o.dict, name, v); return; }
  if ((o as any).moduleDict) { dictSetStr((o as any).moduleDict, name, v); return; }
  if (d !== undefined) raise('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
  // Objects/object.c: _PyObject_GenericSetAttrWithDict — 3.13+ adds why it cannot be set, and the error's
  // name and obj (_PyObject_SetAttributeErrorContext; 3.11 sets neither)
  try { raise('AttributeError', messageOf('noAttrToSet', t.name, name)); } catch (e) {
    if (R.rules.setattrErrorContext) attributeErrorContext(e, o, R.intern(name));
    throw e;
  }
}

export function delattr(o: PyObject, name: string): void {
  const t = o.type;
  if (o instanceof PyType) {
    const old = o.attrs.get(name);
    if (!old || !o.isHeapType) attrError(o, name);
    o.attrs.delete(name);
    o.version++;
    decref(old);
    return;
  }
  const ns = (t as any).nativeSetattr;
  if (ns) { ns(o, name, null); return; }
  if (t.isHeapType) {
    const da = t.lookup('__delattr__');
    if (da && da.type === T.function) { const r = callDescr(da, o, [R.intern(name)], null); decref(r); return; }
  }
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) { descrSet(d, o, null); return; }
  if (o.dict && dictDelStr(o.dict, name)) return;
  if ((o as any).moduleDict && dictDelStr((o as any).moduleDict, name)) return;
  attrError(o, name);
}

let descrSetImpl: (d: PyObject, o: PyObject, v: PyObject | null) => void = () => { throw new Error('descr set'); };
export function installDescrSet(f: typeof descrSetImpl): void { descrSetImpl = f; }
export function descrSet(d: PyObject, o: PyObject, v: PyObject | null): void { descrSetImpl(d, o, v); }

export function markHasDel(t: PyType): void {
  t.hasDel = t.lookup('__del__') !== undefined;
}

// ---------------------------------------------------------------------------
// Items

let getitemImpl: (o: PyObject, k: PyObject) => PyObject;
export function installGetitem(f: typeof getitemImpl): void { getitemImpl = f; }
export function getitem(o: PyObject, k: PyObject): PyObject { return getitemImpl(o, k); }

export function setitem(o: PyObject, k: PyObject, v: PyObject): void {
  const m = o.type.lookup('__setitem__');
  if (!m) typeError(`'${o.type.name}' object does not support item assignment`);
  const r = callDescr(m, o, [k, v], null);
  decref(r);
}
export function delitem(o: PyObject, k: PyObject): void {
  const m = o.type.lookup('__delitem__');
  if (!m) {
    // Objects/abstract.c: PyObject_DelItem — an index on a type with tp_as_sequence (every heap type; builtin
    // types with len/in/[]) goes to PySequence_DelItem ("doesn't support"); anything else, type_error's wording
    const t = o.type;
    const seq = t.isHeapType || !!t.lookup('__len__') || !!t.lookup('__contains__') || !!t.lookup('__getitem__');
    const index = k instanceof PyInt || !!k.type.lookup('__index__');
    typeError(`'${t.name}' object ${seq && index ? "doesn't" : 'does not'} support item deletion`);
  }
  const r = callDescr(m, o, [k], null);
  decref(r);
}

export function contains(container: PyObject, item: PyObject): boolean {
  const m = container.type.lookup('__contains__');
  if (m) {
    const r = callDescr(m, container, [item], null);
    try { return truthy(r); } finally { decref(r); }
  }
  // Objects/abstract.c: _PySequence_IterSearch — a TypeError from PyObject_GetIter becomes its own message
  let it: PyObject;
  try { it = iter(container); } catch (e) {
    if (e instanceof PyExc && isInstance(e.exc, EXC.TypeError)) { decref(e.exc); typeError(messageOf('containsNotIterable', container.type.name)); }
    throw e;
  }
  try {
    for (;;) {
      const x = next(it);
      if (x === null) return false;
      try { if (eq(x, item)) return true; } finally { decref(x); }
    }
  } finally { decref(it); }
}

// ---------------------------------------------------------------------------
// Iteration

export function iter(o: PyObject): PyObject {
  const m = o.type.lookup('__iter__');
  if (m && m !== None) {
    const r = callDescr(m, o, [], null);
    if (!r.type.lookup('__next__')) { const n = r.type.name; decref(r); typeError(`iter() returned non-iterator of type '${n}'`); }
    return r;
  }
  if (o.type.lookup('__getitem__')) {
    return seqIter(o);
  }
  return typeError(`'${o.type.name}' object is not iterable`);
}

let seqIterImpl: (o: PyObject) => PyObject;
export function installSeqIter(f: typeof seqIterImpl): void { seqIterImpl = f; }
function seqIter(o: PyObject): PyObject { return seqIterImpl(o); }

/** Native fast next: returns a new reference or null when exhausted (StopIteration swallowed). */
export type NextFn = (it: PyObject) => PyObject | null;

export function next(it: PyObject): PyObject | null {
  // native loops (sum(range(10**12)), list(...)) count toward the time limit too
  if ((++R.ticks & 0xffff) === 0) R.hooks.tick();
  const nf = (it.type as any).nativeNext as NextFn | undefined;
  if (nf) return nf(it);
  const m = it.type.lookup('__next__');
  if (!m) typeError(`'${it.type.name}' object is not an iterator`);
  try {
    return callDescr(m, it, [], null);
  } catch (e) {
    if (e instanceof PyExc && isInstance(e.exc, excType('StopIteration'))) { decref(e.exc); return null; }
    throw e;
  }
}

import { EXC } from './types.js';
function excType(n: string): PyType { return EXC[n]; }

/** Iterate a Python iterable, calling f with borrowed items. */
export function forEach(o: PyObject, f: (x: PyObject) => void | boolean): void {
  if ((o.type === T.list || o.type === T.tuple)) {
    const items = (o as PyList).items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      incref(x);
      try { if (f(x) === false) return; } finally { decref(x); }
    }
    return;
  }
  const it = iter(o);
  try {
    for (;;) {
      const x = next(it);
      if (x === null) return;
      try { if (f(x) === false) return; } finally { decref(x); }
    }
  } finally { decref(it); }
}

/** list(iterable) contents as new references. */
export function toArray(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  try {
    forEach(o, (x) => { out.push(incref(x)); });
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  return out;
}

// ---------------------------------------------------------------------------
// repr/str/format wiring

// Objects/object.c: PyObject_Repr and PyObject_Str begin with PyErr_CheckSignals, which runs a scheduled 3.12+
// collection (measured on 3.14.10: f'{s!s}', f'{5.5}', '%s' % 5.5 run it inside CONVERT_VALUE, FORMAT_SIMPLE,
// BINARY_OP; print() stringifies its arguments before writing). A possible point: heapsnake also converts
// where CPython takes a fast path.
export function repr(o: PyObject): string {
  if (gcWin.open) gcWin.check(false);
  const m = o.type.lookup('__repr__');
  if (m instanceof PyMethodDescr && (m as any).reprFast) return (m as any).reprFast(o);
  const r = m ? callDescr(m, o, [], null) : newStr(`<object>`);
  try {
    if (!(r instanceof PyStr)) typeError(`__repr__ returned non-string (type ${r.type.name})`);
    return r.v;
  } finally { decref(r); }
}

/**
 * Objects/object.c: PyObject_Str as an object (a new reference): an exact str is itself, and what tp_str
 * returns is returned as it is — a __str__ that returns a str the program holds (self.name), or an exception's
 * str(), which is its one argument itself (Objects/exceptions.c: BaseException_str), give that very object.
 * Built-in types whose str is computed here (`reprFast`, int, float, list, …) give a new str.
 */
export function strObject(o: PyObject): PyObject {
  if (o instanceof PyStr && o.type === T.str) { if (gcWin.open) gcWin.check(false); return incref(o); }
  const m = o.type.lookup('__str__');
  const so = m instanceof PyMethodDescr ? (m as any).strObject as ((x: PyObject) => PyObject) | undefined : undefined;
  if (so) { if (gcWin.open) gcWin.check(false); return so(o); }
  if (m && !(m instanceof PyMethodDescr) && m.type === T.function) {
    if (gcWin.open) gcWin.check(false);
    const r = callDescr(m, o, [], null);
    if (!(r instanceof PyStr)) { const tn = r.type.name; decref(r); typeError(`__str__ returned non-string (type ${tn})`); }
    return r;
  }
  const t = str(o);
  return t.length === 0 ? newStr('') : new PyStr(T.str, t);
}

export function str(o: PyObject): string {
  if (gcWin.open) gcWin.check(false);
  if (o instanceof PyStr && o.type === T.str) return o.v;
  const m = o.type.lookup('__str__');
  if (m instanceof PyMethodDescr && (m as any).reprFast) return (m as any).reprFast(o);
  if (!m) return repr(o);
  const r = callDescr(m, o, [], null);
  try {
    if (!(r instanceof PyStr)) typeError(`__str__ returned non-string (type ${r.type.name})`);
    return r.v;
  } finally { decref(r); }
}

export { PyBuiltin, call, newInt, newBool, newTuple, PyBytes };
