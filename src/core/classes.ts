// Classes and descriptors: Python/bltinmodule.c: builtin___build_class__,
// Objects/typeobject.c: type_new, object_new, slot wrappers, super;
// Objects/descrobject.c (property, getset), Objects/funcobject.c (staticmethod, classmethod).

import { messageOf } from './versionnote.js';
import { PyObject, PyType, PyDict, PyStr, PyTuple, PyCell, PyBaseException, PyNative, PyList, PyInt } from './object.js';
import { T, computeMro } from './types.js';
import {
  R, None, True, False, NotImplemented, newStr, newTuple, newDict, newList, incref, decref, raise, typeError,
  call, callDescr, PyBuiltin, PyMethodDescr, PyGetSet, installBind, isInstance, newNative, argCount, EMPTY_TUPLE_STATIC, notSupported, newInt, splitKw,
} from './rt.js';
import { PyFunction, PyMethod } from './func.js';
import * as ops from './ops.js';
import { dictGetStr, dictSetStr, dictItems, dictDelStr } from './dict.js';
import { fakeAddress } from './ops.js';
import type { VM } from './vm.js';
import { mayBeTracked, gcUnmodelled } from './gc.js';

let vm!: VM;
export function setVM(v: VM): void { vm = v; }
export function getVM(): VM { return vm; }

// ---------------------------------------------------------------- descriptors

/** property / staticmethod / classmethod objects: PyNative with held callables. */
export function newProperty(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null): PyNative {
  return newNative(T.property, [fget, fset, fdel, doc], ['fget', 'fset', 'fdel', '__doc__']);
}

/**
 * A built-in type's __new__: Objects/typeobject.c: add_tp_new_wrapper puts in the dict of each type with its
 * own tp_new one builtin function (tp_new_wrapper) whose __self__ is that type, so `B.__new__ is object.__new__`,
 * `list.__new__ is not object.__new__`, and it prints as "<built-in method __new__ of type object at …>"
 * (checked on 3.11.7 and 3.14.10). heapsnake keeps one __new__ descriptor for many built-in types, so the
 * owner is the first built-in type in the MRO whose CPython __dict__ has __new__ (cpython-typedicts.ts).
 * One per owner and run, interpreter-owned like the type; called, it runs the owner's constructor (newFn).
 */
function typeNewWrapper(d: PyMethodDescr, type: PyType): PyObject {
  const table = CPYTHON_TYPE_DICTS[R.rules.version];
  const owner = type.mro.find((t) => !t.isHeapType && table[t.name]?.keys.includes('__new__')) ?? d.owner;
  const cache = ((R as any).newWrappers ??= new Map<PyType, PyBuiltin>()) as Map<PyType, PyBuiltin>;
  let b = cache.get(owner);
  if (!b) {
    const fn = d.fn, own = owner;
    // Objects/typeobject.c: tp_new_wrapper — checks its first argument, then calls the owner's tp_new with it
    const call = (args: PyObject[], kw: string[] | null): PyObject => {
      if (own === d.owner || !own.newFn) return fn(None, args, kw);
      const cls = args[0];
      if (!cls) typeError(`${own.name}.__new__(): not enough arguments`);
      if (!(cls instanceof PyType)) typeError(`${own.name}.__new__(X): X is not a type object (${cls.type.name})`);
      if (!cls.isSubtypeOf(own)) typeError(`${own.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${own.name}`);
      const o = own.newFn(cls, args.slice(1), kw && kw.length ? kw : null);
      // a class's instance also gets its __dict__ / __slots__ (as object.__new__ does after its base's tp_new)
      if (cls.isHeapType && !o.dict && !o.slots && o.type === cls) addInstanceExtras(o, cls);
      return o;
    };
    b = R.heap.internal(() => new PyBuiltin('__new__', (args, kw) => call(args.slice(1), kw), owner, `${owner.name}.__new__`));
    b.imm = true;
    cache.set(owner, b);
  }
  return b;
}

function bind(d: PyObject, self: PyObject | null, type: PyType): PyObject {
  if (d instanceof PyFunction) return self === null ? incref(d) : track(new PyMethod(incref(d), incref(self)));
  if (d instanceof PyMethodDescr) {
    if (d.kind === 'class') {
      const fn = d.fn;
      return new PyBuiltin(d.name, (args, kw) => fn(args[0], args.slice(1), kw), self === null ? type : type, d.name);
    }
    if (d.kind === 'static' && d.name === '__new__') return typeNewWrapper(d, type);
    if (d.kind === 'static') { const fn = d.fn; return new PyBuiltin(d.name, (args, kw) => fn(None, args, kw)); }
    if (self === null) return incref(d);
    const fn = d.fn;
    const b = new PyBuiltin(d.name, (args, kw) => fn(args[0], args.slice(1), kw), self, `${d.owner.name}.${d.name}`);
    // (Objects/descrobject.c: wrapperdescr_get makes a method-wrapper, method_get a builtin method)
    if (d.type === T.wrapper_descriptor) b.type = T.method_wrapper;
    return b;
  }
  if (d instanceof PyGetSet) return self === null ? incref(d) : d.get(self);
  const t = d.type;
  if (t === T.property) {
    if (self === null) return incref(d);
    const fget = (d as PyNative).held[0];
    if (!fget) raise('AttributeError', `property '${propName(d as PyNative)}' of '${self.type.name}' object has no getter`);
    return call(fget, [self]);
  }
  if (t === T.staticmethod) return incref((d as PyNative).held[0]!);
  if (t === T.classmethod) return track(new PyMethod(incref((d as PyNative).held[0]!), incref(type)));
  const get = t.lookup('__get__');
  if (get) return callDescr(get, d, [self ?? None, type], null);
  return incref(d);
}
function track<T extends PyObject>(o: T): T { R.heap.track(o); return o; }
/** Objects/descrobject.c: property_name — the name given by __set_name__, else the getter's __name__. */
function propName(p: PyNative): string {
  if ((p as any).attrName) return (p as any).attrName;
  const f = p.held[0] ?? p.held[1];
  return f instanceof PyFunction ? f.name : '?';
}
installBind(bind);

ops.installDescrSet((d, o, v) => {
  if (d instanceof PyGetSet) {
    if (!d.set) raise('AttributeError', `attribute '${d.name}' of '${o.type.name}' objects is not writable`);
    d.set(o, v);
    return;
  }
  if (d.type === T.property) {
    const p = d as PyNative;
    const f = v === null ? p.held[2] : p.held[1];
    if (!f) {
      const nm = propName(p);
      if (v === null) raise('AttributeError', `property '${nm}' of '${o.type.name}' object has no deleter`);
      raise('AttributeError', `property '${nm}' of '${o.type.name}' object has no setter`);
    }
    const r = v === null ? call(f, [o]) : call(f, [o, v]);
    decref(r);
    return;
  }
  const m = d.type.lookup(v === null ? '__delete__' : '__set__');
  if (!m) raise('AttributeError', '__set__');
  const r = v === null ? callDescr(m, d, [o], null) : callDescr(m, d, [o, v], null);
  decref(r);
});

// ---------------------------------------------------------------- instances

/** Objects/typeobject.c: object_new — allocate an instance of a heap type. */
export function objectNew(t: PyType): PyObject {
  const o = new PyObject(t);
  if (t.slotNames.length) o.slots = new Array(t.slotNames.length).fill(null);
  if (t.hasDict) {
    // NON-CPYTHON detail: the instance's attributes live in a dict object that is
    // not a separate heap object until `__dict__` is read (CPython 3.11+ keeps
    // "inline values" and materialises the dict lazily).
    o.dict = inlineDict();
    // Objects/dictobject.c: shared keys (split tables) — each new instance takes one usable slot
    const sk = sharedKeys(t);
    if (sk.usable > 1) sk.usable--;
    (o.dict as any).shared = sk;
  }
  if (t.gc) R.heap.track(o);
  return o;
}

/** A subclass of a builtin type: the instance gains the heap type's __dict__ (inline) and __slots__. */
export function addInstanceExtras(o: PyObject, t: PyType): void {
  if (t.slotNames.length) o.slots = new Array(t.slotNames.length).fill(null);
  if (t.hasDict) {
    o.dict = inlineDict();
    const sk = sharedKeys(t);
    if (sk.usable > 1) sk.usable--;
    (o.dict as any).shared = sk;
  }
}

/** The class's shared keys object (SHARED_KEYS_MAX_SIZE = 30 usable entries). */
export interface SharedKeys { names: Set<string>; usable: number }
export function sharedKeys(t: PyType): SharedKeys {
  return ((t as any).sharedKeys ??= { names: new Set<string>(), usable: 30 });
}

export function inlineDict(): PyDict {
  const d = new PyDict(T.dict);
  R.heap.unregister(d);
  (d as any).inline = true;
  return d;
}

/** Materialise an instance's inline dict as a real heap object (obj.__dict__). */
export function materializeDict(o: PyObject): PyDict {
  const d = o.dict!;
  if ((d as any).inline) {
    (d as any).inline = false;
    // what exitorder.ts needs to know the dict's values are still split (3.11) / embedded (3.14):
    // its keys then, and the instance
    (d as any).matKeys = d.entries.filter((e) => e).map((e) => (e!.key as PyStr).v);
    (d as any).matOwner = o;
    R.heap.register(d);
    // 3.11 keeps a dict of atoms untracked (MAINTAIN_TRACKING); 3.14 tracks every dict
    if (R.rules.version !== '3.11' || d.entries.some((e) => e && mayBeTracked(e.value))) R.heap.track(d);
  }
  return d;
}

// ---------------------------------------------------------------- __build_class__
export function buildClass(args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw ? kw.length : 0;
  const body = args[0] as PyFunction;
  const name = (args[1] as PyStr).v;
  const bases = args.slice(2, args.length - nkw);
  let meta: PyObject | null = null;
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'metaclass') meta = args[args.length - nkw + i];
    else notSupported(`class keyword argument '${kw![i]}'`);
  }
  if (meta && meta !== T.type) {
    const mn = meta instanceof PyType ? meta.name : '?';
    if (mn !== 'ABCMeta') return notSup(`metaclass ${mn}`);
  }
  for (const b of bases) if ((b as any).refusedClass) notSupported((b as any).refusedClass);
  for (const b of bases) if (!(b instanceof PyType)) typeError('bases must be types');
  const ns = newDict();
  try {
    const f = vm.makeFrame(body, [], null, null, false);
    f.ns = ns;
    const cell = vm.run(f);
    const t = typeNew(name, bases as PyType[], ns, f.annotations ?? [], (body.code as any).classVars);
    (t as any).staticAttributes = (body.code as any).staticAttributes;
    // a class statement of the program (not one heapsnake's library code runs): dir.ts lists its __dict__
    if (!(body.code as any).library) (t as any).classStatement = true;
    if (cell instanceof PyCell) {
      const old = cell.ref; cell.ref = t; if (old) decref(old);
    }
    decref(cell);
    // Objects/typeobject.c: type_new_set_names — __set_name__ on descriptors
    for (const [k, v] of t.attrs) {
      const sn = v.type.isHeapType || v.type === T.property ? v.type.lookup('__set_name__') : undefined;
      if (sn) { const r = callDescr(sn, v, [t, R.intern(k)], null); decref(r); }
    }
    // __init_subclass__ of the parent
    const isub = t.mro[1]?.lookup('__init_subclass__');
    if (isub && isub.type === T.classmethod) {
      const fn = (isub as PyNative).held[0]!;
      const r = call(fn, [t]);
      decref(r);
    }
    // the class's own objects CPython counts and heapsnake does not model (gc.ts: gcUnmodelled)
    gcUnmodelled(R.rules.classCountedObjects);
    return t;
  } finally {
    decref(ns);
  }
}

function notSup(what: string): never {
  return notSupported(what);
}

import { userClasses } from './classgc.js';
import { newMappingProxy } from './mappingproxy.js';
import { CPYTHON_TYPE_DICTS } from './cpython-typedicts.js';

export function typeNew(name: string, bases: PyType[], ns: PyDict, annotations: string[], classVars?: Set<string>): PyType {
  if (!bases.length) bases = [T.object];
  for (const b of bases) {
    if (b === T.bool || (b as any).final) typeError(`type '${b.name}' is not an acceptable base type`);
  }
  const t = new PyType(name, T.type, bases);
  t.isHeapType = true;
  const seqAtStart = R.heap.trackSeq;
  // a class of the program (never freed here: classgc.ts refuses collections that would free one)
  (t as any).userClass = true;
  userClasses().push(t);
  const modName = dictGetStr(ns, '__module__');
  t.module = modName instanceof PyStr ? modName.v : '__main__';
  const mro = computeMro(t);
  if (!mro.length) {
    typeError(messageOf('mroConflict', mroConflict(bases)));
  }
  t.mro = mro;
  // solid base: the builtin layout instances share
  let base: PyType | null = null;
  for (const b of mro.slice(1)) {
    if (!b.isHeapType && b !== T.object) { base = b.base ?? b; break; }
    if (b.isHeapType && b.base) { base = b.base; break; }
  }
  t.base = base;
  t.isException = bases.some((b) => b.isException);
  // __slots__
  const slotsObj = dictGetStr(ns, '__slots__');
  const inheritedSlots: string[] = [];
  for (const b of [...mro].reverse()) if (b !== t && b.isHeapType) for (const s of b.slotNames) if (!inheritedSlots.includes(s)) inheritedSlots.push(s);
  let ownSlots: string[] | null = null;
  if (slotsObj !== undefined) {
    ownSlots = [];
    const items = slotsObj instanceof PyStr ? [slotsObj] : ops.toArray(slotsObj);
    for (const s of items) {
      if (!(s instanceof PyStr)) typeError(`__slots__ items must be strings, not '${s.type.name}'`);
      ownSlots.push(s.v);
    }
    if (!(slotsObj instanceof PyStr)) for (const s of items) decref(s);
  }
  const baseHasDict = mro.slice(1).some((b) => b.hasDict);
  const baseWeak = mro.slice(1).some((b) => b.weakrefable && b.isHeapType) || (base?.weakrefable ?? false);
  if (ownSlots) {
    t.hasDict = baseHasDict || ownSlots.includes('__dict__');
    t.weakrefable = baseWeak || ownSlots.includes('__weakref__');
    const real = ownSlots.filter((s) => s !== '__dict__' && s !== '__weakref__');
    // Objects/typeobject.c: type_new_slots_impl — variable-size bases (int, tuple, bytes) leave no room for slots
    if (real.length && base && [T.int, T.bool, T.tuple, T.bytes].includes(base)) {
      typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    }
    for (const s of real) {
      if (dictGetStr(ns, s) !== undefined) raise('ValueError', `'${s}' in __slots__ conflicts with class variable`);
    }
    t.slotNames = [...inheritedSlots, ...real.map((s) => mangle(name, s))];
  } else {
    t.hasDict = !(base && !base.hasDict && base !== T.BaseException && mro.slice(1).every((b) => !b.isHeapType || !b.hasDict) && false) ;
    t.hasDict = true;
    t.weakrefable = true;
    t.slotNames = inheritedSlots;
  }
  if (base === T.BaseException || (base && base.isException)) t.hasDict = true;
  t.gc = true; // heap types are GC types (measured: even `__slots__ = ()` instances are tracked)
  t.basicSize = base ? base.basicSize : 16;
  // copy the namespace
  for (const [k, v] of dictItems(ns)) {
    const key = (k as PyStr).v;
    if (key === '__classcell__') continue;
    if (key === '__qualname__') { t.qualname = (v as PyStr).v; continue; }
    let val = v;
    if ((key === '__new__') && v instanceof PyFunction) val = newNative(T.staticmethod, [v], ['__func__']);
    else if ((key === '__init_subclass__' || key === '__class_getitem__') && v instanceof PyFunction) val = newNative(T.classmethod, [v], ['__func__']);
    else incref(val);
    t.attrs.set(key, val);
  }
  for (const s of ownSlots ?? []) {
    if (s === '__dict__' || s === '__weakref__') continue;
    const ms = mangle(name, s);
    const idx = t.slotNames.indexOf(ms);
    t.attrs.set(ms, new PyGetSet(t, ms, (o) => {
      const v = o.slots ? o.slots[idx] : null;
      if (!v) raise('AttributeError', `'${o.type.name}' object has no attribute '${ms}'`);
      return incref(v);
    }, (o, v) => {
      const old = o.slots![idx];
      if (v === null && !old) raise('AttributeError', `'${o.type.name}' object has no attribute '${ms}'`);
      o.slots![idx] = v ? incref(v) : null;
      if (old) decref(old);
    }, T.member_descriptor));
  }
  // Objects/typeobject.c: type_new_descriptors — the __dict__ / __weakref__ getsets this class adds (those its
  // bases lack; int, tuple and bytes subclasses get no __weakref__, set and frozenset have one natively); they go
  // in its __dict__ before __doc__ and __hash__ (mappingproxy.ts: classDictSnapshot)
  const ancestorDict = mro.slice(1).some((b) => b.hasDict);
  const ancestorWeak = mro.slice(1).some((b) => b.isHeapType && b.weakrefable) || [T.set, T.frozenset].includes(base as PyType);
  const varSize = [T.int, T.bool, T.tuple, T.bytes].includes(base as PyType);
  const added: string[] = [];
  if (!ancestorDict && (!ownSlots || ownSlots.includes('__dict__'))) added.push('__dict__');
  if (!ancestorWeak && !varSize && (!ownSlots || ownSlots.includes('__weakref__'))) added.push('__weakref__');
  (t as any).addedGetsets = added;
  // Where the type and its __dict__ sit in the collector's list (exitorder.ts). Objects/typeobject.c:
  // type_new_init copies the namespace first (PyDict_Copy keeps its tracking: linked before the type
  // when the namespace holds a GC object), then type_new_alloc links the type; an untracked copy is
  // linked when PyType_Ready (type_ready_fill_dict) puts the first descriptor (a slot's member, a
  // __dict__ or __weakref__ getset) in it, after the type — unknown here when there is none (null)
  (t as any).gcPlace = ns.tracked
    ? { dict: seqAtStart + 0.25, type: seqAtStart + 0.5 }
    : { type: seqAtStart + 0.25, dict: added.length || (ownSlots ?? []).some((x) => x !== '__dict__' && x !== '__weakref__') ? seqAtStart + 0.5 : null };
  (t as any).getsetAt = t.attrs.size;
  if (R.rules.lazyAnnotations && t.attrs.has('__annotations__')) {
    (t as any).incompleteDict = 'CPython 3.14 keeps a class\'s annotations in an __annotate_func__ function (PEP 649) where heapsnake keeps __annotations__';
  }
  (t as any).annotationNames = annotations;
  if (ownSlots) (t as any).ownSlots = ownSlots;
  (t as any).weakrefSlot = (ownSlots?.includes('__weakref__') ?? false) || mro.slice(1).some((b) => (b as any).weakrefSlot);
  (t as any).classVars = classVars ?? new Set();
  t.hasDel = t.lookup('__del__') !== undefined;
  if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', None);
  // __eq__ without __hash__ makes instances unhashable (Objects/typeobject.c: inherit_slots)
  if (t.attrs.has('__eq__') && !t.attrs.has('__hash__')) t.attrs.set('__hash__', None);
  return t;
}

/** Objects/typeobject.c: set_mro_error — the bases still left when C3 got stuck. */
function mroConflict(bases: PyType[]): string {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const h = s[0];
      if (!nonEmpty.some((o) => o.indexOf(h) > 0)) { cand = h; break; }
    }
    if (!cand) {
      const left: PyType[] = [];
      for (const s of nonEmpty) if (!left.includes(s[0])) left.push(s[0]);
      return left.map((b) => b.name).join(', ');
    }
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const c = cls.replace(/^_+/, '');
  return c ? `_${c}${name}` : name;
}

// ---------------------------------------------------------------- object / type methods
function def(t: PyType, name: string, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject, kind: 'method' | 'class' | 'static' = 'method'): PyMethodDescr {
  const d = new PyMethodDescr(t, name, fn, kind);
  t.attrs.set(name, d);
  return d;
}
export { def as defMethod };

export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${fakeAddress(o).toString(16)}>`;
}

const objInit = def(T.object, '__init__', (self, args, kw) => {
  if ((args.length || (kw && kw.length)) && self.type.lookup('__new__') === objNew && self.type.lookup('__init__') === objInit) {
    typeError(`${self.type.name}() takes no arguments`);
  }
  return None;
});
(objInit as any).isObjectInit = true;
const objNew = def(T.object, '__new__', (_none, args) => {
  // a static method: object.__new__(cls, *args)
  const cls = args[0];
  if (!cls) typeError('object.__new__(): not enough arguments');
  if (!(cls instanceof PyType)) typeError(`object.__new__(X): X is not a type object (${cls.type.name})`);
  if (args.length > 1 && (cls as PyType).lookup('__init__') === objInit) typeError(`${(cls as PyType).name}() takes no arguments`);
  const base = (cls as PyType).base;
  if (base && base.newFn) {
    // Objects/typeobject.c: the base's tp_new allocates the subtype's whole layout (its __dict__
    // and __slots__), so a Python __new__ can set them before __init__ (weakref.KeyedRef.__new__)
    const o = base.newFn(cls as PyType, args.slice(1), null);
    const t = cls as PyType;
    if (t.isHeapType && !o.dict && !o.slots && o.type === t) addInstanceExtras(o, t);
    return o;
  }
  return objectNew(cls as PyType);
}, 'static');
(objNew as any).isObjectNew = true;
T.object.newFn = (t, args, kw) => {
  if ((args.length || (kw && kw.length)) && t.lookup('__init__') === objInit) typeError(`${t.name}() takes no arguments`);
  return objectNew(t);
};
const objRepr = def(T.object, '__repr__', (self) => newStr(defaultRepr(self)));
(objRepr as any).reprFast = defaultRepr;
def(T.object, '__str__', (self) => newStr(ops.repr(self)));
def(T.object, '__eq__', (self, args) => (self === args[0] ? True : NotImplemented));
def(T.object, '__ne__', (self, args) => {
  const eq = self.type.lookup('__eq__');
  if (!eq) return NotImplemented;
  const r = callDescr(eq, self, [args[0]], null);
  if (r === NotImplemented) return r;
  const t = ops.truthy(r);
  decref(r);
  return t ? False : True;
});
def(T.object, '__hash__', (self) => newInt(ops.hashId(self)));
def(T.object, '__format__', (self, args) => {
  const spec = (args[0] as PyStr).v;
  if (spec !== '') typeError(`unsupported format string passed to ${self.type.name}.__format__`);
  // Objects/typeobject.c: object___format___impl — PyObject_Str(self), as it is (ops.ts: strObject)
  return ops.strObject(self);
});
def(T.object, '__setattr__', (self, args) => { genericSetattr(self, (args[0] as PyStr).v, args[1]); return None; });
def(T.object, '__delattr__', (self, args) => { genericDelattr(self, (args[0] as PyStr).v); return None; });
def(T.object, '__getattribute__', (self, args) => {
  const n = (args[0] as PyStr).v;
  // Objects/object.c: _PyObject_GenericGetAttrWithDict sets the error's name and obj itself (both versions),
  // so an explicit object.__getattribute__(self, n) names n, not the attribute the program asked for
  try {
    const r = genericGetattr(self, n);
    if (r === undefined) ops.attrError(self, n);
    return r;
  } catch (e) { ops.attributeErrorContext(e, self, args[0]); throw e; }
});
def(T.object, '__init_subclass__', () => None, 'class');
T.object.attrs.set('__class__', new PyGetSet(T.object, '__class__', (o) => incref(o.type)));
T.object.attrs.set('__dict__', new PyGetSet(T.object, '__dict__', (o) => {
  // a modelled module has only some of CPython's names: its namespace is refused rather than shown short
  if (o.type === T.module) return notSupported(`the __dict__ of module '${(o as any).name}'`);
  // Objects/object.c: PyObject_GenericGetDict — a builtin exception's dict is made when first asked for
  if (!o.dict && o instanceof PyBaseException && !o.type.isHeapType) o.dict = newDict();
  if (!o.dict) {
    // an object CPython gives a __dict__ and heapsnake does not (a staticmethod's): refused
    ops.checkUnmodelled(o, '__dict__');
    raise('AttributeError', `'${o.type.name}' object has no attribute '__dict__'`);
  }
  return incref(materializeDict(o));
}));
T.object.attrs.set('__doc__', None);

/** object.__getattribute__ without the type's overrides. */
export function genericGetattr(o: PyObject, name: string): PyObject | undefined {
  const t = o.type;
  const d = t.lookup(name);
  if (d !== undefined && ops.isDataDescr(d)) return (bind as any)(d, o, t);
  if (o.dict) { const v = dictGetStr(o.dict, name); if (v !== undefined) return incref(v); }
  if (d !== undefined) return ops.isDescr(d) ? bind(d, o, t) : incref(d);
  return undefined;
}
/**
 * Objects/dictobject.c: _PyObject_StoreInstanceAttribute (3.11) / store_instance_attr_lock_held (3.14) — a new
 * name the class's shared keys have no usable slot left for (every instance made takes one while more than one
 * is left: _PyObject_InitInlineValues) turns the instance's values into a dict of its own first
 * (make_dict_from_instance_attributes / _PyObject_MaterializeManagedDict): a real, counted object.
 * Measured: 28 instances of `class P: pass`, then `p.q = q; q.p = p` leaves q with a __dict__ on both versions.
 */
export function beforeInstanceStore(o: PyObject, name: string): void {
  const d = o.dict as any;
  if (!d || !d.inline || o instanceof PyFunction) return;
  const sk = d.shared as SharedKeys | undefined;
  if (sk && sk.usable <= 0 && !sk.names.has(name)) materializeDict(o);
}

ops.setInstanceStoreHook(beforeInstanceStore);

export function genericSetattr(o: PyObject, name: string, v: PyObject): void {
  const d = o.type.lookup(name);
  if (d !== undefined && ops.isDataDescr(d)) { ops.descrSet(d, o, v); return; }
  if (o.dict) { beforeInstanceStore(o, name); dictSetStr(o.dict, name, v); return; }
  raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
}
export function genericDelattr(o: PyObject, name: string): void {
  const d = o.type.lookup(name);
  if (d !== undefined && ops.isDataDescr(d)) { ops.descrSet(d, o, null); return; }
  if (o.dict && dictDelStr(o.dict, name)) return;
  raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
}

// type
const typeRepr = (o: PyObject) => {
  const t = o as PyType;
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
};
const tr = def(T.type, '__repr__', (self) => newStr(typeRepr(self)));
(tr as any).reprFast = typeRepr;
T.type.attrs.set('__name__', new PyGetSet(T.type, '__name__', (o) => newStr((o as PyType).name), (o, v) => { (o as PyType).name = (v as PyStr).v; }));
T.type.attrs.set('__qualname__', new PyGetSet(T.type, '__qualname__', (o) => newStr((o as PyType).qualname), (o, v) => { (o as PyType).qualname = (v as PyStr).v; }));
T.type.attrs.set('__module__', new PyGetSet(T.type, '__module__', (o) => newStr((o as PyType).module)));
T.type.attrs.set('__mro__', new PyGetSet(T.type, '__mro__', (o) => newTuple((o as PyType).mro.map((x) => x))));
T.type.attrs.set('__bases__', new PyGetSet(T.type, '__bases__', (o) => newTuple((o as PyType).bases.slice())));
T.type.attrs.set('__base__', new PyGetSet(T.type, '__base__', (o) => (o as PyType).bases[0] ?? None));
T.type.attrs.set('__doc__', new PyGetSet(T.type, '__doc__', (o) => incref((o as PyType).attrs.get('__doc__') ?? None)));
// Objects/typeobject.c: type_dict — a read-only mappingproxy over the class's namespace (mappingproxy.ts)
T.type.attrs.set('__dict__', new PyGetSet(T.type, '__dict__', (o) => newMappingProxy(o)));
def(T.type, 'mro', (self) => newList((self as PyType).mro.map((x) => x)));
def(T.type, '__subclasses__', () => notSupported('type.__subclasses__()'));
T.type.newFn = (t, args) => {
  if (args.length === 1) return incref(args[0].type);
  if (args.length !== 3) typeError('type() takes 1 or 3 arguments');
  const name = (args[0] as PyStr).v;
  const bases = (args[1] as PyTuple).items as PyType[];
  const ns = args[2] as PyDict;
  return typeNew(name, bases, ns, []);
};

// super: Objects/typeobject.c: super_getattro
T.super.newFn = (_t, args) => {
  let type: PyObject, obj: PyObject;
  if (args.length === 0) {
    const f = vm.top!;
    const code = f.code;
    const ci = code.freevars.indexOf('__class__');
    if (ci < 0) raise('RuntimeError', 'super(): __class__ cell not found');
    const cell = f.lp[code.varnames.length + code.cellvars.length + ci] as PyCell;
    if (!cell.ref) raise('RuntimeError', 'super(): empty __class__ cell');
    if (code.argcount === 0 || !f.lp[0]) raise('RuntimeError', 'super(): no arguments');
    type = cell.ref;
    obj = f.lp[0]!;
    // a cell parameter: self lives in the cell
    if (code.cellvars.length && code.cell2arg[0] === 0 && !f.lp[0]) obj = (f.lp[code.varnames.length] as PyCell).ref!;
  } else if (args.length === 2) { type = args[0]; obj = args[1]; }
  else return typeError('super() takes 0 or 2 arguments');
  if (!(type instanceof PyType)) typeError('super() argument 1 must be a type');
  const objType = obj instanceof PyType && obj.isSubtypeOf(type as PyType) ? obj : obj.type;
  if (!objType.isSubtypeOf(type as PyType)) typeError('super(type, obj): obj must be an instance or subtype of type');
  return newNative(T.super, [type, obj], ['__thisclass__', '__self__'], objType);
};
(T.super as any).nativeGetattr = (s: PyNative, name: string): PyObject | undefined => {
  const type = s.held[0] as PyType;
  const obj = s.held[1]!;
  const objType = s.state as PyType;
  const mro = objType.mro;
  let i = mro.indexOf(type) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].attrs.get(name);
    if (v !== undefined) {
      if (v instanceof PyMethodDescr && v.kind === 'static' && name === '__new__') return incref(v);
      return ops.isDescr(v) ? bind(v, obj === objType ? null : obj, objType) : incref(v);
    }
  }
  return undefined;
};
def(T.super, '__repr__', (s) => newStr(`<super: <class '${((s as PyNative).held[0] as PyType).name}'>, <${((s as PyNative).held[1]!).type.name} object>>`));

// property
T.property.newFn = (_t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  const get = (n: string, i: number) => kws.get(n) ?? pos[i] ?? null;
  const pick = (o: PyObject | null) => (o === None ? null : o);
  return newProperty(pick(get('fget', 0)), pick(get('fset', 1)), pick(get('fdel', 2)), pick(get('doc', 3)));
};
def(T.property, 'setter', (p, args) => { const n = p as PyNative; return newProperty(n.held[0], args[0], n.held[2], n.held[3]); });
def(T.property, 'getter', (p, args) => { const n = p as PyNative; return newProperty(args[0], n.held[1], n.held[2], n.held[3]); });
def(T.property, 'deleter', (p, args) => { const n = p as PyNative; return newProperty(n.held[0], n.held[1], args[0], n.held[3]); });
T.property.attrs.set('fget', new PyGetSet(T.property, 'fget', (p) => incref((p as PyNative).held[0] ?? None)));
T.property.attrs.set('fset', new PyGetSet(T.property, 'fset', (p) => incref((p as PyNative).held[1] ?? None)));
T.staticmethod.newFn = (_t, args) => { argCount('staticmethod', args, 1, 1); return newNative(T.staticmethod, [args[0]], ['__func__']); };
T.classmethod.newFn = (_t, args) => { argCount('classmethod', args, 1, 1); return newNative(T.classmethod, [args[0]], ['__func__']); };
// Objects/funcobject.c: sm_call (3.10+) — a staticmethod object is callable: it calls its function
def(T.staticmethod, '__call__', (p, args, kw) => ops.call((p as PyNative).held[0]!, args, kw));
for (const t of [T.staticmethod, T.classmethod]) {
  t.attrs.set('__func__', new PyGetSet(t, '__func__', (p) => incref((p as PyNative).held[0]!)));
  def(t, '__get__', (p, args) => bind(p, args[0] === None ? null : args[0], (args[1] ?? args[0].type) as PyType));
}

export { isInstance, PyList, PyInt, EMPTY_TUPLE_STATIC, PyBaseException };
