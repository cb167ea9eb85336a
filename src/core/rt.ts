// The runtime: object constructors and the abstract object protocol
// (Objects/abstract.c, Objects/object.c) over the modelled heap.
//
// Ownership: every function here that returns a PyObject returns a NEW
// reference; PyObject arguments are borrowed.

import { PyExc, NotSupported } from './errors.js';
import {
  PyObject, PyType, PyInt, PyFloat, PyComplex, PyStr, PyBytes, PyList, PyTuple, PyDict, PySet, PyNative,
  PyBaseException, PyCell, PyWeakref, PySlice, PyRange, immortalize, NativeFn,
} from './object.js';
import { T, EXC } from './types.js';
import type { Heap } from './heap.js';
import { cuts } from './cuts.js';
import { holding } from './nativeheld.js';
import { checkPositionalKw } from './kwcheck.js';
import { CPYTHON_ARITY } from './cpython-arity.js';
import { noteRule } from './versionnote.js';
import type { VersionRules } from './version.js';

// ---------------------------------------------------------------------------
// Singletons (immortal in 3.12+; shared and uncounted here for 3.11 too — the
// picture marks them "cached", and getrefcount refuses to guess on 3.11).

export const None = immortalize(new PyObject(T.NoneType));
export const NotImplemented = immortalize(new PyObject(T.NotImplementedType));
export const Ellipsis = immortalize(new PyObject(T.ellipsis));
export const True = immortalize(new PyInt(T.bool, 1));
export const False = immortalize(new PyInt(T.bool, 0));

// Objects/longobject.c: _PY_NSMALLNEGINTS = 5, _PY_NSMALLPOSINTS = 257.
const SMALL: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL.push(immortalize(new PyInt(T.int, i)));
export const EMPTY_TUPLE_STATIC = immortalize(new PyTuple(T.tuple, []));

/** Python-visible builtin function (builtin_function_or_method). */
export class PyBuiltin extends PyObject {
  constructor(public name: string, public fn: NativeFn, public self: PyObject | null = null, public qual = name) {
    super(T.builtin_function_or_method);
    if (self) heapOf().incref(self);
  }
  override refs(out: [string, PyObject][]): void { if (this.self) out.push(['__self__', this.self]); }
  override clear(h: Heap): void { const s = this.self; this.self = null; if (s) h.decref(s); }
}

/**
 * Objects/typeobject.c: slotdefs — the special methods that fill a type's slots. A builtin type's own special
 * method is the slot's wrapper (wrapper_descriptor, "<slot wrapper '__init__' of 'list' objects>"; bound, a
 * method-wrapper), except the METH_COEXIST methods its tp_methods define beside the slot
 * (Objects/listobject.c: list___getitem__, Objects/dictobject.c: dict___contains__ / dict_subscript's
 * __getitem__, Objects/setobject.c: set___contains__), which stay method_descriptors. The same on 3.11.7 and
 * 3.14.10 (checked over the builtin types' own attributes: tests/corpus lang-242).
 */
const SLOT_NAMES = new Set(('__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ __lt__ __le__ __eq__ ' +
  '__ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ __await__ __aiter__ __anext__ __add__ __radd__ ' +
  '__sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__ ' +
  '__lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __index__ __iadd__ ' +
  '__isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ ' +
  '__rtruediv__ __ifloordiv__ __itruediv__ __matmul__ __rmatmul__ __imatmul__ __len__ __getitem__ __setitem__ __delitem__ __contains__ ' +
  '__buffer__ __release_buffer__').split(' '));
const COEXIST = new Set(['list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__']);

/** A method of a builtin type, stored in the type's attrs (method_descriptor, or wrapper_descriptor for a slot). */
export class PyMethodDescr extends PyObject {
  constructor(public owner: PyType, public name: string, public fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject, public kind: 'method' | 'class' | 'static' = 'method') {
    super(kind === 'method' && SLOT_NAMES.has(name) && !COEXIST.has(`${owner.name}.${name}`) ? T.wrapper_descriptor : T.method_descriptor);
    // a native method that does not take `kw` reads keyword values as positional ones: kwcheck.ts
    // (one that does: only an unknown keyword is checked before it runs)
    if (kind !== 'static' && !['__init__', '__new__', '__call__'].includes(name)) {
      const inner = fn, positional = fn.length < 3;
      const shown = this.type === T.wrapper_descriptor ? `wrapper ${name}()` : `${owner.name}.${name}()`;
      (this as any).raw = inner;
      // a wrong number of positional arguments: CPython's TypeError, measured per version (cpython-arity.ts)
      const a14 = arityOf(CPYTHON_ARITY['3.14'][`${owner.name}.${name}`]), a11 = arityOf(CPYTHON_ARITY['3.11'][`${owner.name}.${name}`]);
      this.fn = (self, args, kw) => {
        if (kw && kw.length) checkPositionalKw(`${owner.name}.${name}`, shown, name, args, kw, positional);
        else if (a14 || a11) {
          if ((R as any).explainer && a14?.words[args.length] !== a11?.words[args.length]) noteRule('builtinArity');
          checkArity(R.rules.version === '3.11' ? a11 : a14, args.length);
        }
        return inner(self, args, kw);
      };
    }
  }
}

/**
 * The arity TypeError of a builtin method called with `n` positional arguments (Objects/descrobject.c,
 * Objects/methodobject.c, Python/getargs.c: each calling convention words it its own way, so the words are
 * CPython's own, measured by scripts/cpython-arity.py). A count above the largest measured one says what the
 * largest says, with its count.
 */
interface Arity { words: Record<string, string>; tooMany: number }
/** A method's measured words and, once, the count of its "too many" entry (the largest, when one fewer is accepted;
 *  -1 if none): computed when the method is defined, not on every call. */
function arityOf(words: Record<string, string> | undefined): Arity | undefined {
  if (!words) return undefined;
  let top = -1;
  for (const k in words) if (+k > top) top = +k;
  return { words, tooMany: top > 0 && words[top - 1] === undefined ? top : -1 };
}
function checkArity(a: Arity | undefined, n: number): void {
  if (!a) return;
  const m = a.words[n];
  if (m) typeError(m);
  if (a.tooMany >= 0 && n > a.tooMany) {
    const t = a.words[a.tooMany]!, top = String(a.tooMany);
    const at = t.lastIndexOf(top);
    typeError(t.slice(0, at) + String(n) + t.slice(at + top.length));
  }
}

/** A data descriptor implemented natively (getset_descriptor / member_descriptor). */
export class PyGetSet extends PyObject {
  constructor(public owner: PyType, public name: string,
    public get: (self: PyObject) => PyObject,
    public set: ((self: PyObject, v: PyObject | null) => void) | null = null,
    kind: PyType = T.getset_descriptor) {
    super(kind);
  }
}

export interface RuntimeHooks {
  callPython(fn: PyObject, args: PyObject[], kwnames: string[] | null): PyObject;
  line(): number;
  /** Called every 65,536 native iterations: enforces the time limit inside builtins. */
  tick(): void;
  /** The code object being run (library code is CPython's own stdlib). */
  topCode?(): unknown;
}

export class Runtime {
  out: string[] = [];
  outBytes = 0;
  /** sys.stdout's pending_bytes (stdoutbuf.ts): the str objects written and not flushed yet. */
  stdoutPending: PyObject[] = [];
  stdoutPendingBytes = 0;
  err: string[] = [];
  interned = new Map<string, PyStr>();
  emptyStr: PyStr;
  latin1 = new Map<number, PyStr>();
  bytesCache = new Map<number, PyBytes>();
  files = new Map<string, string>();
  hooks!: RuntimeHooks;
  limits = { outputBytes: 1 << 20, intDigits: 4300, maxAlloc: 10_000_000 };
  onOutputLimit: (() => void) | null = null;
  ticks = 0;

  constructor(public heap: Heap, public rules: VersionRules) {
    this.emptyStr = this.intern('');
  }

  /** Python/pystate.c interned strings: identifiers and sys.intern (immortal in 3.12+). */
  intern(s: string): PyStr {
    let o = this.interned.get(s);
    if (!o && s.length === 1 && s.charCodeAt(0) < 256 && !(this.rules.version === '3.11' && LATIN1_NOT_SINGLETON_311.includes(s))) {
      // the 1-char Latin-1 singletons are the interned objects (3.14 pre-interns all of them;
      // 3.11 interned 29 letters as separate strings at startup: docs/cpython-rules.md §6)
      o = newStr(s);
      o.interned = true;
      this.interned.set(s, o);
    }
    if (!o) {
      // 3.14: interned strings are immortal; 3.11: shared, count not modelled.
      const made = this.heap.internal(() => new PyStr(T.str, s));
      made.interned = true;
      made.imm = true;
      this.interned.set(s, made);
      o = made;
    }
    return o;
  }
}

const LATIN1_NOT_SINGLETON_311 = 'BCLST_abcdefhijklmnopqrstvwxy';

export let R: Runtime;
export function setRuntime(r: Runtime): void { R = r; }
function heapOf(): Heap { return R.heap; }

// ---------------------------------------------------------------------------
// Constructors (each returns a new reference)

export function incref<T extends PyObject>(o: T): T { if (!o.imm) o.rc++; return o; }
export function decref(o: PyObject): void { if (!o.imm) { if (--o.rc === 0) R.heap.dealloc(o); else if (cuts.on && o.tracked) { cuts.set.set(o, cuts.epoch); cuts.dirty = true; } } }
export function xdecref(o: PyObject | null | undefined): void { if (o) decref(o); }

export function newInt(v: number | bigint): PyInt {
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  }
  if (typeof v === 'number') {
    if (v >= -5 && v <= 256) return SMALL[v + 5];
    if (Object.is(v, -0)) return SMALL[5];
  }
  return new PyInt(T.int, v);
}
export function smallInt(v: number): PyInt { return SMALL[v + 5]; }
export function newBool(b: boolean): PyInt { return b ? True : False; }
export function newFloat(v: number): PyFloat { return new PyFloat(T.float, v); }
/** Objects/complexobject.c: PyComplex_FromDoubles — a new object every time (no free list, no cache). */
export function newComplex(re: number, im: number): PyComplex { return new PyComplex(T.complex, re, im); }
export function newStr(s: string): PyStr {
  if (s.length === 0) return R.emptyStr;
  if (s.length === 1) {
    // Objects/unicodeobject.c: get_latin1_char — 1-char Latin-1 strings are singletons.
    const c = s.charCodeAt(0);
    if (c < 256) {
      let o = R.latin1.get(c);
      if (!o) { o = R.heap.internal(() => new PyStr(T.str, s)); o.imm = true; R.latin1.set(c, o); }
      return o;
    }
  }
  return new PyStr(T.str, s);
}
/**
 * A str built by allocating and then writing its characters (PyUnicode_New + fill: str.upper(), int's
 * repr, replace() that replaced something): a one-character Latin-1 result is a new object, not the
 * get_latin1_char singleton (measured on both versions).
 */
export function newStrFilled(s: string): PyStr {
  return s.length === 1 && s.charCodeAt(0) < 256 ? new PyStr(T.str, s) : newStr(s);
}
/** Objects/bytesobject.c: the empty bytes object and the 1-byte objects are cached singletons. */
export function newBytes(b: Uint8Array): PyBytes {
  if (b.length <= 1) {
    const k = b.length === 0 ? -1 : b[0];
    let o = R.bytesCache.get(k);
    if (!o) { o = R.heap.internal(() => new PyBytes(T.bytes, b.slice())); o.imm = true; R.bytesCache.set(k, o); }
    return o;
  }
  return new PyBytes(T.bytes, b);
}
/**
 * A bytes object built by allocating and then filling (Objects/bytesobject.c: _PyBytes_FromSize, or
 * PyBytes_FromStringAndSize(NULL, n)): only the empty one is the shared singleton; a one-byte result is a
 * new object (bytes(1), bytes(bytearray), b'a'.upper()), unlike PyBytes_FromStringAndSize(data, 1).
 */
export function newBytesFilled(b: Uint8Array): PyBytes {
  return b.length === 0 ? newBytes(b) : new PyBytes(T.bytes, b);
}
/** Takes ownership of `items` (new references). */
export function newList(items: PyObject[], type: PyType = T.list): PyList {
  const l = new PyList(type, items);
  R.heap.track(l);
  return l;
}
/**
 * Takes ownership of `items`. Objects/tupleobject.c: _PyTuple_FromArray — 3.14
 * tracks such a tuple only if an item is a GC object; 3.11 always tracks it.
 */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE_STATIC;
  const t = new PyTuple(T.tuple, items);
  if (R.rules.version === '3.11') R.heap.track(t);
  else for (let i = 0; i < items.length; i++) if (isGcObject(items[i])) { R.heap.track(t); break; }
  return t;
}
/** A tuple built by a path that always tracks it (PyTuple_New + fill: slicing, concatenation, tuple(iterable)). */
export function newTupleTracked(items: PyObject[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE_STATIC;
  const t = new PyTuple(T.tuple, items);
  R.heap.track(t);
  return t;
}
/**
 * Refill an iterator's cached 2-item result tuple in place and hand it out
 * again: the reuse path of Objects/enumobject.c: enum_next and
 * Objects/dictobject.c: dictiter_iternextitem / dictreviter_iternext, taken
 * when `Py_REFCNT(result) == 1` (only the iterator holds it). `a` and `b` are
 * new references; the old items are released first to second.
 */
export function refillPair(result: PyTuple, a: PyObject, b: PyObject): PyTuple {
  incref(result);
  const oa = result.items[0], ob = result.items[1];
  result.items[0] = a;
  result.items[1] = b;
  decref(oa);
  decref(ob);
  // bpo-42536: the collector may have untracked the tuple; recycling re-tracks it
  // (3.11: `if (!_PyObject_GC_IS_TRACKED(result)) _PyObject_GC_TRACK(result)`, 3.14: _PyTuple_Recycle)
  if (!result.tracked) R.heap.track(result);
  return result;
}
/** Include/objimpl.h: _PyObject_IS_GC */
export function isGcObject(o: PyObject): boolean {
  return o.type.gc && !(o.imm && !(o instanceof PyType));
}
/**
 * Objects/dictobject.c: 3.11 creates dicts untracked and tracks them when a
 * container is stored (MAINTAIN_TRACKING); 3.14 tracks every dict.
 */
export function newDict(type: PyType = T.dict): PyDict {
  const d = new PyDict(type);
  if (R.rules.version !== '3.11' || type !== T.dict) R.heap.track(d);
  return d;
}
export function newSet(frozen = false, type?: PyType): PySet {
  const s = new PySet(type ?? (frozen ? T.frozenset : T.set));
  R.heap.track(s);
  return s;
}
export function newCell(v: PyObject | null): PyCell {
  if (v) incref(v);
  const c = new PyCell(T.cell, v);
  R.heap.track(c);
  return c;
}
export function newNative(type: PyType, held: (PyObject | null)[], labels: string[], state: any = null, track = true): PyNative {
  for (const h of held) if (h) incref(h);
  const o = new PyNative(type, held, labels, state);
  if (track && type.gc) R.heap.track(o);
  return o;
}

export function isStr(o: PyObject): o is PyStr { return o instanceof PyStr; }
export function isInt(o: PyObject): o is PyInt { return o instanceof PyInt; }
export function typeName(o: PyObject): string { return o.type.name; }

// ---------------------------------------------------------------------------
// Exceptions

export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(type);
  e.args = newTuple(args);
  R.heap.track(e);
  return e;
}

/** Raise `type(msg)`. */
export function raise(name: string, msg?: string | PyObject): never {
  const t = EXC[name];
  const args: PyObject[] = msg === undefined ? [] : [typeof msg === 'string' ? newStr(msg) : incref(msg)];
  throw new PyExc(newException(t, args));
}
export function raiseType(t: PyType, msg?: string): never {
  throw new PyExc(newException(t, msg === undefined ? [] : [newStr(msg)]));
}
export function typeError(msg: string): never { return raise('TypeError', msg); }
export function notSupported(what: string, why?: string): never {
  throw new NotSupported(what, R?.hooks ? R.hooks.line() : null, why);
}

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.type === t || o.type.isSubtypeOf(t);
}

export function excMatches(exc: PyObject, t: PyType): boolean { return isInstance(exc, t); }

// ---------------------------------------------------------------------------
// Strings of objects

export function pyrepr(o: PyObject): string {
  const r = reprImpl(o);
  return r;
}

let reprImpl: (o: PyObject) => string = () => { throw new Error('repr not installed'); };
let strImpl: (o: PyObject) => string = () => { throw new Error('str not installed'); };
export function installReprStr(repr: (o: PyObject) => string, str: (o: PyObject) => string): void {
  reprImpl = repr; strImpl = str;
}
export function pystr(o: PyObject): string {
  if (o instanceof PyStr && o.type === T.str) return o.v;
  return strImpl(o);
}

// ---------------------------------------------------------------------------
// Calls

export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (f instanceof PyBuiltin) return f.self ? f.fn([f.self, ...args], kwnames) : f.fn(args, kwnames);
  return R.hooks.callPython(f, args, kwnames);
}
export function call0(f: PyObject): PyObject { return call(f, []); }

/** Look up `name` on the type and call it bound to `self` (special method lookup, Objects/typeobject.c: lookup_maybe_method). */
export function callMethod(self: PyObject, name: string, args: PyObject[] = [], kwnames: string[] | null = null): PyObject {
  const m = self.type.lookup(name);
  if (m === undefined) raise('AttributeError', `'${self.type.name}' object has no attribute '${name}'`);
  return callDescr(m, self, args, kwnames);
}

export function hasMethod(self: PyObject, name: string): boolean {
  return self.type.lookup(name) !== undefined;
}

/** Call a descriptor found on the type as a method of `self`. */
export function callDescr(m: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (m instanceof PyMethodDescr) {
    if (m.kind === 'static') return m.fn(None, args, kwnames);
    if (m.kind === 'class') return m.fn(self.type, args, kwnames);
    return m.fn(self, args, kwnames);
  }
  if (m.type === T.function) {
    // Objects/typeobject.c: lookup_maybe_method / lookup_method (slot_tp_repr, vectorcall_method, slot_tp_call,
    // ...) return a new reference to the function, which the slot holds until the call returns
    incref(m);
    try { return holding('the special method the slot looked up (Objects/typeobject.c: lookup_maybe_method)', [m], () => R.hooks.callPython(m, [self, ...args], kwnames)); } finally { decref(m); }
  }
  // Other descriptors: bind, then call.
  const bound = bindDescr(m, self, self.type);
  try { return call(bound, args, kwnames); } finally { decref(bound); }
}

/**
 * Call a special method `m` found on self's type as Objects/typeobject.c: _PyObject_LookupSpecial does: it binds
 * it, and the bound method holds `self` (and the function) until the call returns (bytes(), complex(), round(),
 * reversed(), dir(), math.trunc, operator.length_hint, 3.11's `with`).
 */
export function callSpecial(m: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (!(m.type === T.function)) return callDescr(m, self, args, kwnames);
  incref(self);
  try { return holding('the bound method _PyObject_LookupSpecial made (Objects/typeobject.c)', [self], () => callDescr(m, self, args, kwnames)); } finally { decref(self); }
}

let bindImpl: (d: PyObject, self: PyObject | null, type: PyType) => PyObject = () => { throw new Error('bind not installed'); };
export function installBind(f: typeof bindImpl): void { bindImpl = f; }
/** descr.__get__(self, type) — new reference. */
export function bindDescr(d: PyObject, self: PyObject | null, type: PyType): PyObject { return bindImpl(d, self, type); }

// ---------------------------------------------------------------------------
// Argument parsing helpers for native functions

export function argCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export function noKw(name: string, kw: string[] | null): void {
  if (kw && kw.length) typeError(`${name}() takes no keyword arguments`);
}

/** Split positional and keyword arguments: returns [positional, Map(name -> value)]. */
/**
 * The str object a keyword argument's name is in a kwargs dict: the interned one the compiler made for the
 * call's names (Objects/codeobject.c: intern_strings on the kwnames constant; Python/ceval.c puts those very
 * objects in the dict). NON-CPYTHON: heapsnake passes keyword names as text, so a `**mapping` key that is not an
 * identifier gets a new str (CPython keeps the mapping's own key object).
 */
export function kwName(k: string): PyStr {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? R.intern(k) : newStr(k);
}

export function splitKw(args: PyObject[], kw: string[] | null): [PyObject[], Map<string, PyObject>] {
  const m = new Map<string, PyObject>();
  if (!kw || !kw.length) return [args, m];
  const np = args.length - kw.length;
  for (let i = 0; i < kw.length; i++) m.set(kw[i], args[np + i]);
  return [args.slice(0, np), m];
}

export function asIndex(o: PyObject, what = 'indices'): number {
  if (o instanceof PyInt) {
    const v = o.v;
    if (typeof v === 'number') return v;
    return v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  }
  const m = o.type.lookup('__index__');
  if (m) {
    const r = callDescr(m, o, [], null);
    try { return asIndex(r, what); } finally { decref(r); }
  }
  return typeError(`${what} must be integers or slices, not ${o.type.name}`);
}

/** Objects/abstract.c: PyNumber_Index (PyNumber_AsSsize_t) — an integer argument (a width, a count, a position to
 *  insert at, ndigits): anything without __index__ is "'str' object cannot be interpreted as an integer". */
export function asIntArg(o: PyObject): number {
  if (!(o instanceof PyInt) && !o.type.lookup('__index__')) typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return asIndex(o);
}

/** Objects/sliceobject.c: _PyEval_SliceIndex — start/end arguments of find, count, index, startswith… */
export function asSliceIndex(o: PyObject): number {
  if (!(o instanceof PyInt) && !o.type.lookup('__index__')) typeError('slice indices must be integers or None or have an __index__ method');
  return asIndex(o);
}

export function asBig(o: PyInt): bigint { return typeof o.v === 'bigint' ? o.v : BigInt(o.v); }

export { PyExc, PyCell, PyWeakref, PySlice, PyRange, PyNative, PyBytes, PyFloat, PyComplex, PyList, PyTuple, PyDict, PySet, PyStr, PyInt, PyObject, PyType, PyBaseException };
