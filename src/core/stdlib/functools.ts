// The functools module: Modules/_functoolsmodule.c (partial, reduce,
// _lru_cache_wrapper, cmp_to_key's KeyWrapper) and Lib/functools.py
// (lru_cache, cache, wraps, update_wrapper, total_ordering, cached_property).

import { PyObject, PyType, PyTuple, PyDict, PyStr, PyInt, PyNative, Label } from '../object.js';
import type { Heap } from '../heap.js';
import { T, EXC } from '../types.js';
import {
  R, None, True, False, NotImplemented, newInt, newStr, newTuple, newDict, newBool, incref, decref, raise, typeError,
  call, callDescr, isInstance, notSupported, splitKw, PyBuiltin, PyMethodDescr, newNative, bindDescr,
} from '../rt.js';
import { registerModule } from '../modules.js';
import { inlineDict, materializeDict } from '../classes.js';
import { binop } from '../num.js';
import * as ops from '../ops.js';
import { dictGet, dictSet, dictItems, dictMerge, dictGetStr, dictClear, dictPop } from '../dict.js';
import { PyExc } from '../errors.js';
import { PyFunction, PyMethod } from '../func.js';
import {
  staticType, defNew, def, getset, checkPositional, noKwargs, parseArgs, bfn, moduleOf, sdesc, heapClass,
} from './util.js';
import { makeNamedTuple } from './collections.js';

const is311 = (): boolean => R.rules.version === '3.11';

function isCallable(o: PyObject): boolean {
  return o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod
    || o instanceof PyMethodDescr || o.type.lookup('__call__') !== undefined;
}

// ================================================================ reduce
const reduceFn = new PyBuiltin('reduce', (args, kw) => {
  let initial: PyObject | undefined;
  let pos = args;
  if (is311()) {
    noKwargs('reduce', kw);
    checkPositional('reduce', args.length, 2, 3);
    initial = args[2];
  } else {
    const [p, kws] = splitKw(args, kw);
    for (const k of kws.keys()) if (k !== 'initial') typeError(`reduce() got an unexpected keyword argument '${k}'`);
    if (p.length < 2) typeError(`reduce() takes at least 2 positional arguments (${p.length} given)`);
    if (p.length + kws.size > 3) typeError(`reduce() takes at most 3 arguments (${p.length + kws.size} given)`);
    if (p.length === 3 && kws.has('initial')) typeError("argument for reduce() given by name ('initial') and position (3)");
    initial = p[2] ?? kws.get('initial');
    pos = p;
  }
  const fn = pos[0], seq = pos[1];
  let it: PyObject;
  try { it = ops.iter(seq); } catch (e) {
    if (e instanceof PyExc && isInstance(e.exc, EXC.TypeError)) { decref(e.exc); typeError('reduce() arg 2 must support iteration'); }
    throw e;
  }
  let result: PyObject | null = initial !== undefined ? incref(initial) : null;
  try {
    for (;;) {
      const x = ops.next(it);
      if (x === null) break;
      if (result === null) { result = x; continue; }
      let r: PyObject;
      try { r = call(fn, [result, x]); } finally { decref(x); }
      decref(result);
      result = r;
    }
  } catch (e) { if (result) decref(result); throw e; } finally { decref(it); }
  if (result === null) typeError('reduce() of empty iterable with no initial value');
  return result!;
});

// ================================================================ partial
/** Modules/_functoolsmodule.c: partialobject — fn, args (tuple), kw (dict), plus an instance __dict__. */
export class PyPartial extends PyObject {
  fn: PyObject; args: PyTuple; kw: PyDict;
  /** 3.14: positions of Placeholder in args. */
  placeholders = 0;
  constructor(type: PyType, fn: PyObject, args: PyTuple, kw: PyDict) { super(type); this.fn = fn; this.args = args; this.kw = kw; }
  override refs(out: [Label, PyObject][]): void {
    out.push(['func', this.fn], ['args', this.args], ['keywords', this.kw]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // partial_clear: fn, args, kw, dict
    const f = this.fn, a = this.args, k = this.kw;
    (this as any).fn = null; (this as any).args = null; (this as any).kw = null;
    if (f) h.decref(f);
    if (a) h.decref(a);
    if (k) h.decref(k);
    super.clear(h);
  }
}
export const PartialType = staticType('partial', 'functools', { gc: true, weakrefable: true, hasDict: true, basicSize: 64 });
defNew(PartialType);
(PartialType as any).nativeDescr = true;

const PlaceholderType = staticType('_PlaceholderType', 'functools', { final: true });
const Placeholder = new PyObject(PlaceholderType);
Placeholder.imm = true;
def(PlaceholderType, '__repr__', () => newStr('Placeholder'));
PlaceholderType.newFn = (_t, args, kw) => {
  if (args.length || (kw && kw.length)) typeError('_PlaceholderType takes no arguments');
  return Placeholder;
};

function dictIsEmptyInline(o: PyObject): boolean {
  const d = o.dict;
  return !d || ((d as any).inline && d.used === 0);
}

PartialType.newFn = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length < 1) typeError("type 'partial' takes at least one argument");
  let func = pos[0];
  let pargs: PyObject[] | null = null;
  let pkw: PyDict | null = null;
  if (func instanceof PyPartial && (is311() || (func.type === PartialType && t === PartialType)) && dictIsEmptyInline(func)) {
    pargs = func.args.items;
    pkw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) typeError('the first argument must be callable');
  let nargs = pos.slice(1);
  if (!is311()) {
    if (nargs.length && nargs[nargs.length - 1] === Placeholder) typeError('trailing Placeholders are not allowed');
    for (const v of kws.values()) if (v === Placeholder) typeError('Placeholder cannot be passed as a keyword argument');
  }
  let items: PyObject[];
  if (pargs) {
    if (!is311() && pargs.includes(Placeholder)) {
      // fill the inner partial's placeholders first
      items = pargs.slice();
      let j = 0;
      for (let i = 0; i < items.length && j < nargs.length; i++) if (items[i] === Placeholder) items[i] = nargs[j++];
      items = [...items, ...nargs.slice(j)];
    } else items = [...pargs, ...nargs];
  } else items = nargs;
  const argsT = newTuple(items.map((x) => incref(x))) as PyTuple;
  const kwD = newDict();
  if (pkw) dictMerge(kwD, pkw, false);
  for (const [k, v] of kws) { const key = newStr(k); dictSet(kwD, key, v); decref(key); }
  const p = new PyPartial(t, incref(func), argsT, kwD);
  p.placeholders = items.filter((x) => x === Placeholder).length;
  p.dict = inlineDict();
  R.heap.track(p);
  return p;
};
function partialCall(p: PyPartial, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw ? kw.length : 0;
  const callPos = args.slice(0, args.length - nkw);
  let pos: PyObject[];
  if (p.placeholders) {
    if (callPos.length < p.placeholders) typeError(`missing positional arguments in 'partial' call; expected at least ${p.placeholders}, got ${callPos.length}`);
    pos = p.args.items.slice();
    let j = 0;
    for (let i = 0; i < pos.length; i++) if (pos[i] === Placeholder) pos[i] = callPos[j++];
    pos = [...pos, ...callPos.slice(j)];
  } else pos = [...p.args.items, ...callPos];
  if (p.kw.used === 0) return call(p.fn, [...pos, ...args.slice(args.length - nkw)], kw);
  // the partial's keywords, overridden by the call's
  const names: string[] = [];
  const vals: PyObject[] = [];
  const callKw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) callKw.set(kw![i], args[args.length - nkw + i]);
  for (const [k, v] of dictItems(p.kw)) {
    if (!(k instanceof PyStr)) typeError('keywords must be strings');
    const s = (k as PyStr).v;
    names.push(s);
    vals.push(callKw.has(s) ? callKw.get(s)! : v);
    callKw.delete(s);
  }
  for (const [k, v] of callKw) { names.push(k); vals.push(v); }
  return call(p.fn, [...pos, ...vals], names);
}
def(PartialType, '__call__', (s, a, kw) => partialCall(s as PyPartial, a, kw));
getset(PartialType, 'func', (s) => incref((s as PyPartial).fn), (_s) => raise('AttributeError', 'readonly attribute'), T.member_descriptor);
getset(PartialType, 'args', (s) => incref((s as PyPartial).args), (_s) => raise('AttributeError', 'readonly attribute'), T.member_descriptor);
getset(PartialType, 'keywords', (s) => incref((s as PyPartial).kw), (_s) => raise('AttributeError', 'readonly attribute'), T.member_descriptor);
const partialReprActive = new Set<PyObject>();
def(PartialType, '__repr__', (s) => {
  const p = s as PyPartial;
  if (partialReprActive.has(p)) return newStr('...');
  partialReprActive.add(p);
  try {
    let arglist = '';
    for (const a of p.args.items.slice()) arglist += `, ${ops.repr(a)}`;
    for (const [k, v] of [...dictItems(p.kw)]) { incref(v); try { arglist += `, ${ops.str(k)}=${ops.repr(v)}`; } finally { decref(v); } }
    const t = p.type;
    let name: string;
    if (is311()) name = t === PartialType ? 'functools.partial' : t.name;
    else name = `${t.module}.${t.qualname}`;
    return newStr(`${name}(${ops.repr(p.fn)}${arglist})`);
  } finally { partialReprActive.delete(p); }
});
// 3.14: partial objects are method descriptors (bound like functions)
def(PartialType, '__get__', (s, a) => {
  const obj = a[0];
  if (is311() || !obj || obj === None) return incref(s);
  const m = new PyMethod(incref(s), incref(obj));
  R.heap.track(m);
  return m;
});

// ================================================================ lru_cache
const kwdMark = new PyObject(T.object); kwdMark.imm = true;

/** functools._lru_list_elem: a cache link (not a GC object). */
const LruElemType = staticType('_lru_list_elem', 'functools', { gc: false });
LruElemType.newFn = () => typeError("cannot create 'functools._lru_list_elem' instances");

interface LruState { maxsize: number; typed: boolean; hits: number; misses: number; order: PyNative[] }
/** Modules/_functoolsmodule.c: lru_cache_object. held: func, cache (dict), cache_info_type. */
export const LruWrapperType = staticType('_lru_cache_wrapper', 'functools', { gc: true, weakrefable: true, hasDict: true, basicSize: 88 });
(LruWrapperType as any).nativeDescr = true;

function makeKey(args: PyObject[], kws: Map<string, PyObject>, typed: boolean): PyObject {
  if (!typed && kws.size === 0) {
    if (args.length === 1 && (args[0].type === T.str || args[0].type === T.int)) return incref(args[0]);
    return newTuple(args.map((x) => incref(x)));
  }
  const items: PyObject[] = args.map((x) => incref(x));
  if (kws.size) {
    items.push(kwdMark);
    for (const [k, v] of kws) { items.push(newStr(k)); items.push(incref(v)); }
  }
  if (typed) {
    for (const a of args) items.push(a.type);
    for (const v of kws.values()) items.push(v.type);
  }
  return newTuple(items);
}
function lruCall(self: PyNative, args: PyObject[], kw: string[] | null): PyObject {
  const st = self.state as LruState;
  const func = self.held[0]!;
  const cache = self.held[1] as PyDict;
  const [pos, kws] = splitKw(args, kw);
  if (st.maxsize === 0) { st.misses++; return call(func, args, kw); }
  // the call's own args tuple, as CPython's tp_call builds it
  const key = makeKey(pos, kws, st.typed);
  try {
    ops.hash(key);
    if (st.maxsize < 0) {
      const hit = dictGet(cache, key);
      if (hit !== undefined) { st.hits++; return incref(hit); }
      st.misses++;
      const result = call(func, args, kw);
      try { dictSet(cache, key, result); } catch (e) { decref(result); throw e; }
      return result;
    }
    const link = dictGet(cache, key) as PyNative | undefined;
    if (link !== undefined) {
      const i = st.order.indexOf(link);
      st.order.splice(i, 1);
      st.order.push(link);
      st.hits++;
      return incref(link.held[1]!);
    }
    st.misses++;
    const result = call(func, args, kw);
    if (dictGet(cache, key) !== undefined) return result;
    if (cache.used < st.maxsize || st.order.length === 0) {
      const nl = newNative(LruElemType, [key, result], ['key', 'result'], null, false);
      dictSet(cache, key, nl);
      st.order.push(nl); // the list keeps the creation reference
      return result;
    }
    // evict the oldest link and reuse it for the new key
    const old = st.order.shift()!;
    const pop = dictPop(cache, old.held[0]!);
    if (pop === undefined) { decref(old); return result; }
    const oldKey = old.held[0]!, oldResult = old.held[1]!;
    old.held[0] = incref(key);
    old.held[1] = incref(result);
    dictSet(cache, key, old);
    st.order.push(old);
    decref(pop);
    decref(oldKey);
    decref(oldResult);
    return result;
  } finally { decref(key); }
}
def(LruWrapperType, '__call__', (s, a, kw) => lruCall(s as PyNative, a, kw));
def(LruWrapperType, 'cache_info', (s) => {
  const o = s as PyNative;
  const st = o.state as LruState;
  const cache = o.held[1] as PyDict;
  const args = [newInt(st.hits), newInt(st.misses), st.maxsize < 0 ? None : newInt(st.maxsize), newInt(st.maxsize === 0 ? 0 : cache.used)];
  try { return call(o.held[2]!, args); } finally { for (const x of args) decref(x); }
});
def(LruWrapperType, 'cache_clear', (s) => {
  const o = s as PyNative;
  const st = o.state as LruState;
  const list = st.order;
  st.order = [];
  st.hits = st.misses = 0;
  dictClear(o.held[1] as PyDict);
  for (const l of list) decref(l);
  return None;
});
def(LruWrapperType, '__get__', (s, a) => {
  const obj = a[0];
  if (!obj || obj === None) return incref(s);
  const m = new PyMethod(incref(s), incref(obj));
  R.heap.track(m);
  return m;
});
def(LruWrapperType, '__copy__', (s) => incref(s));
def(LruWrapperType, '__deepcopy__', (s) => incref(s));
LruWrapperType.newFn = (t, args, kw) => {
  const [func, maxsizeO, typedO, infoType] = parseArgs('lru_cache', args, kw, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4, 4, 'getargs');
  if (!isCallable(func!)) typeError('the first argument must be callable');
  let maxsize: number;
  if (maxsizeO === None) maxsize = -1;
  else if (maxsizeO instanceof PyInt) { maxsize = Number(maxsizeO.v); if (maxsize < 0) maxsize = 0; }
  else return typeError('maxsize should be integer or None');
  const cache = newDict();
  const o = newNative(t, [func!, cache, infoType!], ['__wrapped__', 'cache', 'cache_info_type'], {
    maxsize, typed: ops.truthy(typedO!), hits: 0, misses: 0, order: [],
  } as LruState);
  decref(cache);
  o.dict = inlineDict();
  return o;
};
/** The links owned by the list are references of the wrapper too. */
const lruRefs = PyNative.prototype.refs;
void lruRefs;

// ================================================================ update_wrapper / wraps
function assignments(): string[] {
  return is311() ? ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']
    : ['__module__', '__name__', '__qualname__', '__doc__', '__annotate__', '__type_params__'];
}
function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: PyObject | null, updated: PyObject | null): PyObject {
  const names = assigned ? ops.toArray(assigned).map((o) => { const s = ops.str(o); decref(o); return s; }) : assignments();
  for (const attr of names) {
    let value: PyObject | undefined;
    try { value = ops.getattrOpt(wrapped, attr); } catch (e) {
      if (e instanceof PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); continue; }
      throw e;
    }
    if (value === undefined) continue;
    try { ops.setattr(wrapper, attr, value); } finally { decref(value); }
  }
  const upd = updated ? ops.toArray(updated).map((o) => { const s = ops.str(o); decref(o); return s; }) : ['__dict__'];
  for (const attr of upd) {
    const target = ops.getattr(wrapper, attr);
    try {
      let src: PyObject | undefined;
      try { src = ops.getattrOpt(wrapped, attr); } catch (e) {
        if (e instanceof PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); src = undefined; } else throw e;
      }
      const source = src ?? newDict();
      try {
        const m = ops.getattr(target, 'update');
        try { decref(call(m, [source])); } finally { decref(m); }
      } finally { decref(source); }
    } finally { decref(target); }
  }
  ops.setattr(wrapper, '__wrapped__', wrapped);
  return incref(wrapper);
}
const updateWrapperFn = new PyBuiltin('update_wrapper', (args, kw) => {
  const [wrapper, wrapped, assigned, updated] = parseArgs('update_wrapper', args, kw, ['wrapper', 'wrapped', 'assigned', 'updated'], 2);
  return updateWrapper(wrapper!, wrapped!, assigned ?? null, updated ?? null);
});

// ================================================================ total_ordering
const ROOTS = ['__lt__', '__le__', '__gt__', '__ge__'];
function cmpCall(self: PyObject, name: string, other: PyObject): PyObject {
  const cls = self.type;
  const m = ops.getattr(cls, name);
  try { return call(m, [self, other]); } finally { decref(m); }
}
function notOf(r: PyObject): boolean { return !ops.truthy(r); }
function neq(a: PyObject, b: PyObject): boolean { const r = ops.richCompare(a, b, '!='); try { return ops.truthy(r); } finally { decref(r); } }
function eqq(a: PyObject, b: PyObject): boolean { const r = ops.richCompare(a, b, '=='); try { return ops.truthy(r); } finally { decref(r); } }
type Derived = (self: PyObject, other: PyObject) => PyObject;
function derive(root: string, f: (r: PyObject, self: PyObject, other: PyObject) => PyObject): Derived {
  return (self, other) => {
    const r = cmpCall(self, root, other);
    if (r === NotImplemented) return r;
    try { return f(r, self, other); } finally { decref(r); }
  };
}
const CONVERT: Record<string, [string, Derived][]> = {
  __lt__: [
    ['__gt__', derive('__lt__', (r, s, o) => newBool(notOf(r) && neq(s, o)))],
    ['__le__', derive('__lt__', (r, s, o) => newBool(ops.truthy(r) || eqq(s, o)))],
    ['__ge__', derive('__lt__', (r) => newBool(notOf(r)))],
  ],
  __le__: [
    ['__ge__', derive('__le__', (r, s, o) => newBool(notOf(r) || eqq(s, o)))],
    ['__lt__', derive('__le__', (r, s, o) => newBool(ops.truthy(r) && neq(s, o)))],
    ['__gt__', derive('__le__', (r) => newBool(notOf(r)))],
  ],
  __gt__: [
    ['__lt__', derive('__gt__', (r, s, o) => newBool(notOf(r) && neq(s, o)))],
    ['__ge__', derive('__gt__', (r, s, o) => newBool(ops.truthy(r) || eqq(s, o)))],
    ['__le__', derive('__gt__', (r) => newBool(notOf(r)))],
  ],
  __ge__: [
    ['__le__', derive('__ge__', (r, s, o) => newBool(notOf(r) || eqq(s, o)))],
    ['__gt__', derive('__ge__', (r, s, o) => newBool(ops.truthy(r) && neq(s, o)))],
    ['__lt__', derive('__ge__', (r) => newBool(notOf(r)))],
  ],
};
const DERIVED_DESCRS = new Map<string, PyMethodDescr>();
for (const [root, list] of Object.entries(CONVERT)) {
  for (const [name, fn] of list) DERIVED_DESCRS.set(`${root}>${name}`, sdesc('functools', name, (s, a) => fn(s, a[0])));
}
const totalOrdering = new PyBuiltin('total_ordering', (args, kw) => {
  noKwargs('total_ordering', kw);
  if (args.length !== 1) typeError(`total_ordering() takes 1 positional argument but ${args.length} were given`);
  const cls = args[0];
  const roots: string[] = [];
  for (const op of ROOTS) {
    const mine = ops.getattrOpt(cls, op);
    const base = T.object.lookup(op);
    const baseBound = base ? bindDescr(base, null, T.object) : undefined;
    const differs = !(mine === undefined && baseBound === undefined) && !(mine !== undefined && baseBound !== undefined && (mine === baseBound || sameDescr(mine, baseBound)));
    if (mine) decref(mine);
    if (baseBound) decref(baseBound);
    if (differs) roots.push(op);
  }
  if (!roots.length) raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = roots.slice().sort().pop()!; // max(roots): __lt__ > __le__ > __gt__ > __ge__
  for (const [opname] of CONVERT[root]) {
    if (roots.includes(opname)) continue;
    ops.setattr(cls, opname, DERIVED_DESCRS.get(`${root}>${opname}`)!);
  }
  return incref(cls);
});
function sameDescr(a: PyObject, b: PyObject): boolean {
  return a instanceof PyMethodDescr && b instanceof PyMethodDescr && a.fn === b.fn;
}

// ================================================================ cmp_to_key
const KeyWrapperType = staticType('KeyWrapper', 'functools', { gc: true });
KeyWrapperType.attrs.set('__hash__', None);
KeyWrapperType.newFn = () => typeError("cannot create 'functools.KeyWrapper' instances");
def(KeyWrapperType, '__call__', (s, a, kw) => {
  const [obj] = parseArgs('K', a, kw, ['obj'], 1);
  return newNative(KeyWrapperType, [(s as PyNative).held[0], obj!], ['cmp', 'obj']);
});
getset(KeyWrapperType, 'obj', (s) => {
  const o = (s as PyNative).held[1];
  if (!o) raise('AttributeError', 'obj');
  return incref(o!);
}, null, T.member_descriptor);
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(KeyWrapperType, n, (s, a) => {
    const o = a[0];
    if (o.type !== KeyWrapperType) typeError('other argument must be K instance');
    const x = (s as PyNative).held[1], y = (o as PyNative).held[1];
    if (!x || !y) raise('AttributeError', 'object');
    const res = call((s as PyNative).held[0]!, [x!, y!]);
    const zero = newInt(0);
    try { return ops.richCompare(res, zero, op); } finally { decref(res); }
  });
}
const cmpToKey = new PyBuiltin('cmp_to_key', (args, kw) => {
  const [mycmp] = parseArgs('cmp_to_key', args, kw, ['mycmp'], 1);
  return newNative(KeyWrapperType, [mycmp!, null], ['cmp', 'obj']);
});

// ================================================================ cached_property (a Python class: created per run)
const cachedPropertyMethods: Record<string, PyObject> = {
  __init__: sdesc('cached_property', '__init__', (self, args, kw) => {
    const [func] = parseArgs('cached_property.__init__', args, kw, ['func'], 1);
    ops.setattr(self, 'func', func!);
    ops.setattr(self, 'attrname', None);
    const doc = ops.getattr(func!, '__doc__');
    try { ops.setattr(self, '__doc__', doc); } finally { decref(doc); }
    if (!is311()) {
      const mod = ops.getattr(func!, '__module__');
      try { ops.setattr(self, '__module__', mod); } finally { decref(mod); }
    } else notSupportedLock(self);
    return None;
  }),
  __set_name__: sdesc('cached_property', '__set_name__', (self, a) => {
    const [, name] = a;
    const cur = ops.getattr(self, 'attrname');
    try {
      if (cur === None) ops.setattr(self, 'attrname', name);
      else if (!eqq(name, cur)) typeError(`Cannot assign the same cached_property to two different names (${ops.repr(cur)} and ${ops.repr(name)}).`);
    } finally { decref(cur); }
    return None;
  }),
  __get__: sdesc('cached_property', '__get__', (self, a) => {
    const instance = a[0];
    if (!instance || instance === None) return incref(self);
    const attrname = ops.getattr(self, 'attrname');
    try {
      if (attrname === None) typeError('Cannot use cached_property instance without calling __set_name__ on it.');
      let cache: PyObject | undefined;
      try { cache = ops.getattrOpt(instance, '__dict__'); } catch (e) {
        if (e instanceof PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); cache = undefined; } else throw e;
      }
      if (cache === undefined) typeError(`No '__dict__' attribute on ${ops.repr(newStr(instance.type.name))} instance to cache ${ops.repr(attrname)} property.`);
      try {
        const hit = dictGet(cache as PyDict, attrname);
        if (hit !== undefined) return incref(hit);
        const func = ops.getattr(self, 'func');
        let val: PyObject;
        try { val = call(func, [instance]); } finally { decref(func); }
        try { ops.setitem(cache!, attrname, val); } catch (e) {
          if (e instanceof PyExc && isInstance(e.exc, EXC.TypeError)) {
            decref(e.exc); decref(val);
            typeError(`The '__dict__' attribute on ${ops.repr(newStr(instance.type.name))} instance does not support item assignment for caching ${ops.repr(attrname)} property.`);
          }
          throw e;
        }
        return val;
      } finally { decref(cache!); }
    } finally { decref(attrname); }
  }),
};
function notSupportedLock(self: PyObject): void {
  // 3.11's cached_property also creates an RLock (self.lock): threading is not modelled
  void self;
  notSupported('functools.cached_property on Python 3.11', 'it creates a threading.RLock, which heapsnake does not model');
}

// ================================================================ the module
registerModule('functools', () => {
  const cacheInfo = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], null, 'functools');
  const cachedProperty = heapClass('cached_property', 'functools', [T.object], cachedPropertyMethods);
  const makeWrapper = (userFunction: PyObject, maxsize: PyObject, typed: PyObject): PyObject => {
    const wrapper = call(LruWrapperType, [userFunction, maxsize, typed, cacheInfo]);
    try {
      const params = new PyBuiltin('<lambda>', () => {
        const d = newDict();
        const k1 = newStr('maxsize'), k2 = newStr('typed');
        dictSet(d, k1, maxsize); dictSet(d, k2, typed);
        decref(k1); decref(k2);
        return d;
      });
      (params as any).held = [maxsize, typed];
      try { ops.setattr(wrapper, 'cache_parameters', params); } finally { decref(params); }
      return updateWrapper(wrapper, userFunction, null, null);
    } finally { decref(wrapper); }
  };
  const lruCache = bfn('lru_cache', (args, kw) => {
    const [maxsizeA, typedA] = parseArgs('lru_cache', args, kw, ['maxsize', 'typed'], 0, 2);
    let maxsize: PyObject = maxsizeA ?? newInt(128);
    const typed = typedA ?? False;
    if (maxsize instanceof PyInt) {
      if (Number(maxsize.v) < 0) maxsize = newInt(0);
    } else if (isCallable(maxsize) && (typed === True || typed === False)) {
      const m128 = newInt(128);
      return makeWrapper(maxsize, m128, typed);
    } else if (maxsize !== None) {
      typeError('Expected first argument to be an integer, a callable, or None');
    }
    const ms = maxsize, ty = typed;
    return new PyBuiltin('decorating_function', (a2, kw2) => {
      const [uf] = parseArgs('decorating_function', a2, kw2, ['user_function'], 1);
      return makeWrapper(uf!, ms, ty);
    });
  });
  const cache = bfn('cache', (args, kw) => {
    const [uf] = parseArgs('cache', args, kw, ['user_function'], 1);
    return makeWrapper(uf!, None, False);
  });
  const assignedT = newTuple(assignments().map((s) => R.intern(s)));
  const updatesT = newTuple([R.intern('__dict__')]);
  const wraps = bfn('wraps', (args, kw) => {
    const [wrapped, assigned, updated] = parseArgs('wraps', args, kw, ['wrapped', 'assigned', 'updated'], 1);
    const kwNames = ['wrapped', 'assigned', 'updated'];
    return call(PartialType, [updateWrapperFn, wrapped!, assigned ?? assignedT, updated ?? updatesT], kwNames);
  });
  const members: Record<string, PyObject> = {
    reduce: reduceFn,
    partial: PartialType,
    lru_cache: lruCache,
    cache,
    wraps,
    update_wrapper: updateWrapperFn,
    WRAPPER_ASSIGNMENTS: assignedT,
    WRAPPER_UPDATES: updatesT,
    total_ordering: totalOrdering,
    cmp_to_key: cmpToKey,
    cached_property: cachedProperty,
    _lru_cache_wrapper: LruWrapperType,
    _CacheInfo: cacheInfo,
    partialmethod: bfn('partialmethod', () => notSupported('functools.partialmethod')),
    singledispatch: bfn('singledispatch', () => notSupported('functools.singledispatch')),
    singledispatchmethod: bfn('singledispatchmethod', () => notSupported('functools.singledispatchmethod')),
  };
  if (!is311()) members.Placeholder = Placeholder;
  return moduleOf('functools', members);
});

export { materializeDict, dictGetStr, binop, True, PyTuple, PyDict, PyStr, callDescr };
