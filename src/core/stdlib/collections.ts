// The collections module: Modules/_collectionsmodule.c (deque, defaultdict,
// _tuplegetter), Objects/odictobject.c (OrderedDict) and Lib/collections/
// __init__.py (namedtuple, Counter — Python classes, created per run here).

import { dictSize } from '../sizeof.js';
import { PyObject, PyType, PyTuple, PyList, PyDict, PyInt, PyStr, PyFloat, PyCell, Label } from '../object.js';
import type { Heap } from '../heap.js';
import { T, EXC } from '../types.js';
import {
  R, None, True, False, NotImplemented, newInt, newStr, newTuple, newList, newDict, newBool, incref, decref, raise, typeError,
  call, callDescr, isInstance, notSupported, splitKw, PyGetSet, PyMethodDescr, newNative, PyBuiltin,
} from '../rt.js';
import { registerModule } from '../modules.js';
import { inlineDict, getVM, objectNew } from '../classes.js';
import { binop } from '../num.js';
import * as ops from '../ops.js';
import { dictGet, dictSet, dictDel, dictItems, dictMerge, dictGetStr, dictSetStr, dictPop, removeAt } from '../dict.js';
import { builtinRepr, strRepr } from '../repr.js';
import { keyError, trackedTuple, listSort } from '../typemethods.js';
import { PyExc } from '../errors.js';
import {
  staticType, defNew, def, getset, iterType, setHeld, parseArgs, noKwargs, checkPositional, asSsize, bfn, moduleOf,
  bindArgs, sdesc, heapClass, Method,
  refusedClass,
} from './util.js';
import { ChainType, StarmapType, RepeatType } from './itertools.js';

const is311 = (): boolean => R.rules.version === '3.11';

// ================================================================ deque
const BLOCKLEN = 64, CENTER = 31;

/** Modules/_collectionsmodule.c: dequeobject — items plus the block bookkeeping sys.getsizeof needs. */
export class PyDeque extends PyObject {
  items: PyObject[] = [];
  maxlen = -1;
  /** leftindex of the leftmost block (BLOCKLEN layout), for __sizeof__. */
  leftindex = CENTER + 1;
  /** Bumped on every mutation (deque->state): iterators detect changes. */
  state = 0;
  constructor(type: PyType) { super(type); }
  override refs(out: [Label, PyObject][]): void {
    const it = this.items;
    for (let i = 0; i < it.length; i++) out.push([`[${i}]`, it[i]]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // deque_clear: the items are released from the left
    const it = this.items;
    this.items = [];
    this.leftindex = CENTER + 1;
    for (let i = 0; i < it.length; i++) h.decref(it[i]);
    super.clear(h);
  }
}

export const DequeType = staticType('deque', 'collections', { gc: true, basicSize: 216, weakrefable: true });
defNew(DequeType);
const DequeIterType = staticType('_deque_iterator', '_collections', { gc: true });
const DequeRevIterType = staticType('_deque_reverse_iterator', '_collections', { gc: true });

function dq(o: PyObject): PyDeque { return o as PyDeque; }
function dequeNew(t: PyType): PyDeque {
  const d = new PyDeque(t);
  if (t.isHeapType && t.hasDict) d.dict = inlineDict();
  R.heap.track(d);
  return d;
}
DequeType.newFn = (t) => dequeNew(t);

// block bookkeeping (deque_append_internal / deque_pop / ...): only leftindex matters for the size
function noteAppendLeft(d: PyDeque): void { d.leftindex = d.leftindex === 0 ? BLOCKLEN - 1 : d.leftindex - 1; }
function notePopLeft(d: PyDeque): void {
  if (d.items.length === 0) d.leftindex = CENTER + 1;
  else { d.leftindex++; if (d.leftindex === BLOCKLEN) d.leftindex = 0; }
}
function notePop(d: PyDeque): void { if (d.items.length === 0) d.leftindex = CENTER + 1; }

/** Append (v borrowed), trimming from the left when over maxlen. */
function dequeAppend(d: PyDeque, v: PyObject): void {
  d.items.push(incref(v));
  d.state++;
  if (d.maxlen >= 0 && d.items.length > d.maxlen) {
    const old = d.items.shift()!;
    notePopLeft(d);
    decref(old);
  }
}
function dequeAppendLeft(d: PyDeque, v: PyObject): void {
  d.items.unshift(incref(v));
  noteAppendLeft(d);
  d.state++;
  if (d.maxlen >= 0 && d.items.length > d.maxlen) {
    const old = d.items.pop()!;
    notePop(d);
    decref(old);
  }
}
function dequePop(d: PyDeque): PyObject {
  if (!d.items.length) raise('IndexError', 'pop from an empty deque');
  const v = d.items.pop()!;
  notePop(d);
  d.state++;
  return v;
}
function dequePopLeft(d: PyDeque): PyObject {
  if (!d.items.length) raise('IndexError', 'pop from an empty deque');
  const v = d.items.shift()!;
  notePopLeft(d);
  d.state++;
  return v;
}
function dequeClear(d: PyDeque): void {
  const it = d.items;
  d.items = [];
  d.leftindex = CENTER + 1;
  d.state++;
  for (const x of it) decref(x);
}
function dequeExtend(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    // deque_extend on itself: extend with a copy (a list)
    const copy = newList(d.items.map((x) => incref(x)));
    try { dequeExtend(d, copy, left); } finally { decref(copy); }
    return;
  }
  if (d.maxlen === 0) {
    // consume_iterator: the items are fetched and dropped
    ops.forEach(iterable, () => {});
    return;
  }
  // space-saving heuristic: an empty deque is filled from the left end (extend) or the right end (extendleft)
  if (d.items.length === 0) d.leftindex = left ? BLOCKLEN - 1 : 1;
  ops.forEach(iterable, (x) => { if (left) dequeAppendLeft(d, x); else dequeAppend(d, x); });
}
function dequeRotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  if (n > 0) {
    const moved = d.items.splice(len - n, n);
    d.items.unshift(...moved);
    for (let i = 0; i < n; i++) noteAppendLeft(d);
  } else if (n < 0) {
    const moved = d.items.splice(0, -n);
    d.items.push(...moved);
    for (let i = 0; i < -n; i++) { d.leftindex++; if (d.leftindex === BLOCKLEN) d.leftindex = 0; }
  }
  d.state++;
}
function dequeIndex(d: PyDeque, k: PyObject, what = 'deque index out of range'): number {
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`sequence index must be integer, not '${k.type.name}'`);
  let i = asSsize(k);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) raise('IndexError', what);
  return i;
}

DequeType.attrs.set('__hash__', None);
def(DequeType, '__init__', (self, args, kw) => {
  const [iterable, maxlenO] = parseArgs('deque', args, kw, ['iterable', 'maxlen'], 0, 2, 'getargs');
  const d = dq(self);
  let maxlen = -1;
  if (maxlenO !== undefined && maxlenO !== None) {
    if (!(maxlenO instanceof PyInt)) typeError('an integer is required');
    maxlen = asSsize(maxlenO);
    if (maxlen < 0) raise('ValueError', 'maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length) dequeClear(d);
  if (iterable !== undefined) dequeExtend(d, iterable, false);
  return None;
});
def(DequeType, 'append', (s, a) => { checkPositional('append', a.length, 1, 1); dequeAppend(dq(s), a[0]); return None; });
def(DequeType, 'appendleft', (s, a) => { checkPositional('appendleft', a.length, 1, 1); dequeAppendLeft(dq(s), a[0]); return None; });
def(DequeType, 'pop', (s) => dequePop(dq(s)));
def(DequeType, 'popleft', (s) => dequePopLeft(dq(s)));
def(DequeType, 'extend', (s, a) => { checkPositional('extend', a.length, 1, 1); dequeExtend(dq(s), a[0], false); return None; });
def(DequeType, 'extendleft', (s, a) => { checkPositional('extendleft', a.length, 1, 1); dequeExtend(dq(s), a[0], true); return None; });
def(DequeType, 'clear', (s) => { dequeClear(dq(s)); return None; });
def(DequeType, 'rotate', (s, a) => {
  checkPositional('rotate', a.length, 0, 1);
  const n = a.length ? asSsize(a[0]) : 1;
  dequeRotate(dq(s), n);
  return None;
});
def(DequeType, 'reverse', (s) => { dq(s).items.reverse(); dq(s).state++; return None; });
/**
 * Modules/_collectionsmodule.c: deque_index / deque_remove / deque_contains — the first position in
 * [start, stop) equal to x, or -1; each item is held across the comparison, and a comparison that
 * mutates the deque raises `exc` (IndexError for remove, as CPython does).
 */
function dequeFind(d: PyDeque, x: PyObject, start: number, stop: number, exc: 'RuntimeError' | 'IndexError'): number {
  const st = d.state;
  for (let i = start; i < stop && i < d.items.length; i++) {
    const item = d.items[i];
    incref(item);
    let eq: boolean;
    try { eq = ops.eq(item, x); } finally { decref(item); }
    if (d.state !== st) raise(exc, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}
def(DequeType, 'count', (s, a) => {
  const d = dq(s);
  const st = d.state;
  let n = 0;
  for (const x of d.items.slice()) {
    if (ops.eq(x, a[0])) n++;
    if (d.state !== st) raise('RuntimeError', 'deque mutated during iteration');
  }
  return newInt(n);
});
def(DequeType, 'index', (s, a) => {
  checkPositional('index', a.length, 1, 3);
  const d = dq(s);
  const n = d.items.length;
  const norm = (o: PyObject | undefined, dflt: number) => {
    if (o === undefined) return dflt;
    let i = asSsize(o);
    if (i < 0) { i += n; if (i < 0) i = 0; }
    return Math.min(i, n);
  };
  const i = dequeFind(d, a[0], norm(a[1], 0), norm(a[2], n), 'RuntimeError');
  if (i >= 0) return newInt(i);
  return raise('ValueError', is311() ? `${ops.repr(a[0])} is not in deque` : 'deque.index(x): x not in deque');
});
def(DequeType, 'insert', (s, a) => {
  checkPositional('insert', a.length, 2, 2);
  const d = dq(s);
  if (d.maxlen >= 0 && d.items.length >= d.maxlen) raise('IndexError', 'deque already at its maximum size');
  const n = d.items.length;
  let i = asSsize(a[0]);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (i === n) { dequeAppend(d, a[1]); return None; }
  if (i === 0) { dequeAppendLeft(d, a[1]); return None; }
  // deque_insert: rotate(-i), appendleft(x), rotate(i)
  dequeRotate(d, -i);
  dequeAppendLeft(d, a[1]);
  dequeRotate(d, i);
  return None;
});
def(DequeType, 'remove', (s, a) => {
  const d = dq(s);
  const i = dequeFind(d, a[0], 0, d.items.length, 'IndexError');
  if (i >= 0) {
    const v = d.items.splice(i, 1)[0];
    if (i === 0) notePopLeft(d); else notePop(d);
    d.state++;
    decref(v);
    return None;
  }
  return raise('ValueError', is311() ? `${ops.repr(a[0])} is not in deque` : 'deque.remove(x): x not in deque');
});
def(DequeType, 'copy', (s) => dequeCopy(dq(s)));
def(DequeType, '__copy__', (s) => dequeCopy(dq(s)));
function dequeCopy(d: PyDeque): PyObject {
  if (d.type === DequeType) {
    const n = dequeNew(DequeType);
    n.maxlen = d.maxlen;
    try {
      if (d.items.length === 1) dequeAppend(n, d.items[0]);
      else dequeExtend(n, d, false);
    } catch (e) { decref(n); throw e; }
    return n;
  }
  const args: PyObject[] = [d];
  if (d.maxlen >= 0) { const ml = newInt(d.maxlen); try { return call(d.type, [d, ml]); } finally { decref(ml); } }
  return call(d.type, args);
}
def(DequeType, '__len__', (s) => newInt(dq(s).items.length));
def(DequeType, '__bool__', (s) => newBool(dq(s).items.length > 0));
def(DequeType, '__getitem__', (s, a) => {
  const d = dq(s);
  if (a[0].type === T.slice) typeError("sequence index must be integer, not 'slice'");
  return incref(d.items[dequeIndex(d, a[0])]);
});
def(DequeType, '__setitem__', (s, a) => {
  const d = dq(s);
  if (a[0].type === T.slice) typeError("sequence index must be integer, not 'slice'");
  const i = dequeIndex(d, a[0], 'deque assignment index out of range');
  const old = d.items[i];
  d.items[i] = incref(a[1]);
  decref(old);
  return None;
});
def(DequeType, '__delitem__', (s, a) => {
  const d = dq(s);
  if (a[0].type === T.slice) typeError("sequence index must be integer, not 'slice'");
  const i = dequeIndex(d, a[0], 'deque index out of range');
  // deque_del_item: rotate(-i), popleft(), rotate(i)
  dequeRotate(d, -i);
  const v = dequePopLeft(d);
  dequeRotate(d, i);
  decref(v);
  return None;
});
def(DequeType, '__contains__', (s, a) => {
  const d = dq(s);
  return dequeFind(d, a[0], 0, d.items.length, 'RuntimeError') >= 0 ? True : False;
});
def(DequeType, '__iter__', (s) => newNative(DequeIterType, [s], ['deque'], { index: 0, state: dq(s).state, counter: dq(s).items.length }));
def(DequeType, '__reversed__', (s) => newNative(DequeRevIterType, [s], ['deque'], { index: dq(s).items.length - 1, state: dq(s).state, counter: dq(s).items.length }));
for (const [t, rev] of [[DequeIterType, false], [DequeRevIterType, true]] as const) {
  iterType(t, (it) => {
    const d = it.held[0] as PyDeque | null;
    if (!d) return null;
    const st = it.state;
    if (d.state !== st.state) { st.counter = 0; raise('RuntimeError', 'deque mutated during iteration'); }
    if (st.counter === 0) return null;
    const v = d.items[st.index];
    st.index += rev ? -1 : 1;
    st.counter--;
    return incref(v);
  });
  def(t, '__length_hint__', (s) => newInt((s as any).state.counter));
}
function dequeReprOf(d: PyDeque): string {
  const name = d.type.name;
  if (reprActive.has(d)) return '[...]';
  reprActive.add(d);
  try {
    const inner = '[' + d.items.map((x) => ops.repr(x)).join(', ') + ']';
    return d.maxlen >= 0 ? `${name}(${inner}, maxlen=${d.maxlen})` : `${name}(${inner})`;
  } finally { reprActive.delete(d); }
}
const reprActive = new Set<PyObject>();
def(DequeType, '__repr__', (s) => newStr(dequeReprOf(dq(s))));
getset(DequeType, 'maxlen', (s) => (dq(s).maxlen < 0 ? None : newInt(dq(s).maxlen)));
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(DequeType, n, (s, a) => {
    const o = a[0];
    if (!(o instanceof PyDeque)) return NotImplemented;
    const x = dq(s).items.slice(), y = o.items.slice();
    for (const v of x) incref(v);
    for (const v of y) incref(v);
    try {
      if (x.length !== y.length && (op === '==' || op === '!=')) return newBool(op === '!=');
      let i = 0;
      for (; i < x.length && i < y.length; i++) if (!ops.eq(x[i], y[i])) break;
      if (i >= x.length || i >= y.length) {
        const p = x.length, q = y.length;
        switch (op) {
          case '<': return newBool(p < q); case '<=': return newBool(p <= q); case '==': return newBool(p === q);
          case '!=': return newBool(p !== q); case '>': return newBool(p > q); default: return newBool(p >= q);
        }
      }
      if (op === '==') return False;
      if (op === '!=') return True;
      return ops.richCompare(x[i], y[i], op);
    } finally { for (const v of x) decref(v); for (const v of y) decref(v); }
  });
}
def(DequeType, '__add__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyDeque)) typeError(`can only concatenate deque (not "${o.type.name}") to deque`);
  const n = dequeCopy(dq(s)) as PyDeque;
  try { dequeExtend(n, o, false); } catch (e) { decref(n); throw e; }
  return n;
});
def(DequeType, '__iadd__', (s, a) => { dequeExtend(dq(s), a[0], false); return incref(s); });
function dequeRepeat(d: PyDeque, times: PyObject, inplace: boolean): PyObject {
  if (!(times instanceof PyInt)) return NotImplemented;
  const n = Number(times.v);
  const target = inplace ? incref(d) : dequeCopy(d) as PyDeque;
  const src = d.items.slice();
  if (n <= 0) { dequeClear(target as PyDeque); return target; }
  for (let k = 1; k < n; k++) for (const x of src) dequeAppend(target as PyDeque, x);
  return target;
}
def(DequeType, '__mul__', (s, a) => dequeRepeat(dq(s), a[0], false));
def(DequeType, '__rmul__', (s, a) => dequeRepeat(dq(s), a[0], false));
def(DequeType, '__imul__', (s, a) => dequeRepeat(dq(s), a[0], true));
def(DequeType, '__sizeof__', (s) => {
  const d = dq(s);
  const blocks = Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  return newInt(DequeType.basicSize + blocks * (BLOCKLEN * 8 + 16));
});
def(DequeType, '__class_getitem__', () => notSupported('deque[...] (generic alias)'), 'class');
/** For sys.getsizeof: deque_sizeof + the GC header. */
(DequeType as any).sizeof = (o: PyObject) => {
  const d = dq(o);
  const blocks = Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  return DequeType.basicSize + blocks * (BLOCKLEN * 8 + 16) + 16;
};

// ================================================================ defaultdict
export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
  override refs(out: [Label, PyObject][]): void {
    if (this.factory) out.push(['default_factory', this.factory]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // defdict_dealloc: Py_CLEAR(dd->default_factory), then the dict
    const f = this.factory; this.factory = null;
    if (f) h.decref(f);
    super.clear(h);
  }
}
export const DefaultDictType = staticType('defaultdict', 'collections', { bases: [T.dict], gc: true, basicSize: 56 });
defNew(DefaultDictType);
DefaultDictType.newFn = (t) => {
  const d = new PyDefaultDict(t);
  if (t.isHeapType && t.hasDict) d.dict = inlineDict();
  R.heap.track(d);
  return d;
};
function defdictMissing(self: PyObject, key: PyObject): PyObject {
  const f = (self as PyDefaultDict).factory;
  if (!f || f === None) keyError(key);
  const value = call(f!, []);
  try { ops.setitem(self, key, value); } catch (e) { decref(value); throw e; }
  return value;
}
(DefaultDictType as any).missing = defdictMissing;
def(DefaultDictType, '__missing__', (s, a) => { checkPositional('__missing__', a.length, 1, 1); return defdictMissing(s, a[0]); });
def(DefaultDictType, '__init__', (s, args, kw) => {
  const d = s as PyDefaultDict;
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  let rest = args;
  if (npos > 0) {
    const f = args[0];
    if (f !== None && !isCallable(f)) typeError('first argument must be callable or None');
    const old = d.factory;
    d.factory = incref(f);
    if (old) decref(old);
    rest = args.slice(1);
  }
  return callDescr(T.dict.attrs.get('__init__')!, s, rest, kw);
});
function isCallable(o: PyObject): boolean {
  return o instanceof PyType || o.type === T.function || o.type === T.builtin_function_or_method || o.type === T.method
    || o.type === T.method_descriptor || o.type === T.wrapper_descriptor || o.type === T.method_wrapper || o.type.lookup('__call__') !== undefined;
}
getset(DefaultDictType, 'default_factory', (s) => incref((s as PyDefaultDict).factory ?? None), (s, v) => {
  const d = s as PyDefaultDict;
  const old = d.factory;
  d.factory = v && v !== None ? incref(v) : (v === None ? incref(None) : null);
  if (old) decref(old);
}, T.member_descriptor);
def(DefaultDictType, '__repr__', (s) => {
  const d = s as PyDefaultDict;
  const base = builtinRepr(d)!;
  let fr: string;
  if (!d.factory) fr = 'None';
  else if (reprActive.has(d.factory)) fr = '...';
  else { reprActive.add(d.factory); try { fr = ops.repr(d.factory); } finally { reprActive.delete(d.factory); } }
  return newStr(`${d.type.name}(${fr}, ${base})`);
});
function defdictCopy(d: PyDefaultDict): PyObject {
  return call(d.type, [d.factory ?? None, d]);
}
def(DefaultDictType, 'copy', (s) => defdictCopy(s as PyDefaultDict));
def(DefaultDictType, '__copy__', (s) => defdictCopy(s as PyDefaultDict));
def(DefaultDictType, '__or__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const n = defdictCopy(s as PyDefaultDict) as PyDict;
  try { dictMerge(n, o, false); } catch (e) { decref(n); throw e; }
  return n;
});
def(DefaultDictType, '__ror__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const n = call(s.type, [(s as PyDefaultDict).factory ?? None, o]) as PyDict;
  try { dictMerge(n, s, false); } catch (e) { decref(n); throw e; }
  return n;
});
// Modules/_collectionsmodule.c: defdictobject — a dict plus default_factory
(DefaultDictType as any).sizeof = (o: PyObject) => dictSize(o as PyDict) + 8;

// ================================================================ OrderedDict
// NON-CPYTHON detail: the order lives in the dict's own entry order (move_to_end
// re-inserts the entry); CPython keeps a separate linked list of nodes.
export const OrderedDictType = staticType('OrderedDict', 'collections', { bases: [T.dict], gc: true, basicSize: 104, weakrefable: true, hasDict: true });
defNew(OrderedDictType);
OrderedDictType.newFn = (t) => {
  const d = new PyDict(t);
  d.dict = inlineDict();
  R.heap.track(d);
  return d;
};
const OdKeys = staticType('odict_keys', 'collections', { bases: [T.dict_keys], gc: true });
const OdValues = staticType('odict_values', 'collections', { bases: [T.dict_values], gc: true });
const OdItems = staticType('odict_items', 'collections', { bases: [T.dict_items], gc: true });
for (const [vt, kind] of [[OdKeys, 0], [OdValues, 1], [OdItems, 2]] as const) {
  def(vt, '__repr__', (s) => {
    const d = (s as any).held[0] as PyDict;
    const parts: string[] = [];
    for (const [k, v] of [...dictItems(d)]) parts.push(kind === 0 ? ops.repr(k) : kind === 1 ? ops.repr(v) : `(${ops.repr(k)}, ${ops.repr(v)})`);
    return newStr(`${vt.name}([${parts.join(', ')}])`);
  });
}
def(OrderedDictType, 'keys', (s) => newNative(OdKeys, [s], ['mapping']));
def(OrderedDictType, 'values', (s) => newNative(OdValues, [s], ['mapping']));
def(OrderedDictType, 'items', (s) => newNative(OdItems, [s], ['mapping']));
def(OrderedDictType, '__reversed__', (s) => {
  const d = s as PyDict;
  const keys: PyObject[] = [];
  for (const [k] of dictItems(d)) keys.push(incref(k));
  keys.reverse();
  const l = newList(keys);
  const it = newNative(T.list_iterator, [l], ['list'], 0);
  decref(l);
  return it;
});
/**
 * Objects/odictobject.c: odict_sizeof — the dict's size, PyODictObject's eight
 * extra fields (64 bytes), the od_fast_nodes array (one pointer per slot of the
 * dict's table, sized when a node was last added: none before the first
 * insertion and after clear()) and one 32-byte _ODictNode per item.
 * NON-CPYTHON: once move_to_end has re-inserted entries (see above) the dict's
 * table no longer matches CPython's, so the size is refused.
 */
(OrderedDictType as any).sizeof = (o: PyObject) => {
  const d = o as PyDict;
  if ((d as any).reordered) return notSupported('sys.getsizeof() of an OrderedDict after move_to_end()');
  const fast = d.nentries > 0 && d.log2size > 0 ? 1 << d.log2size : 0;
  return dictSize(d) + 64 + 8 * fast + 32 * d.used;
};
def(OrderedDictType, 'move_to_end', (s, args, kw) => {
  const [key, last] = parseArgs('move_to_end', args, kw, ['key', 'last'], 1);
  const d = s as PyDict;
  (d as any).reordered = true;
  const v = dictGet(d, key!);
  if (v === undefined) keyError(key!);
  const atEnd = last === undefined ? true : ops.truthy(last);
  if (atEnd) {
    const k = incref(key!), val = incref(v!);
    // find the stored key object (the entry's own key is kept)
    let stored = k;
    for (const [ek] of dictItems(d)) if (ek === key || ops.eq(ek, key!)) { stored = ek; break; }
    incref(stored);
    dictDel(d, key!);
    dictSet(d, stored, val);
    decref(stored); decref(k); decref(val);
  } else {
    const entries: [PyObject, PyObject][] = [];
    for (const [ek, ev] of dictItems(d)) entries.push([incref(ek), incref(ev)]);
    const idx = entries.findIndex(([ek]) => ek === key || ops.eq(ek, key!));
    const [moved] = entries.splice(idx, 1);
    entries.unshift(moved);
    for (const [ek] of entries) dictDel(d, ek);
    for (const [ek, ev] of entries) { dictSet(d, ek, ev); decref(ek); decref(ev); }
  }
  return None;
});
def(OrderedDictType, 'popitem', (s, args, kw) => {
  const [last] = parseArgs('popitem', args, kw, ['last'], 0);
  const d = s as PyDict;
  if (d.used === 0) raise('KeyError', 'dictionary is empty');
  const atEnd = last === undefined ? true : ops.truthy(last);
  let entry: [PyObject, PyObject] | null = null;
  for (const e of dictItems(d)) { entry = e; if (!atEnd) break; }
  const [k, v] = entry!;
  const t = newTuple([incref(k), incref(v)]);
  dictDel(d, k);
  return t;
});
def(OrderedDictType, '__repr__', (s) => {
  const d = s as PyDict;
  const name = s.type.name;
  if (d.used === 0) return newStr(`${name}()`);
  if (reprActive.has(d)) return newStr('...');
  reprActive.add(d);
  try {
    if (is311()) {
      const parts: string[] = [];
      for (const [k, v] of [...dictItems(d)]) parts.push(`(${ops.repr(k)}, ${ops.repr(v)})`);
      return newStr(`${name}([${parts.join(', ')}])`);
    }
    return newStr(`${name}(${builtinRepr(d)})`);
  } finally { reprActive.delete(d); }
});
def(OrderedDictType, '__eq__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const r = callDescr(T.dict.attrs.get('__eq__')!, s, [o], null);
  if (r !== True || !o.type.isSubtypeOf(OrderedDictType)) return r;
  // both ordered: the orders must match too
  const x = [...dictItems(s as PyDict)].map(([k]) => k), y = [...dictItems(o)].map(([k]) => k);
  for (let i = 0; i < x.length; i++) if (!ops.eq(x[i], y[i])) return False;
  return True;
});
def(OrderedDictType, '__ne__', (s, a) => {
  const r = callDescr(OrderedDictType.attrs.get('__eq__')!, s, a, null);
  if (r === NotImplemented) return r;
  return newBool(r === False);
});
def(OrderedDictType, 'copy', (s) => call(s.type, [s]));
def(OrderedDictType, '__copy__', (s) => call(s.type, [s]));
def(OrderedDictType, 'setdefault', (s, args, kw) => {
  const [key, dflt] = parseArgs('setdefault', args, kw, ['key', 'default'], 1);
  const v = dictGet(s as PyDict, key!);
  if (v !== undefined) return incref(v);
  const dv = dflt ?? None;
  ops.setitem(s, key!, dv);
  return incref(dv);
});
def(OrderedDictType, 'pop', (s, args, kw) => {
  const [key, dflt] = parseArgs('pop', args, kw, ['key', 'default'], 1);
  const v = dictPop(s as PyDict, key!);
  if (v !== undefined) return v;
  if (dflt !== undefined) return incref(dflt);
  return keyError(key!);
});
def(OrderedDictType, '__or__', (s, a) => {
  if (!(a[0] instanceof PyDict)) return NotImplemented;
  const n = call(s.type, [s]) as PyDict;
  try { dictMerge(n, a[0], false); } catch (e) { decref(n); throw e; }
  return n;
});
def(OrderedDictType, '__ior__', (s, a) => { dictMerge(s as PyDict, a[0], false); return incref(s); });

// ================================================================ namedtuple
function makeTupleGetterType(module: string): PyType {
  const t = staticType('_tuplegetter', module, { gc: true });
  def(t, '__repr__', (s) => newStr(`_tuplegetter(${(s as any).index}, ${ops.repr((s as any).doc ?? None)})`));
  t.attrs.set('__doc__', new PyGetSet(t, '__doc__', (s) => incref((s as any).doc ?? None)));
  t.newFn = () => notSupported('_tuplegetter()');
  return t;
}
const TupleGetter311 = makeTupleGetterType('_collections');
const TupleGetter314 = makeTupleGetterType('collections');

function tupleGetter(index: number, doc: PyObject): PyGetSet {
  const g = new PyGetSet(T.tuple, '', (o) => {
    if (!(o instanceof PyTuple)) typeError(`descriptor for index '${index}' for tuple subclasses doesn't apply to '${o.type.name}' object`);
    const items = (o as PyTuple).items;
    if (index >= items.length) raise('IndexError', 'tuple index out of range');
    return incref(items[index]);
  }, (_o, v) => raise('AttributeError', v === null ? "can't delete attribute" : "can't set attribute"),
  is311() ? TupleGetter311 : TupleGetter314);
  (g as any).index = index;
  (g as any).doc = incref(doc);
  R.heap.track(g);
  return g;
}

interface NtInfo { fields: string[]; name: string }
function ntInfo(t: PyType): NtInfo {
  for (const b of t.mro) { const i = (b as any).ntInfo; if (i) return i; }
  return typeError('not a named tuple');
}
/**
 * The class's __new__: CPython's is a Python function (a lambda compiled for the
 * class) whose __defaults__ hold the field defaults; here a builtin whose
 * __self__ is that defaults tuple (or None), so the references are counted.
 */
function makeNtNew(info: NtInfo, defaults: PyObject): PyBuiltin {
  return new PyBuiltin('__new__', (a, kw) => {
    const [dt, cls, ...rest] = a;
    if (!(cls instanceof PyType)) typeError(`${info.name}.__new__() missing 1 required positional argument: '_cls'`);
    return ntBind(info, dt, cls as PyType, rest, kw);
  }, defaults);
}
function ntBind(info: NtInfo, dt: PyObject, cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const defaults = dt instanceof PyTuple ? dt.items : [];
  const { values } = bindArgs(`${info.name}.__new__`, ['_cls', ...info.fields], defaults, [cls, ...args], kw);
  return tupleNew(cls, values.slice(1));
}
function ntConstruct(cls: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const owner = cls.mro.find((b) => (b as any).ntInfo) as PyType;
  const info = (owner as any).ntInfo as NtInfo;
  const nb = (owner as any).ntNew as PyBuiltin;
  return ntBind(info, nb.self ?? None, cls, args, kw);
}
/** tuple.__new__(cls, items): items borrowed. */
function tupleNew(cls: PyType, items: PyObject[]): PyObject {
  const t = trackedTuple(cls, items.map((x) => incref(x)));
  if (cls.hasDict && !t.dict) t.dict = inlineDict();
  return t;
}
const ntMake = sdesc('namedtuple', '_make', (cls, a, kw) => {
  noKwargs('_make', kw);
  const t = cls as PyType;
  const info = ntInfo(t);
  if (a.length !== 1) typeError(`${info.name}._make() missing 1 required positional argument: 'iterable'`);
  const items = ops.toArray(a[0]);
  const r = trackedTuple(t, items);
  if (t.hasDict) r.dict = inlineDict();
  if (items.length !== info.fields.length) { decref(r); typeError(`Expected ${info.fields.length} arguments, got ${items.length}`); }
  return r;
}, 'class');
const ntReplace = sdesc('namedtuple', '_replace', (self, a, kw) => {
  const info = ntInfo(self.type);
  const [pos, kws] = splitKw(a, kw);
  if (pos.length) typeError(`${info.name}._replace() takes 1 positional argument but ${pos.length + 1} were given`);
  const items = (self as PyTuple).items;
  const vals = info.fields.map((f, i) => { const v = kws.get(f); kws.delete(f); return v ?? items[i]; });
  const make = ops.getattr(self, '_make');
  let result: PyObject;
  try {
    const l = newList(vals.map((v) => incref(v)));
    try { result = call(make, [l]); } finally { decref(l); }
  } finally { decref(make); }
  if (kws.size) {
    decref(result);
    raise(is311() ? 'ValueError' : 'TypeError', `Got unexpected field names: [${[...kws.keys()].map((k) => strRepr(k)).join(', ')}]`);
  }
  return result;
});
const ntRepr = sdesc('namedtuple', '__repr__', (self) => {
  const info = ntInfo(self.type);
  const items = (self as PyTuple).items;
  if (items.length !== info.fields.length) typeError(items.length > info.fields.length ? 'not all arguments converted during string formatting' : 'not enough arguments for format string');
  const clsName = ops.getattr(self, '__class__');
  let name: PyObject;
  try { name = ops.getattr(clsName, '__name__'); } finally { decref(clsName); }
  try {
    return newStr((name as PyStr).v + '(' + info.fields.map((f, i) => `${f}=${ops.repr(items[i])}`).join(', ') + ')');
  } finally { decref(name); }
});
const ntAsdict = sdesc('namedtuple', '_asdict', (self) => {
  const fields = ops.getattr(self, '_fields');
  try {
    const d = newDict();
    const ks = ops.toArray(fields);
    const vs = (self as PyTuple).items;
    for (let i = 0; i < ks.length && i < vs.length; i++) dictSet(d, ks[i], vs[i]);
    for (const k of ks) decref(k);
    return d;
  } finally { decref(fields); }
});
const ntGetnewargs = sdesc('namedtuple', '__getnewargs__', (self) => newTuple((self as PyTuple).items.map((x) => incref(x))));

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield']);
function isIdentifier(s: string): boolean { return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s); }

/** collections.namedtuple (Lib/collections/__init__.py); `module` null = the caller's module. */
export function makeNamedTuple(typename: string, fieldNames: string[], defaults: PyObject[] | null, module: string | null, rename = false): PyType {
  if (rename) {
    const seen = new Set<string>();
    fieldNames = fieldNames.map((n, i) => {
      const bad = !isIdentifier(n) || KEYWORDS.has(n) || n.startsWith('_') || seen.has(n);
      seen.add(n);
      return bad ? `_${i}` : n;
    });
  }
  for (const n of [typename, ...fieldNames]) {
    if (!isIdentifier(n)) raise('ValueError', `Type names and field names must be valid identifiers: ${strRepr(n)}`);
    if (KEYWORDS.has(n)) raise('ValueError', `Type names and field names cannot be a keyword: ${strRepr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of fieldNames) {
    if (n.startsWith('_') && !rename) raise('ValueError', `Field names cannot start with an underscore: ${strRepr(n)}`);
    if (seen.has(n)) raise('ValueError', `Encountered duplicate field name: ${strRepr(n)}`);
    seen.add(n);
  }
  const fieldDefaults = newDict();
  const defs = defaults ?? [];
  if (defaults !== null) {
    if (defs.length > fieldNames.length) { decref(fieldDefaults); typeError('Got more default values than field names'); }
    const off = fieldNames.length - defs.length;
    defs.forEach((v, i) => { const k = R.intern(fieldNames[off + i]); dictSet(fieldDefaults, k, v); });
  }
  let argList = fieldNames.join(', ');
  if (fieldNames.length === 1) argList += ',';
  const fieldsT = newTuple(fieldNames.map((n) => R.intern(n)));
  const docStr = newStr(`${typename}(${argList})`);
  const info: NtInfo = { fields: fieldNames, name: typename };
  const defaultsT = defaults !== null ? newTuple(defs.map((d) => incref(d))) : None;
  const ntNewFn = makeNtNew(info, defaultsT);
  decref(defaultsT);
  const attrs: Record<string, PyObject> = {
    __doc__: docStr, _fields: fieldsT, _field_defaults: fieldDefaults, __new__: ntNewFn, _make: ntMake, _replace: ntReplace,
    __repr__: ntRepr, _asdict: ntAsdict, __getnewargs__: ntGetnewargs, __match_args__: fieldsT,
  };
  const getters: PyObject[] = [];
  fieldNames.forEach((n, i) => { const doc = R.intern(`Alias for field number ${i}`); const g = tupleGetter(i, doc); getters.push(g); attrs[n] = g; });
  const mod = module ?? callerModule();
  let t: PyType;
  try {
    t = heapClass(typename, mod, [T.tuple], attrs, []);
  } finally {
    decref(docStr); decref(fieldsT); decref(fieldDefaults); decref(ntNewFn);
    for (const g of getters) decref(g);
  }
  // Lib/collections/__init__.py: namedtuple — the class's _replace is a closure over field_names (the same tuple
  // as _fields), so a cell holds one more reference to it. NON-CPYTHON: heapsnake's _replace is one builtin
  // shared by every namedtuple class, so that cell is an interpreter-internal one here (not drawn)
  const cell = R.heap.internal(() => new PyCell(T.cell, incref(fieldsT)));
  ((R as any).internalHolders ??= []).push(cell);
  (t as any).ntInfo = info;
  (t as any).ntNew = ntNewFn;
  t.newFn = (cls, args, kw) => ntConstruct(cls, args, kw);
  return t;
}
/** sys._getframemodulename(1): the module of the calling Python frame. */
function callerModule(): string {
  const f = getVM().top;
  const n = f ? dictGetStr(f.globals, '__name__') : undefined;
  return n instanceof PyStr ? n.v : '__main__';
}

function namedtupleFn(args: PyObject[], kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  for (const k of kws.keys()) if (!['typename', 'field_names', 'rename', 'defaults', 'module'].includes(k)) typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) typeError(`namedtuple() takes 2 positional arguments but ${pos.length} were given`);
  const typenameO = pos[0] ?? kws.get('typename');
  const fieldsO = pos[1] ?? kws.get('field_names');
  if (!typenameO || !fieldsO) {
    const miss = [!typenameO ? 'typename' : null, !fieldsO ? 'field_names' : null].filter(Boolean) as string[];
    typeError(`namedtuple() missing ${miss.length} required positional argument${miss.length > 1 ? 's' : ''}: ${miss.map((m) => `'${m}'`).join(' and ')}`);
  }
  let names: string[];
  if (fieldsO instanceof PyStr) names = fieldsO.v.replace(/,/g, ' ').split(/\s+/).filter((x) => x);
  else { const items = ops.toArray(fieldsO!); names = items.map((x) => ops.str(x)); for (const x of items) decref(x); }
  const typename = ops.str(typenameO!);
  const rename = kws.has('rename') ? ops.truthy(kws.get('rename')!) : false;
  const dO = kws.get('defaults');
  let defaults: PyObject[] | null = null;
  if (dO && dO !== None) { defaults = ops.toArray(dO); }
  const mO = kws.get('module');
  try {
    return makeNamedTuple(typename, names, defaults, mO && mO !== None ? ops.str(mO) : null, rename);
  } finally { if (defaults) for (const x of defaults) decref(x); }
}

// ================================================================ Counter (a Python class: created per run)
function getItem(o: PyObject, k: PyObject): PyObject { return ops.getitem(o, k); }
function counterNew(cls: PyType): PyObject {
  const d = new PyDict(cls);
  if (cls.hasDict) d.dict = inlineDict();
  R.heap.track(d);
  return d;
}
function isCounter(o: PyObject): boolean { const ct = (R as any).counterType as PyType | undefined; return !!ct && o.type.isSubtypeOf(ct); }
function isMapping(o: PyObject): boolean { return o instanceof PyDict; }
function items(o: PyObject): [PyObject, PyObject][] {
  // a snapshot of (key, value) pairs as new references
  const out: [PyObject, PyObject][] = [];
  if (o instanceof PyDict && o.type.lookup('items') === T.dict.attrs.get('items')) {
    for (const [k, v] of dictItems(o)) out.push([incref(k), incref(v)]);
    return out;
  }
  const m = ops.getattr(o, 'items');
  let view: PyObject;
  try { view = call(m, []); } finally { decref(m); }
  try {
    ops.forEach(view, (pair) => {
      const kv = ops.toArray(pair);
      out.push([kv[0], kv[1]]);
    });
  } finally { decref(view); }
  return out;
}
function releasePairs(p: [PyObject, PyObject][]): void { for (const [k, v] of p) { decref(k); decref(v); } }
const ZERO = () => newInt(0);

/** _collections._count_elements */
function countElements(mapping: PyObject, iterable: PyObject): void {
  const fast = mapping instanceof PyDict && mapping.type.lookup('get') === T.dict.attrs.get('get')
    && mapping.type.lookup('__setitem__') === T.dict.attrs.get('__setitem__');
  const one = newInt(1);
  if (fast) {
    ops.forEach(iterable, (key) => {
      const old = dictGet(mapping as PyDict, key);
      if (old === undefined) dictSet(mapping as PyDict, key, one);
      else { const nv = binop(old, one, 0); try { dictSet(mapping as PyDict, key, nv); } finally { decref(nv); } }
    });
    return;
  }
  const get = ops.getattr(mapping, 'get');
  try {
    ops.forEach(iterable, (key) => {
      const zero = ZERO();
      const old = call(get, [key, zero]);
      let nv: PyObject;
      try { nv = binop(old, one, 0); } finally { decref(old); }
      try { ops.setitem(mapping, key, nv); } finally { decref(nv); }
    });
  } finally { decref(get); }
}

function counterUpdate(self: PyObject, iterable: PyObject | undefined, kws: Map<string, PyObject>, subtract: boolean): void {
  if (iterable !== undefined && iterable !== None) {
    if (isMapping(iterable)) {
      if (!subtract && !ops.truthy(self)) {
        callDescr(T.dict.attrs.get('update')!, self, [iterable], null);
      } else {
        const get = ops.getattr(self, 'get');
        const pairs = items(iterable);
        try {
          for (const [elem, count] of pairs) {
            const zero = ZERO();
            const cur = call(get, [elem, zero]);
            let nv: PyObject;
            try { nv = subtract ? binop(cur, count, 10) : binop(count, cur, 0); } finally { decref(cur); }
            try { ops.setitem(self, elem, nv); } finally { decref(nv); }
          }
        } finally { decref(get); releasePairs(pairs); }
      }
    } else if (subtract) {
      const get = ops.getattr(self, 'get');
      const one = newInt(1);
      try {
        ops.forEach(iterable, (elem) => {
          const cur = call(get, [elem, ZERO()]);
          let nv: PyObject;
          try { nv = binop(cur, one, 10); } finally { decref(cur); }
          try { ops.setitem(self, elem, nv); } finally { decref(nv); }
        });
      } finally { decref(get); }
    } else countElements(self, iterable);
  }
  if (kws.size) {
    const d = newDict();
    for (const [k, v] of kws) { const key = newStr(k); dictSet(d, key, v); decref(key); }
    try { counterUpdate(self, d, new Map(), subtract); } finally { decref(d); }
  }
}

function mostCommon(self: PyObject, n: PyObject | undefined): PyObject {
  const pairs = items(self);
  const tuples = pairs.map(([k, v]) => newTuple([k, v]) as PyTuple);
  // sorted(self.items(), key=itemgetter(1), reverse=True) — stable; heapq.nlargest(n, ...) is documented to equal its first n
  const l = newList(tuples);
  try {
    const keyFn = itemGetter1;
    const t = newBool(true);
    listSort(l as PyList, [keyFn, t], ['key', 'reverse']);
    if (n !== undefined && n !== None) {
      const k = Number((n as PyInt).v);
      const items2 = (l as PyList).items;
      const keep = Math.max(0, Math.min(k, items2.length));
      const rest = items2.splice(keep);
      for (const x of rest) decref(x);
    }
    return incref(l);
  } finally { decref(l); }
}
/** operator.itemgetter(1) */
const itemGetter1 = new PyBuiltin('itemgetter', (a) => { const one = newInt(1); return ops.getitem(a[0], one); });

function counterBinary(name: string, f: (self: PyObject, other: PyObject, result: PyObject) => void): PyMethodDescr {
  return sdesc('Counter', name, (self, a) => {
    if (!isCounter(a[0])) return NotImplemented;
    const result = counterNew((R as any).counterType);
    try { f(self, a[0], result); } catch (e) { decref(result); throw e; }
    return result;
  });
}
function gt0(v: PyObject): boolean { const z = ZERO(); const r = ops.richCompare(v, z, '>'); try { return ops.truthy(r); } finally { decref(r); } }
function lt0(v: PyObject): boolean { const z = ZERO(); const r = ops.richCompare(v, z, '<'); try { return ops.truthy(r); } finally { decref(r); } }
function lt(a: PyObject, b: PyObject): boolean { const r = ops.richCompare(a, b, '<'); try { return ops.truthy(r); } finally { decref(r); } }
function containsKey(o: PyObject, k: PyObject): boolean { return ops.contains(o, k); }

const counterMethods: Record<string, PyObject> = {
  __init__: sdesc('Counter', '__init__', (self, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    if (pos.length > 1) typeError(`Counter.__init__() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
    // super().__init__() then self.update(iterable, **kwds)
    const upd = ops.getattr(self, 'update');
    try {
      const callArgs = [...pos, ...kws.values()];
      decref(call(upd, callArgs, kws.size ? [...kws.keys()] : null));
    } finally { decref(upd); }
    return None;
  }),
  __missing__: sdesc('Counter', '__missing__', () => newInt(0)),
  total: sdesc('Counter', 'total', (self) => {
    let acc: PyObject = newInt(0);
    for (const [, v] of [...dictItems(self as PyDict)]) { const r = binop(acc, v, 0); decref(acc); acc = r; }
    return acc;
  }),
  most_common: sdesc('Counter', 'most_common', (self, args, kw) => {
    const [n] = parseArgs('most_common', args, kw, ['n'], 0);
    return mostCommon(self, n);
  }),
  elements: sdesc('Counter', 'elements', (self) => {
    const itemsM = ops.getattr(self, 'items');
    let view: PyObject;
    try { view = call(itemsM, []); } finally { decref(itemsM); }
    let sm: PyObject;
    try { sm = call(StarmapType, [RepeatType, view]); } finally { decref(view); }
    const fromIt = ops.getattr(ChainType, 'from_iterable');
    try { return call(fromIt, [sm]); } finally { decref(fromIt); decref(sm); }
  }),
  fromkeys: sdesc('Counter', 'fromkeys', () => raise('NotImplementedError', 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'), 'class'),
  update: sdesc('Counter', 'update', (self, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    if (pos.length > 1) typeError(`Counter.update() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
    counterUpdate(self, pos[0], kws, false);
    return None;
  }),
  subtract: sdesc('Counter', 'subtract', (self, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    if (pos.length > 1) typeError(`Counter.subtract() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
    counterUpdate(self, pos[0], kws, true);
    return None;
  }),
  copy: sdesc('Counter', 'copy', (self) => {
    const cls = ops.getattr(self, '__class__');
    try { return call(cls, [self]); } finally { decref(cls); }
  }),
  __delitem__: sdesc('Counter', '__delitem__', (self, a) => {
    if (containsKey(self, a[0])) callDescr(T.dict.attrs.get('__delitem__')!, self, [a[0]], null);
    return None;
  }),
  __repr__: sdesc('Counter', '__repr__', (self) => {
    const cls = ops.getattr(self, '__class__');
    let name: string;
    try { const n = ops.getattr(cls, '__name__'); name = (n as PyStr).v; decref(n); } finally { decref(cls); }
    if (!ops.truthy(self)) return newStr(`${name}()`);
    let d: PyObject;
    try {
      const mc = ops.getattr(self, 'most_common');
      let l: PyObject;
      try { l = call(mc, []); } finally { decref(mc); }
      try { d = call(T.dict, [l]); } finally { decref(l); }
    } catch (e) {
      if (!(e instanceof PyExc && isInstance(e.exc, EXC.TypeError))) throw e;
      decref(e.exc);
      d = call(T.dict, [self]);
    }
    try { return newStr(`${name}(${ops.repr(d)})`); } finally { decref(d); }
  }),
  __add__: counterBinary('__add__', (self, other, result) => {
    const mine = items(self);
    try {
      for (const [elem, count] of mine) {
        const o = getItem(other, elem);
        const nc = binop(count, o, 0); decref(o);
        try { if (gt0(nc)) ops.setitem(result, elem, nc); } finally { decref(nc); }
      }
    } finally { releasePairs(mine); }
    const theirs = items(other);
    try { for (const [elem, count] of theirs) if (!containsKey(self, elem) && gt0(count)) ops.setitem(result, elem, count); } finally { releasePairs(theirs); }
  }),
  __sub__: counterBinary('__sub__', (self, other, result) => {
    const mine = items(self);
    try {
      for (const [elem, count] of mine) {
        const o = getItem(other, elem);
        const nc = binop(count, o, 10); decref(o);
        try { if (gt0(nc)) ops.setitem(result, elem, nc); } finally { decref(nc); }
      }
    } finally { releasePairs(mine); }
    const theirs = items(other);
    try {
      for (const [elem, count] of theirs) {
        if (!containsKey(self, elem) && lt0(count)) { const z = ZERO(); const v = binop(z, count, 10); try { ops.setitem(result, elem, v); } finally { decref(v); } }
      }
    } finally { releasePairs(theirs); }
  }),
  __or__: counterBinary('__or__', (self, other, result) => {
    const mine = items(self);
    try {
      for (const [elem, count] of mine) {
        const oc = getItem(other, elem);
        try { const nc = lt(count, oc) ? oc : count; if (gt0(nc)) ops.setitem(result, elem, nc); } finally { decref(oc); }
      }
    } finally { releasePairs(mine); }
    const theirs = items(other);
    try { for (const [elem, count] of theirs) if (!containsKey(self, elem) && gt0(count)) ops.setitem(result, elem, count); } finally { releasePairs(theirs); }
  }),
  __and__: counterBinary('__and__', (self, other, result) => {
    const mine = items(self);
    try {
      for (const [elem, count] of mine) {
        const oc = getItem(other, elem);
        try { const nc = lt(count, oc) ? count : oc; if (gt0(nc)) ops.setitem(result, elem, nc); } finally { decref(oc); }
      }
    } finally { releasePairs(mine); }
  }),
  __pos__: sdesc('Counter', '__pos__', (self) => {
    const result = counterNew((R as any).counterType);
    const mine = items(self);
    try { for (const [elem, count] of mine) if (gt0(count)) ops.setitem(result, elem, count); } finally { releasePairs(mine); }
    return result;
  }),
  __neg__: sdesc('Counter', '__neg__', (self) => {
    const result = counterNew((R as any).counterType);
    const mine = items(self);
    try {
      for (const [elem, count] of mine) if (lt0(count)) { const z = ZERO(); const v = binop(z, count, 10); try { ops.setitem(result, elem, v); } finally { decref(v); } }
    } finally { releasePairs(mine); }
    return result;
  }),
};
function keepPositive(self: PyObject): PyObject {
  const non: PyObject[] = [];
  for (const [elem, count] of [...dictItems(self as PyDict)]) if (!gt0(count)) non.push(incref(elem));
  try { for (const e of non) ops.delitem(self, e); } finally { for (const e of non) decref(e); }
  return incref(self);
}
function inplace(name: string, f: (self: PyObject, elem: PyObject, count: PyObject) => void, overSelf = false): void {
  counterMethods[name] = sdesc('Counter', name, (self, a) => {
    const pairs = items(overSelf ? self : a[0]);
    try { for (const [elem, count] of pairs) f(self, elem, count); } finally { releasePairs(pairs); }
    return keepPositive(self);
  });
}
inplace('__iadd__', (self, elem, count) => { const cur = getItem(self, elem); const v = binop(cur, count, 13); decref(cur); try { ops.setitem(self, elem, v); } finally { decref(v); } });
inplace('__isub__', (self, elem, count) => { const cur = getItem(self, elem); const v = binop(cur, count, 23); decref(cur); try { ops.setitem(self, elem, v); } finally { decref(v); } });
inplace('__ior__', (self, elem, oc) => { const cur = getItem(self, elem); try { if (lt(cur, oc)) ops.setitem(self, elem, oc); } finally { decref(cur); } });
counterMethods.__iand__ = sdesc('Counter', '__iand__', (self, a) => {
  const pairs = items(self);
  try {
    for (const [elem, count] of pairs) {
      const oc = getItem(a[0], elem);
      try { if (lt(oc, count)) ops.setitem(self, elem, oc); } finally { decref(oc); }
    }
  } finally { releasePairs(pairs); }
  return keepPositive(self);
});
function allCmp(self: PyObject, other: PyObject, op: ops.CmpOp): boolean {
  for (const c of [self, other]) {
    const keys = [...dictItems(c as PyDict)].map(([k]) => incref(k));
    try {
      for (const e of keys) {
        const x = getItem(self, e), y = getItem(other, e);
        let ok: boolean;
        try { const r = ops.richCompare(x, y, op); ok = ops.truthy(r); decref(r); } finally { decref(x); decref(y); }
        if (!ok) return false;
      }
    } finally { for (const k of keys) decref(k); }
  }
  return true;
}
counterMethods.__eq__ = sdesc('Counter', '__eq__', (s, a) => (isCounter(a[0]) ? newBool(allCmp(s, a[0], '==')) : NotImplemented));
counterMethods.__ne__ = sdesc('Counter', '__ne__', (s, a) => (isCounter(a[0]) ? newBool(!allCmp(s, a[0], '==')) : NotImplemented));
counterMethods.__le__ = sdesc('Counter', '__le__', (s, a) => (isCounter(a[0]) ? newBool(allCmp(s, a[0], '<=')) : NotImplemented));
counterMethods.__lt__ = sdesc('Counter', '__lt__', (s, a) => (isCounter(a[0]) ? newBool(allCmp(s, a[0], '<=') && !allCmp(s, a[0], '==')) : NotImplemented));
counterMethods.__ge__ = sdesc('Counter', '__ge__', (s, a) => (isCounter(a[0]) ? newBool(allCmp(s, a[0], '>=')) : NotImplemented));
counterMethods.__gt__ = sdesc('Counter', '__gt__', (s, a) => (isCounter(a[0]) ? newBool(allCmp(s, a[0], '>=') && !allCmp(s, a[0], '==')) : NotImplemented));

function makeCounterType(): PyType {
  const t = heapClass('Counter', 'collections', [T.dict], counterMethods);
  // __eq__ without __hash__: typeNew already set __hash__ = None (as type() does)
  t.newFn = (cls) => counterNew(cls);
  return t;
}

// ================================================================ the module
registerModule('collections', () => {
  const counter = makeCounterType();
  (R as any).counterType = counter;
  return moduleOf('collections', {
    deque: DequeType,
    defaultdict: DefaultDictType,
    OrderedDict: OrderedDictType,
    namedtuple: bfn('namedtuple', namedtupleFn),
    Counter: counter,
    ChainMap: refusedClass('ChainMap', 'collections.ChainMap'),
    UserDict: refusedClass('UserDict', 'collections.UserDict'),
    UserList: refusedClass('UserList', 'collections.UserList'),
    UserString: refusedClass('UserString', 'collections.UserString'),
  });
});

export { objectNew, PyFloat, removeAt, PyList };
