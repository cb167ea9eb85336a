// Shared helpers for the modelled standard-library modules: static native
// types, iterator types, argument parsing in CPython's message styles, and
// number conversions (Objects/floatobject.c: PyFloat_AsDouble,
// Objects/abstract.c: PyNumber_Index).
//
// Ownership (CPython's): returned PyObjects are new references, arguments
// are borrowed; anything stored is incref'd.

import { messageOf } from '../versionnote.js';
import { PyObject, PyType, PyInt, PyFloat, PyStr, PyNative, PyTuple, PyDict } from '../object.js';
import { T, computeMro } from '../types.js';
import {
  R, None, newStr, newTuple, incref, decref, raise, typeError, callDescr, PyGetSet, PyMethodDescr, PyBuiltin, notSupported,
} from '../rt.js';
import { defMethod } from '../classes.js';
import { intToFloat, big } from '../num.js';
import * as ops from '../ops.js';

export type Method = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;

/** `X.__new__(cls, ...)` for a native type: calls its construction function. */
export function defNew(t: PyType): void {
  def(t, '__new__', (_s, a, kw) => {
    const sub = a[0];
    if (!(sub instanceof PyType)) typeError(`${t.name}.__new__(X): X is not a type object (${sub ? sub.type.name : 'NULL'})`);
    if (!(sub as PyType).isSubtypeOf(t)) typeError(`${t.name}.__new__(${(sub as PyType).name}): ${(sub as PyType).name} is not a subtype of ${t.name}`);
    return t.newFn!(sub as PyType, a.slice(1), kw);
  }, 'static');
}

/** A static (immortal, shared) type implemented natively — a C type in CPython. */
export function staticType(name: string, module: string, opts: {
  bases?: PyType[]; gc?: boolean; basicSize?: number; weakrefable?: boolean; hasDict?: boolean; qualname?: string; final?: boolean;
} = {}): PyType {
  const bases = opts.bases ?? [T.object];
  const t = new PyType(name, T.type, bases);
  t.mro = computeMro(t);
  t.module = module;
  t.qualname = opts.qualname ?? name;
  const solid = bases[0];
  t.base = solid === T.object ? null : (solid.base ?? solid);
  t.gc = opts.gc ?? (solid.gc || false);
  t.basicSize = opts.basicSize ?? solid.basicSize;
  t.weakrefable = opts.weakrefable ?? false;
  t.hasDict = opts.hasDict ?? false;
  if (opts.final) (t as any).final = true;
  // tp_name: C types are named with their module in error messages ('collections.deque')
  (t as any).tpName = module === 'builtins' ? name : `${module}.${name}`;
  return t;
}

export function def(t: PyType, name: string, fn: Method, kind: 'method' | 'class' | 'static' = 'method'): PyMethodDescr {
  return defMethod(t, name, fn, kind);
}

/** A read-only (or writable) attribute implemented natively (getset_descriptor / member_descriptor). */
export function getset(t: PyType, name: string, get: (self: PyObject) => PyObject,
  set: ((self: PyObject, v: PyObject | null) => void) | null = null, kind: PyType = T.getset_descriptor): PyGetSet {
  const g = new PyGetSet(t, name, get, set, kind);
  t.attrs.set(name, g);
  return g;
}

/** Make `t` an iterator type: `next` returns a new reference or null when exhausted. */
export function iterType(t: PyType, next: (it: PyNative) => PyObject | null): void {
  (t as any).nativeNext = next;
  def(t, '__iter__', (self) => incref(self));
  def(t, '__next__', (self) => {
    const v = next(self as PyNative);
    if (v === null) raise('StopIteration');
    return v;
  });
}

/** Replace held[i] with a new reference (or null), releasing the old one. */
export function setHeld(o: PyNative, i: number, v: PyObject | null): void { o.setHeld(R.heap, i, v); }

/** Release every held reference of a native object (an exhausted iterator drops what it holds). */
export function dropAll(o: PyNative): void {
  for (let i = 0; i < o.held.length; i++) if (o.held[i]) o.setHeld(R.heap, i, null);
}

// ---------------------------------------------------------------- argument parsing

/**
 * Argument Clinic style parsing (Python/getargs.c: _PyArg_UnpackKeywords):
 * `names` are the parameters in order ('' for positional-only ones), the first
 * `minPos` are required; parameters at index >= kwOnly are keyword-only.
 * Returns the borrowed values (undefined when not given).
 */
export function parseArgs(fname: string, args: PyObject[], kw: string[] | null, names: string[], required: number,
  kwOnly = names.length, style: 'clinic' | 'getargs' = 'clinic'): (PyObject | undefined)[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  const maxPos = kwOnly;
  if (style === 'getargs') {
    // Python/getargs.c: vgetargskeywords
    const len = names.length;
    if (npos + nkw > len) typeError(`${fname}() takes at most ${len} ${npos === 0 ? 'keyword ' : ''}argument${len === 1 ? '' : 's'} (${npos + nkw} given)`);
    // (a keyword that is no parameter is reported last, after a missing required one: below)
  }
  if (npos > maxPos) {
    if (maxPos === 0) typeError(`${fname}() takes no positional arguments`);
    const minPosReq = Math.min(required, kwOnly);
    if (minPosReq === maxPos) typeError(`${fname}() takes exactly ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
    typeError(`${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const idx = names.indexOf(name);
    if (style === 'getargs' && idx < 0) continue;
    if (idx < 0 || names[idx] === '') typeError(messageOf('badKeyword', fname, name, names.filter((n) => n !== '')));
    if (out[idx] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (names[i] === '' || i < npos) typeError(`${fname}() takes at least ${required} positional argument${required === 1 ? '' : 's'} (${npos} given)`);
      typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  // Python/getargs.c: vgetargskeywords checks for extraneous keywords after the parameters
  if (style === 'getargs') for (const k of kw ?? []) if (!names.includes(k)) typeError(messageOf('badKeyword', fname, k, names.filter((n) => n !== '')));
  return out;
}

/** Reject keyword arguments (`name() takes no keyword arguments`). */
export function noKwargs(fname: string, kw: string[] | null): void {
  if (kw && kw.length) typeError(`${fname}() takes no keyword arguments`);
}

/** Python/getargs.c: _PyArg_CheckPositional messages. */
export function checkPositional(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    typeError(min === max
      ? `${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    typeError(min === max
      ? `${fname} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`
      : `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

// ---------------------------------------------------------------- numbers

/** Objects/floatobject.c: PyFloat_AsDouble. */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloat(o.v);
  const f = o.type.lookup('__float__');
  if (f) {
    const r = callDescr(f, o, [], null);
    try {
      if (!(r instanceof PyFloat)) typeError(`${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      // CPython accepts a float subclass here with a DeprecationWarning on stderr, which is not modelled
      if (r.type !== T.float) notSupported('__float__ returning a float subclass (a DeprecationWarning)');
      return (r as PyFloat).v;
    } finally { decref(r); }
  }
  if (o.type.lookup('__index__')) {
    const i = indexValue(o);
    return intToFloat(i);
  }
  return typeError(`must be real number, not ${o.type.name}`);
}

/** Objects/abstract.c: PyNumber_Index — the exact integer value. */
export function indexValue(o: PyObject): bigint | number {
  if (o instanceof PyInt) return o.v;
  const m = o.type.lookup('__index__');
  if (!m) typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const r = callDescr(m!, o, [], null);
  try {
    if (!(r instanceof PyInt)) typeError(`__index__ returned non-int (type ${r.type.name})`);
    return (r as PyInt).v;
  } finally { decref(r); }
}
export function indexBig(o: PyObject): bigint { return big(indexValue(o)); }

/** Py_ssize_t conversion with CPython's overflow message. */
export function asSsize(o: PyObject): number {
  const v = indexValue(o);
  const b = big(v);
  if (b > 9223372036854775807n || b < -9223372036854775808n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  if (typeof v === 'number') return v;
  return Number(b);
}

export function strOf(o: PyObject): string { return (o as PyStr).v; }

export function tupleOf(items: PyObject[]): PyTuple { return newTuple(items); }

/** Build a str->object dict from a Map of kwargs (values borrowed). */
export function kwDict(kws: Map<string, PyObject>): PyDict {
  const d = new PyDict(T.dict);
  R.heap.track(d);
  for (const [k, v] of kws) {
    const key = newStr(k);
    dictSet(d, key, v);
    decref(key);
  }
  return d;
}
import { dictSet } from '../dict.js';

export function reprOf(o: PyObject): string { return ops.repr(o); }

/** A module-level builtin function (created per run, like the sys module's). */
export function bfn(name: string, f: (args: PyObject[], kw: string[] | null) => PyObject): PyBuiltin {
  return new PyBuiltin(name, f);
}

/**
 * A class of a module that heapsnake does not model (collections.UserDict, string.Template, ...): a stand-in
 * refused wherever it is used as the class it is in CPython — called, subclassed, given to isinstance /
 * issubclass, printed (classes.ts, bltins.ts, typemethods.ts read `refusedClass`).
 */
export function refusedClass(name: string, what: string): PyBuiltin {
  const f = new PyBuiltin(name, () => notSupported(what));
  (f as any).refusedClass = what;
  return f;
}

/** makeModule, keeping the members' counts exact (the module dict holds the only reference). */
export function moduleOf(name: string, members: Record<string, PyObject>): PyModule {
  const m = makeModule(name, members);
  for (const v of Object.values(members)) decref(v);
  return m;
}
import { makeModule } from '../modules.js';
import type { PyModule } from '../func.js';

export { None };

// ---------------------------------------------------------------- Python-function style argument binding

/**
 * Bind arguments the way a Python function with positional-or-keyword
 * parameters `names` (and `defaults` for the last ones) binds them, with the
 * interpreter's messages (Python/ceval.c: initialize_locals). `fname` is the
 * function's __qualname__. Returns borrowed values.
 */
export function bindArgs(fname: string, names: string[], defaults: PyObject[], args: PyObject[], kw: string[] | null,
  opts: { varkw?: boolean; posonly?: number } = {}): { values: PyObject[]; extra: Map<string, PyObject> } {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const argc = names.length;
  const vals: (PyObject | undefined)[] = new Array(argc).fill(undefined);
  const extra = new Map<string, PyObject>();
  if (npos > argc) {
    const nd = defaults.length;
    const kwGiven = nkw ? ` positional argument${npos === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'})` : '';
    if (nd) typeError(`${fname}() takes from ${argc - nd} to ${argc} positional arguments but ${npos}${kwGiven ? kwGiven : ' were'} given`);
    typeError(`${fname}() takes ${argc} positional argument${argc === 1 ? '' : 's'} but ${npos}${kwGiven ? kwGiven + ' were' : npos === 1 ? ' was' : ' were'} given`);
  }
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  const posonly = opts.posonly ?? 0;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    let idx = -1;
    for (let j = posonly; j < argc; j++) if (names[j] === name) { idx = j; break; }
    if (idx < 0) {
      if (opts.varkw) { extra.set(name, args[npos + k]); continue; }
      if (posonly && names.slice(0, posonly).includes(name)) typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      typeError(messageOf('unexpectedKeyword', fname, name, names.slice(posonly)));
    }
    if (vals[idx] !== undefined) typeError(`${fname}() got multiple values for argument '${name}'`);
    vals[idx] = args[npos + k];
  }
  const firstDef = argc - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < argc; i++) {
    if (vals[i] !== undefined) continue;
    if (i >= firstDef) vals[i] = defaults[i - firstDef];
    else missing.push(names[i]);
  }
  if (missing.length) typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${fmtNames(missing)}`);
  return { values: vals as PyObject[], extra };
}
export function fmtNames(ns: string[]): string {
  const q = ns.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

// ---------------------------------------------------------------- classes written in Python in CPython

/** A static method descriptor for classes created per run (the descriptor itself is shared and immortal). */
export function sdesc(ownerName: string, name: string, fn: Method, kind: 'method' | 'class' | 'static' = 'method'): PyMethodDescr {
  const owner = placeholderOwners.get(ownerName) ?? new PyType(ownerName, T.type, [T.object]);
  placeholderOwners.set(ownerName, owner);
  return new PyMethodDescr(owner, name, fn, kind);
}
const placeholderOwners = new Map<string, PyType>();

/**
 * A heap class created per run (a class statement in CPython's Lib/*.py):
 * `attrs` values are borrowed. The type is mutable and its instances get a
 * __dict__ unless `slots` is given.
 */
export function heapClass(name: string, module: string, bases: PyType[], attrs: Record<string, PyObject>, slots?: string[]): PyType {
  const ns = new PyDict(T.dict);
  R.heap.track(ns);
  try {
    const mod = newStr(module); dictSetStr(ns, '__module__', mod); decref(mod);
    for (const [k, v] of Object.entries(attrs)) dictSetStr(ns, k, v);
    if (slots) { const t = newTuple(slots.map((s) => newStr(s))); dictSetStr(ns, '__slots__', t); decref(t); }
    const t = typeNew(name, bases, ns, []);
    t.module = module;
    return t;
  } finally { decref(ns); }
}
import { typeNew } from '../classes.js';
import { dictSetStr } from '../dict.js';

/**
 * A per-run copy of a native type, marked as a heap type: the simulator binds
 * descriptors (`__get__`) of heap types only, and CPython 3.12+ creates these
 * extension types per module as heap types too. The copy shares the native
 * methods; `base` points at the static template so that sys.getsizeof refuses
 * rather than using a plain instance's size.
 */
export function heapClone(t: PyType): PyType {
  const c = new PyType(t.name, T.type, t.bases.slice());
  c.mro = [c, ...t.mro.slice(1)];
  c.module = t.module;
  c.qualname = t.qualname;
  c.isHeapType = true;
  c.base = t;
  c.gc = t.gc;
  c.basicSize = t.basicSize;
  c.weakrefable = t.weakrefable;
  c.hasDict = t.hasDict;
  c.newFn = t.newFn;
  for (const [k, v] of t.attrs) c.attrs.set(k, v);
  for (const k of ['nativeNext', 'tpName', 'lengthHint', 'missing', 'sizeof']) if ((t as any)[k] !== undefined) (c as any)[k] = (t as any)[k];
  (c as any).template = t;
  if (t.attrs.has('__new__')) defNew(c);
  return c;
}
