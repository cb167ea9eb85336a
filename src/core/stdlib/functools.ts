// The functools module: Modules/_functoolsmodule.c (partial, reduce,
// _lru_cache_wrapper, cmp_to_key's KeyWrapper) and Lib/functools.py
// (lru_cache, cache, wraps, update_wrapper, total_ordering, cached_property).

import { holding, exCall } from '../nativeheld.js';
import { PyObject, PyType, PyTuple, PyDict, PyStr, PyInt, PyNative, Label } from '../object.js';
import type { Heap } from '../heap.js';
import { T, EXC } from '../types.js';
import {
  R, None, True, False, NotImplemented, newInt, newStr, newTuple, newDict, newBool, incref, decref, raise, typeError,
  call, callDescr, isInstance, notSupported, splitKw, PyBuiltin, PyMethodDescr, newNative, bindDescr,
} from '../rt.js';
import { registerModule, makeModule } from '../modules.js';
import { runLibrary, membersOf } from './pylib.js';
import { inlineDict, materializeDict } from '../classes.js';
import { binop } from '../num.js';
import * as ops from '../ops.js';
import { dictGet, dictSet, dictItems, dictMerge, dictGetStr, dictClear, dictPop } from '../dict.js';
import { PyExc } from '../errors.js';
import { PyFunction, PyMethod } from '../func.js';
import {
  staticType, defNew, def, getset, checkPositional, noKwargs, parseArgs, bfn, moduleOf, sdesc, heapClass, heapClone,
  refusedClass,
} from './util.js';

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
  const exact = (R as any).partialType ?? PartialType;
  if (func instanceof PyPartial && (is311() || (func.type === exact && t === exact)) && dictIsEmptyInline(func)) {
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
  const viaEx = exCall.on;
  exCall.on = false;
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
  // Modules/_functoolsmodule.c: a partial with keywords of its own is called through
  // partial_vectorcall_fallback: _PyObject_MakeTpCall's tuple and dict of the call's arguments, then
  // partial_call's args2 (PySequence_Concat: the same tuple when either side is empty) and kwargs2
  // (PyDict_Copy of the partial's keywords, merged), then PyObject_Call's _PyStack_UnpackDict array.
  // CALL_FUNCTION_EX's PyObject_Call reaches partial_call with its own tuple and dict instead.
  // NON-CPYTHON: the tuples and dicts are not allocated; their references are counted.
  const heldRefs: PyObject[] = viaEx ? [] : [...args];
  if (!p.placeholders && p.args.items.length && callPos.length) heldRefs.push(...pos);
  heldRefs.push(...vals, ...pos, ...vals);
  for (const v of heldRefs) incref(v);
  try {
    return holding("partial_call's argument tuples, keyword dicts and array (Modules/_functoolsmodule.c)", heldRefs, () => call(p.fn, [...pos, ...vals], names));
  } finally { for (const v of heldRefs) decref(v); }
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
    if (is311()) name = t === PartialType || t === (R as any).partialType ? 'functools.partial' : t.name;
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
/**
 * Modules/_functoolsmodule.c: lru_cache_object. held: cache (dict), func, cache_info_type;
 * the LRU list (state.order) owns one reference to each link.
 * NON-CPYTHON: CPython's traverse visits each link's key and result directly (the
 * links are not GC objects), so a reference cycle through a cached result can be
 * collected there; here the links are the wrapper's references and such a cycle is not.
 */
export class PyLru extends PyNative {
  override refs(out: [Label, PyObject][]): void {
    super.refs(out);
    (this.state as LruState).order.forEach((link, i) => out.push([`lru list[${i}]`, link]));
  }
  override clear(h: Heap): void {
    // lru_cache_tp_clear: unlink the list, clear cache, func, cache_info_type, dict, then free the links
    const list = (this.state as LruState).order;
    (this.state as LruState).order = [];
    super.clear(h);
    for (const l of list) h.decref(l);
  }
}
export const LruWrapperType = staticType('_lru_cache_wrapper', 'functools', { gc: true, weakrefable: true, hasDict: true, basicSize: 88 });
(LruWrapperType as any).nativeDescr = true;
defNew(LruWrapperType);

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
  const cache = self.held[0] as PyDict;
  const func = self.held[1]!;
  const [pos, kws] = splitKw(args, kw);
  if (st.maxsize === 0) { st.misses++; return call(func, args, kw); }
  // the call's own args tuple, as CPython's tp_call builds it
  const key = makeKey(pos, kws, st.typed);
  try {
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
  const cache = o.held[0] as PyDict;
  const args = [newInt(st.hits), newInt(st.misses), st.maxsize < 0 ? None : newInt(st.maxsize), newInt(st.maxsize === 0 ? 0 : cache.used)];
  try { return call(o.held[2]!, args); } finally { for (const x of args) decref(x); }
});
def(LruWrapperType, 'cache_clear', (s) => {
  const o = s as PyNative;
  const st = o.state as LruState;
  const list = st.order;
  st.order = [];
  st.hits = st.misses = 0;
  dictClear(o.held[0] as PyDict);
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
  const o = new PyLru(t, [cache, incref(func!), incref(infoType!)], ['cache', 'func', 'cache_info_type'], {
    maxsize, typed: ops.truthy(typedO!), hits: 0, misses: 0, order: [],
  } as LruState);
  o.dict = inlineDict();
  R.heap.track(o);
  return o;
};

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

// ================================================================ the Python half (Lib/functools.py)
function source(v311: boolean): string {
  const assigned = v311 ? "('__module__', '__name__', '__qualname__', '__doc__',\n                       '__annotations__')"
    : "('__module__', '__name__', '__qualname__', '__doc__',\n                       '__annotate__', '__type_params__')";
  return `
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ${assigned}
WRAPPER_UPDATES = ('__dict__',)
def update_wrapper(wrapper,
                   wrapped,
                   assigned = WRAPPER_ASSIGNMENTS,
                   updated = WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped,
          assigned = WRAPPER_ASSIGNMENTS,
          updated = WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}

def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function

def cache(user_function):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
${v311 ? '' : '        self.__module__ = func.__module__\n'}
    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val
`;
}

registerModule('functools', () => {
  // per-run heap copies, so that partial (3.14) and the cache wrapper bind as methods
  const partialT = heapClone(PartialType);
  if (is311()) partialT.attrs.delete('__get__'); // partial objects became method descriptors in 3.14
  const lruT = heapClone(LruWrapperType);
  (R as any).partialType = partialT;
  const g = runLibrary('functools', source(is311()), {
    partial: partialT, reduce: reduceFn, cmp_to_key: cmpToKey, _lru_cache_wrapper: lruT,
  });
  const members = membersOf(g);
  members.partialmethod = refusedClass('partialmethod', 'functools.partialmethod');
  members.singledispatch = bfn('singledispatch', () => notSupported('functools.singledispatch'));
  members.singledispatchmethod = refusedClass('singledispatchmethod', 'functools.singledispatchmethod');
  if (!is311()) members.Placeholder = Placeholder;
  return makeModule('functools', members);
});

export { materializeDict, dictGetStr, binop, True, PyTuple, PyDict, PyStr, callDescr, heapClass, sdesc, getset, Placeholder };
