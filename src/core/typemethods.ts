// Methods of the builtin types (Objects/longobject.c, floatobject.c,
// listobject.c, tupleobject.c, dictobject.c, setobject.c, rangeobject.c,
// exceptions.c, ...) and the iterator objects that hold their containers.

import { checkPositionalKw } from './kwcheck.js';
import { messageOf, noteRuleSpan, noteRule } from './versionnote.js';
import {
  PyObject, PyType, PyInt, PyFloat, PyStr, PyList, PyTuple, PyDict, PySet, PyRange, PySlice, PyBaseException, PyNative, PyBytes, PyCell, type DictEntry,
} from './object.js';
import { T, EXC } from './types.js';
import {
  R, None, True, False, NotImplemented, newInt, newFloat, newStr, newList, newTuple, newTupleTracked, refillPair, newDict, newSet, newNative, incref, decref,
  raise, typeError, argCount, noKw, splitKw, kwName, PyMethodDescr, PyGetSet, asIndex, asIntArg, call, callDescr, newException, EMPTY_TUPLE_STATIC, newBool, isInstance,
} from './rt.js';
import * as ops from './ops.js';
import { isCallable as isCallableObj } from './bltins.js';
import { builtinRepr } from './repr.js';
import { numericDunder, floatRepr, intToFloat, big, bitLength, floatDivmod, intPowMod } from './num.js';
import { listAppend, listExtend, listResize, listSetItems, lengthHint, listInit, listClear } from './list.js';
import { dictGet, dictSet, dictDel, dictPop, dictItems, dictClear, dictMerge, removeAt, log2Keysize, estimateLog2Keysize, resize as dictResize, dictGetStr, dictSetStr, dictDelStr } from './dict.js';
import { setAdd, setContains, setDiscard, setUpdate, setClear, setPop, setKeys, tableResize, checkOrderKnown, orderInsensitive } from './set.js';
import { setCopy, setIntersection, setIntersectionMulti, setIntersectionUpdate, setDifference, setDifferenceMulti, setDifferenceUpdate, setSymmetricDifference, setSymmetricDifferenceUpdate } from './setops.js';
import { sliceIndices, makeSlice } from './slice.js';
import { defMethod as def, objectNew, defaultRepr } from './classes.js';
import { PyFunction, PyMethod, PyGenerator, fastToLocals, frameLocalsItems } from './func.js';
import { getVM } from './classes.js';
import { strFormat, percentFormat, toFixed, format as formatObj } from './format.js';
import { PyExc, LimitExceeded } from './errors.js';
import { inlineDict } from './classes.js';
import { hexEsc } from './codecs.js';
import { notSupported } from './rt.js';
import { holding } from './nativeheld.js';

type Fn = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;

function reprMethod(t: PyType): void {
  const d = def(t, '__repr__', (self) => newStr(builtinRepr(self) ?? defaultRepr(self)));
  (d as any).reprFast = (o: PyObject) => builtinRepr(o) ?? defaultRepr(o);
}
for (const t of [T.int, T.bool, T.float, T.complex, T.str, T.bytes, T.bytearray, T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.slice,
  T.NoneType, T.NotImplementedType, T.ellipsis, T.BaseException, T.function, T.method, T.generator, T.cell, T.module, T.weakref,
  T.getset_descriptor, T.member_descriptor]) reprMethod(t);

// ------------------------------------------------------------------ helpers
function newSeqIter(type: PyType, seq: PyObject, next: (it: PyNative) => PyObject | null, label = 'seq'): PyNative {
  const it = newNative(type, [seq], [label], 0);
  return it;
}
function nativeIterType(t: PyType, next: (it: PyNative) => PyObject | null, hint?: (it: PyNative) => number): void {
  (t as any).nativeNext = next;
  if (hint) (t as any).lengthHint = hint;
  def(t, '__iter__', (self) => incref(self));
  def(t, '__next__', (self) => {
    const v = next(self as PyNative);
    if (v === null) raise('StopIteration');
    return v;
  });
  if (hint) def(t, '__length_hint__', (self) => newInt(hint(self as PyNative)));
}

function exhaust(it: PyNative): null { it.setHeld(R.heap, 0, null); return null; }

// list_iterator: Objects/listobject.c: listiter_next — drops the list when exhausted
nativeIterType(T.list_iterator, (it) => {
  const l = it.held[0] as PyList | null;
  if (!l) return null;
  const i = it.state as number;
  if (i < l.items.length) { it.state = i + 1; return incref(l.items[i]); }
  return exhaust(it);
}, (it) => { const l = it.held[0] as PyList | null; return l ? Math.max(0, l.items.length - it.state) : 0; });
// list_reverseiterator: Objects/listobject.c: listreviter_next (3.11 drops the list whenever the index is out
// of range; 3.13+ only when the list shrank under it: an index below 0 returns at once, the list kept)
nativeIterType(T.list_reverseiterator, (it) => {
  const l = it.held[0] as PyList | null;
  if (!l) return null;
  const i = it.state as number;
  if (i < 0 && R.rules.listRevIterKeepsList) return null;
  if (i >= 0 && i < l.items.length) { it.state = i - 1; return incref(l.items[i]); }
  it.state = -1;
  return exhaust(it);
}, (it) => { const l = it.held[0] as PyList | null; const n = (it.state as number) + 1; return l && l.items.length >= n ? n : 0; }); // listreviter_len
nativeIterType(T.tuple_iterator, (it) => {
  const l = it.held[0] as PyTuple | null;
  if (!l) return null;
  const i = it.state as number;
  if (i < l.items.length) { it.state = i + 1; return incref(l.items[i]); }
  return exhaust(it);
}, (it) => { const l = it.held[0] as PyTuple | null; return l ? l.items.length - it.state : 0; });
for (const t of [T.str_iterator, T.str_iterator_u]) {
  nativeIterType(t, (it) => {
    const s = it.held[0] as PyStr | null;
    if (!s) return null;
    const i = it.state as number;
    if (i < s.v.length) {
      const cp = s.v.codePointAt(i)!;
      it.state = i + (cp > 0xffff ? 2 : 1);
      return newStr(String.fromCodePoint(cp));
    }
    return exhaust(it);
  }, (it) => { const s = it.held[0] as PyStr | null; return s ? [...s.v.slice(it.state as number)].length : 0; });
}
// Objects/bytesobject.c: striter_next; Objects/bytearrayobject.c: bytearrayiter_next (the current length each time)
for (const t of [T.bytes_iterator, T.bytearray_iterator]) {
  nativeIterType(t, (it) => {
    const b = it.held[0] as PyBytes | null;
    if (!b) return null;
    const i = it.state as number;
    if (i < b.v.length) { it.state = i + 1; return newInt(b.v[i]); }
    return exhaust(it);
  }, (it) => { const b = it.held[0] as PyBytes | null; return b ? Math.max(0, b.v.length - it.state) : 0; });
}
nativeIterType(T.range_iterator, (it) => {
  const st = it.state as { cur: number | bigint; stop: number | bigint; step: number | bigint; left: number };
  if (st.left <= 0) return null;
  st.left--;
  const v = st.cur;
  st.cur = typeof v === 'number' && typeof st.step === 'number' ? v + st.step : big(v) + big(st.step);
  return newInt(v);
}, (it) => (it.state as any).left);
nativeIterType(T.set_iterator, (it) => {
  const s = it.held[0] as PySet | null;
  if (!s) return null;
  const st = it.state as { i: number; used: number; asked?: true };
  if (s.used !== st.used) { st.used = -1; raise('RuntimeError', 'Set changed size during iteration'); }
  // the first item taken shows the order (set.ts: checkOrderKnown; asked where the taker is known: a generator
  // expression's iterator is made before sorted() runs it)
  if (!st.asked) { st.asked = true; checkOrderKnown(s, 'iterating over', true); }
  while (st.i <= s.mask) {
    const e = s.table[st.i++];
    if (e && typeof e === 'object') return incref(e.key);
  }
  return exhaust(it);
});
/**
 * Objects/dictobject.c: dictiter_new — the iterator holds the dict (di_dict)
 * and, for the item iterators, a result holder di_result = PyTuple_Pack(2,
 * None, None) (3.14 leaves it untracked: no GC item; 3.11 tracks it). A
 * reverse iterator starts at the last entry slot.
 */
/** An int, float, str, bool or None: its repr runs no Python code (3.14 never asks for it: the note shows 3.11's). */
function plainAtom(o: PyObject): boolean {
  return o.type === T.int || o.type === T.float || o.type === T.str || o.type === T.bool || o.type === T.NoneType;
}

export function dictIterNew(d: PyDict, t: PyType): PyNative {
  const reverse = t === T.dict_reversekeyiterator || t === T.dict_reversevalueiterator || t === T.dict_reverseitemiterator;
  const items = t === T.dict_itemiterator || t === T.dict_reverseitemiterator;
  const it = newNative(t, items ? [d, null] : [d], items ? ['dict', 'result'] : ['dict'], { i: reverse ? d.entries.length - 1 : 0, used: d.used, len: d.used });
  if (items) it.held[1] = newTuple([None, None]);
  return it;
}
/**
 * The item iterators' result: Objects/dictobject.c: dictiter_iternextitem /
 * dictreviter_iternext keep di_result and refill it in place while only the
 * iterator holds it (so after `for k, v in d.items()` unpacks, the cached
 * tuple still holds k and v); otherwise a new tuple (PyTuple_New: tracked).
 * di_result is released only with the iterator (dictiter_dealloc), not when
 * it runs out (that drops only di_dict).
 */
function dictIterItem(it: PyNative, e: DictEntry): PyTuple {
  const key = incref(e.key), value = incref(e.value);
  const result = it.held[1] as PyTuple;
  if (result.rc === 1) return refillPair(result, key, value);
  return newTupleTracked([key, value]) as PyTuple;
}
// Objects/dictobject.c: dictiter_iternextkey / value / item, and
// dictreviter_iternext (from the last entry slot back to the first). Running
// out drops the dict (di_dict), not di_result. __length_hint__ is
// dictiter_len: what is left (di->len) while the dict has not changed size.
for (const [t, kind, reverse] of [
  [T.dict_keyiterator, 0, false], [T.dict_valueiterator, 1, false], [T.dict_itemiterator, 2, false],
  [T.dict_reversekeyiterator, 0, true], [T.dict_reversevalueiterator, 1, true], [T.dict_reverseitemiterator, 2, true],
] as [PyType, number, boolean][]) {
  nativeIterType(t, (it) => {
    const d = it.held[0] as PyDict | null;
    if (!d) return null;
    const st = it.state as { i: number; used: number; len: number };
    if (d.used !== st.used) { st.used = -1; raise('RuntimeError', 'dictionary changed size during iteration'); }
    while (reverse ? st.i >= 0 : st.i < d.entries.length) {
      const e = d.entries[reverse ? st.i-- : st.i++];
      if (e) {
        st.len--;
        if (kind === 0) return incref(e.key);
        if (kind === 1) return incref(e.value);
        return dictIterItem(it, e);
      }
    }
    return exhaust(it);
  }, (it) => {
    const d = it.held[0] as PyDict | null, st = it.state as { used: number; len: number };
    return d && st.used === d.used ? st.len : 0;
  });
}
// iter(seq) for objects with __getitem__: Objects/iterobject.c: seqiter
nativeIterType(T.iterator, (it) => {
  const s = it.held[0];
  if (!s) return null;
  const i = it.state as number;
  const k = newInt(i);
  try {
    const v = ops.getitem(s, k);
    it.state = i + 1;
    return v;
  } catch (e) {
    if (e instanceof PyExc && (isInstance(e.exc, EXC.IndexError) || isInstance(e.exc, EXC.StopIteration))) {
      decref(e.exc);
      return exhaust(it);
    }
    throw e;
  } finally { decref(k); }
});
ops.installSeqIter((o) => newNative(T.iterator, [o], ['seq'], 0));
nativeIterType(T.callable_iterator, (it) => {
  const f = it.held[0], sentinel = it.held[1];
  if (!f || !sentinel) return null;
  const v = call(f, []);
  if (ops.eq(v, sentinel)) { decref(v); it.setHeld(R.heap, 0, null); it.setHeld(R.heap, 1, null); return null; }
  return v;
});

export function iterOf(o: PyObject): PyObject { return ops.iter(o); }

// ------------------------------------------------------------------ int / bool / float
const NUM_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
for (const t of [T.int, T.float]) {
  // Objects/longobject.c: CHECK_BINOP — int's own methods take ints only (`(1).__add__(1.5)` is NotImplemented, and
  // then float.__radd__ answers); Objects/floatobject.c: CONVERT_TO_DOUBLE — float's take ints and floats
  const accepts = t === T.int ? (o: PyObject | undefined) => o instanceof PyInt : (o: PyObject | undefined) => o instanceof PyInt || o instanceof PyFloat;
  NUM_NAMES.forEach((n, i) => {
    if (t === T.float && (i === 1 || i === 7 || i === 12 || i === 3 || i === 9)) return;
    if (i === 4) return;
    const fwd = numericDunder(i, false), rev = numericDunder(i, true);
    if (n === 'pow') {
      // Objects/longobject.c: long_pow / float_pow — the optional modulus: ints only (a float with one raises)
      const third = (s: PyObject, a: PyObject[], base: PyObject, exp: PyObject): PyObject | null => {
        if (a.length < 2 || a[1] === None) return null;
        if (t === T.float) typeError('pow() 3rd argument not allowed unless all arguments are integers');
        return a[1] instanceof PyInt ? intPowMod(base as PyInt, exp as PyInt, a[1]) : NotImplemented;
      };
      def(t, '__pow__', (s, a) => (accepts(a[0]) ? third(s, a, s, a[0]!) ?? fwd(s, a) : NotImplemented));
      def(t, '__rpow__', (s, a) => (accepts(a[0]) ? third(s, a, a[0]!, s) ?? rev(s, a) : NotImplemented));
      return;
    }
    def(t, `__${n}__`, (s, a) => (accepts(a[0]) ? fwd(s, a) : NotImplemented));
    def(t, `__r${n}__`, (s, a) => (accepts(a[0]) ? rev(s, a) : NotImplemented));
  });
  for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
    def(t, n, (s, a) => {
      const o = a[0];
      if (!accepts(o)) return NotImplemented;
      return ops.richCompare(s.type.isHeapType ? toPlain(s) : s, o.type.isHeapType ? toPlain(o) : o, op);
    });
  }
  def(t, '__hash__', (s) => newInt(s instanceof PyInt ? ops.hashIntExact(s.v) : ops.hashFloatExact((s as PyFloat).v)));
  def(t, '__bool__', (s) => newBool(s instanceof PyInt ? s.v != 0 : (s as PyFloat).v !== 0));
  def(t, '__neg__', (s) => (s instanceof PyInt ? newInt(typeof s.v === 'number' ? -s.v : -s.v) : newFloat(-(s as PyFloat).v)));
  def(t, '__pos__', (s) => (s instanceof PyInt ? newInt(s.v) : newFloat((s as PyFloat).v)));
  // Objects/longobject.c: long_abs — a non-negative exact int is returned itself (long_long)
  def(t, '__abs__', (s) => (s instanceof PyInt ? (s.type === T.int && s.v >= 0 ? incref(s) : newInt(typeof s.v === 'number' ? Math.abs(s.v) : s.v < 0n ? -s.v : s.v)) : newFloat(Math.abs((s as PyFloat).v))));
  def(t, '__int__', (s) => (s instanceof PyInt ? newInt(s.v) : floatToInt((s as PyFloat).v)));
  def(t, '__float__', (s) => newFloat(s instanceof PyInt ? intToFloat(s.v) : (s as PyFloat).v));
  def(t, '__format__', (s, a) => newStr(formatObj(s.type.isHeapType ? toPlain(s) : s, (a[0] as PyStr).v)));
}
function toPlain(o: PyObject): PyObject { return o instanceof PyInt ? newInt(o.v) : o; }
function toPlainKeep(o: PyObject): PyObject { return o instanceof PyInt && o.type.isHeapType ? newInt(o.v) : o; }
// Objects/longobject.c: long_long — an exact int is its own __index__/__int__
def(T.int, '__index__', (s) => (s.type === T.int ? incref(s) : newInt((s as PyInt).v)));
def(T.int, '__invert__', (s) => newInt(typeof (s as PyInt).v === 'number' ? -((s as PyInt).v as number) - 1 : -((s as PyInt).v as bigint) - 1n));
def(T.int, 'bit_length', (s) => newInt(bitLength(big((s as PyInt).v))));
def(T.int, 'bit_count', (s) => { let v = big((s as PyInt).v); if (v < 0n) v = -v; return newInt(v.toString(2).split('').filter((c) => c === '1').length); });
def(T.int, 'conjugate', (s) => newInt((s as PyInt).v));
def(T.int, 'as_integer_ratio', (s) => newTuple([newInt((s as PyInt).v), newInt(1)]));
def(T.int, 'is_integer', () => True);
def(T.int, '__round__', (s, a) => {
  if (!a.length || a[0] === None) return newInt((s as PyInt).v);
  const nd = asIntArg(a[0]);
  if (nd >= 0) return newInt((s as PyInt).v);
  const p = 10n ** BigInt(-nd);
  const v = big((s as PyInt).v);
  let q = v / p, r = v % p;
  if (r < 0n) { r += p; q -= 1n; }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return newInt(q * p);
});
T.int.attrs.set('real', new PyGetSet(T.int, 'real', (s) => newInt((s as PyInt).v)));
T.int.attrs.set('imag', new PyGetSet(T.int, 'imag', () => newInt(0)));
T.int.attrs.set('numerator', new PyGetSet(T.int, 'numerator', (s) => newInt((s as PyInt).v)));
T.int.attrs.set('denominator', new PyGetSet(T.int, 'denominator', () => newInt(1)));
def(T.bool, '__and__', (s, a) => (a[0].type === T.bool ? newBool((((s as PyInt).v as number) & ((a[0] as PyInt).v as number)) !== 0) : numericDunder(1, false)(s, a)));
def(T.bool, '__or__', (s, a) => (a[0].type === T.bool ? newBool((((s as PyInt).v as number) | ((a[0] as PyInt).v as number)) !== 0) : numericDunder(7, false)(s, a)));
def(T.bool, '__xor__', (s, a) => (a[0].type === T.bool ? newBool((((s as PyInt).v as number) ^ ((a[0] as PyInt).v as number)) !== 0) : numericDunder(12, false)(s, a)));

export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return newInt(Number.isSafeInteger(t) ? t : BigInt(t));
}

def(T.float, 'is_integer', (s) => newBool(Number.isInteger((s as PyFloat).v)));
def(T.float, 'conjugate', (s) => incref(s));
def(T.float, 'hex', () => notSupported('float.hex()'));
def(T.float, 'as_integer_ratio', (s) => {
  const x = (s as PyFloat).v;
  if (!Number.isFinite(x)) raise(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let num = BigInt(m), den = 1n << BigInt(e);
  const g = gcd(num < 0n ? -num : num, den);
  return newTuple([newInt(num / g), newInt(den / g)]);
});
function gcd(a: bigint, b: bigint): bigint { while (b) { [a, b] = [b, a % b]; } return a || 1n; }
def(T.float, '__round__', (s, a) => {
  const x = (s as PyFloat).v;
  if (!a.length || a[0] === None) {
    // round half to even
    const r = Math.round(x);
    const v = Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
    return floatToInt(v);
  }
  const nd = asIntArg(a[0]);
  return newFloat(roundFloat(x, nd));
});
T.float.attrs.set('real', new PyGetSet(T.float, 'real', (s) => newFloat((s as PyFloat).v)));
T.float.attrs.set('imag', new PyGetSet(T.float, 'imag', () => newFloat(0)));
def(T.float, '__divmod__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyInt || o instanceof PyFloat)) return NotImplemented;
  const [q, r] = floatDivmod((s as PyFloat).v, o instanceof PyInt ? intToFloat(o.v) : o.v);
  return newTuple([newFloat(q), newFloat(r)]);
});

/** Objects/floatobject.c: double_round — correctly rounded via the decimal string. */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 22) return x;
  // toFixed works on |x| (format's sign is added separately): round the magnitude, keep the sign
  if (nd >= 0) { const r = parseFloat(toFixed(Math.abs(x), nd)); return x < 0 ? -r : r; }
  const p = Math.pow(10, -nd);
  const y = x / p;
  const r = Math.round(y);
  const v = Math.abs(y % 1) === 0.5 ? 2 * Math.round(y / 2) : r;
  return v * p;
}

// ------------------------------------------------------------------ sequences: index helpers
export function normIndex(i: PyObject, n: number, what: string): number {
  let k = asIndex(i, `${what} indices`);
  if (k < 0) k += n;
  return k;
}

// ------------------------------------------------------------------ list
function listOf(o: PyObject): PyList { return o as PyList; }
def(T.list, '__len__', (s) => newInt(listOf(s).items.length));
def(T.list, '__getitem__', (s, a) => listGetitem(listOf(s), a[0]));
def(T.list, '__setitem__', (s, a) => { listSetitem(listOf(s), a[0], a[1]); return None; });
def(T.list, '__delitem__', (s, a) => { listDelitem(listOf(s), a[0]); return None; });
/** PyObject_RichCompareBool(x, y, Py_EQ) with both held (Py_INCREF) by the C code that compares them. */
function heldEq(x: PyObject, y: PyObject, what: string): boolean {
  if (x === y) return true;
  incref(x); incref(y);
  try { return holding(what, [x, y], () => ops.eq(x, y)); } finally { decref(x); decref(y); }
}
/** Objects/listobject.c: list_contains, list_index, list_count, list_remove — each item is held
 *  (Py_INCREF) while PyObject_RichCompareBool runs its __eq__. */
function listItemEq(item: PyObject, v: PyObject): boolean {
  if (item === v) return true;
  incref(item);
  try { return holding('the list method, holding the item it compares (Objects/listobject.c)', [item], () => ops.eq(item, v)); } finally { decref(item); }
}
def(T.list, '__contains__', (s, a) => newBool(listOf(s).items.some((x) => listItemEq(x, a[0]))));
def(T.list, '__iter__', (s) => newNative(T.list_iterator, [s], ['list'], 0));
def(T.list, '__reversed__', (s) => newNative(T.list_reverseiterator, [s], ['list'], listOf(s).items.length - 1));
def(T.list, 'append', (s, a) => { argCount('append', a, 1, 1); listAppend(listOf(s), a[0]); return None; });
def(T.list, 'extend', (s, a) => { listExtend(listOf(s), a[0]); return None; });
def(T.list, 'insert', (s, a) => {
  argCount('insert', a, 2, 2);
  const l = listOf(s);
  const n = l.items.length;
  let i = asIntArg(a[0]);
  if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
  listResize(l, n + 1);
  l.items.splice(i, 0, incref(a[1]));
  return None;
});
def(T.list, 'pop', (s, a) => {
  const l = listOf(s);
  const n = l.items.length;
  // Objects/clinic/listobject.c.h: list_pop — the index is converted before the list is looked at
  let i = a.length ? asIntArg(a[0]) : -1;
  if (n === 0) raise('IndexError', 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
  const v = l.items.splice(i, 1)[0];
  // Objects/listobject.c: list_pop_impl — popping the last item clears the list
  if (n - 1 === 0) l.allocated = 0;
  else listResize(l, n - 1);
  return v;
});
def(T.list, 'remove', (s, a) => {
  const l = listOf(s);
  for (let i = 0; i < l.items.length; i++) {
    if (listItemEq(l.items[i], a[0])) {
      const v = l.items.splice(i, 1)[0];
      // list_remove → list_ass_slice, which clears a list it empties
      if (l.items.length === 0) l.allocated = 0;
      else listResize(l, l.items.length);
      decref(v);
      return None;
    }
  }
  return raise('ValueError', R.rules.version === '3.11' ? 'list.remove(x): x not in list' : 'list.remove(x): x not in list');
});
def(T.list, 'index', (s, a) => {
  const l = listOf(s);
  const start = a.length > 1 ? normClamp(a[1], l.items.length) : 0;
  const stop = a.length > 2 ? normClamp(a[2], l.items.length) : l.items.length;
  for (let i = start; i < stop && i < l.items.length; i++) if (listItemEq(l.items[i], a[0])) return newInt(i);
  return raise('ValueError', messageOf('listIndexMissing', R.rules.version === '3.11' || plainAtom(a[0]) ? ops.repr(a[0]) : `repr(${a[0].type.name} object)`));
});
// Python/ceval.c: _PyEval_SliceIndexNotNone — list.index / tuple.index start and stop
function normClamp(o: PyObject, n: number): number {
  if (!(o instanceof PyInt) && !o.type.lookup('__index__')) typeError('slice indices must be integers or have an __index__ method');
  let i = asIndex(o); if (i < 0) { i += n; if (i < 0) i = 0; } return Math.min(i, n);
}
def(T.list, 'count', (s, a) => { let n = 0; const l = listOf(s); for (let i = 0; i < l.items.length; i++) if (listItemEq(l.items[i], a[0])) n++; return newInt(n); });
def(T.list, 'clear', (s) => { const l = listOf(s); const old = l.items; l.items = []; l.allocated = 0; for (let i = old.length - 1; i >= 0; i--) decref(old[i]); return None; });
def(T.list, 'copy', (s) => listCopy(listOf(s)));
def(T.list, 'reverse', (s) => { listOf(s).items.reverse(); return None; });
def(T.list, 'sort', (s, a, kw) => { listSort(listOf(s), a, kw); return None; });
def(T.list, '__add__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyList)) return NotImplemented;
  return newList([...listOf(s).items, ...o.items].map((x) => incref(x)));
});
def(T.list, '__iadd__', (s, a) => { listExtend(listOf(s), a[0]); return incref(s); });
def(T.list, '__mul__', (s, a) => seqRepeat(s, a[0], (items) => {
  const l = newList(items);
  return l;
}));
def(T.list, '__rmul__', (s, a) => seqRepeat(s, a[0], (items) => newList(items)));
def(T.list, '__imul__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyInt)) return NotImplemented;
  const l = listOf(s);
  const n = Math.max(0, Number(o.v));
  if (n === 0) { const old = l.items; l.items = []; l.allocated = 0; for (const x of old) decref(x); return incref(s); }
  const base = l.items.slice();
  checkAlloc(base.length * n);
  listResize(l, base.length * n);
  for (let k = 1; k < n; k++) for (const x of base) l.items.push(incref(x));
  return incref(s);
});
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(T.list, n, (s, a) => (a[0] instanceof PyList ? seqCompare(listOf(s).items, (a[0] as PyList).items, op, true) : NotImplemented));
  def(T.tuple, n, (s, a) => (a[0] instanceof PyTuple ? seqCompare((s as PyTuple).items, (a[0] as PyTuple).items, op) : NotImplemented));
}
T.list.attrs.set('__hash__', None);
T.list.newFn = (t, args, kw) => {
  const l = newList([], t);
  return l;
};
def(T.list, '__init__', (s, a, kw) => {
  noKw('list', kw);
  argCount('list', a, 0, 1);
  const l = listOf(s);
  if (l.items.length) { const old = l.items; l.items = []; l.allocated = 0; for (const x of old) decref(x); }
  if (a.length) listInit(l, a[0]);
  return None;
});
export function listCopy(l: PyList): PyList {
  const n = newList(l.items.map((x) => incref(x)));
  return n;
}

function seqCompare(a: PyObject[], b: PyObject[], op: ops.CmpOp, holdItems = false): PyObject {
  // Objects/listobject.c: list_richcompare (which holds both items while they compare; tuplerichcompare does not)
  if (a.length !== b.length && (op === '==' || op === '!=')) return newBool(op === '!=');
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!(holdItems ? heldEq(a[i], b[i], 'list comparison, holding both items (Objects/listobject.c: list_richcompare)') : ops.eq(a[i], b[i]))) break;
  if (i >= a.length || i >= b.length) {
    const x = a.length, y = b.length;
    switch (op) { case '<': return newBool(x < y); case '<=': return newBool(x <= y); case '==': return newBool(x === y); case '!=': return newBool(x !== y); case '>': return newBool(x > y); default: return newBool(x >= y); }
  }
  if (op === '==') return False;
  if (op === '!=') return True;
  return ops.richCompare(a[i], b[i], op);
}

/** Objects/abstract.c: PyNumber_AsSsize_t — a repeat count must fit in Py_ssize_t. */
export function checkIndexSized(v: number | bigint): void {
  if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
}

function checkAlloc(n: number): void {
  // Objects/listobject.c: an array CPython cannot allocate raises MemoryError — more than
  // PY_SSIZE_T_MAX bytes always, and (heapsnake's documented stand-in for a typical machine's
  // refusal) more than 64 GiB; smaller requests over heapsnake's own limit stop the run.
  if (n * 8 > 2 ** 36) raise('MemoryError');
  if (n > R.limits.maxAlloc) {
    throw new LimitExceeded('heap', `the program tried to allocate a sequence of ${n.toLocaleString('en-US')} items (more than heapsnake's limit of ${R.limits.maxAlloc.toLocaleString('en-US')})`);
  }
}

function seqRepeat(s: PyObject, times: PyObject, make: (items: PyObject[]) => PyObject): PyObject {
  if (!(times instanceof PyInt)) {
    if (times.type.lookup('__index__')) times = newInt(asIndex(times));
    else return NotImplemented;
  }
  const src = (s as PyList).items;
  checkIndexSized((times as PyInt).v);
  let n = Number((times as PyInt).v);
  if (n < 0) n = 0;
  checkAlloc(src.length * n);
  const out: PyObject[] = new Array(src.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (const x of src) out[k++] = incref(x);
  return make(out);
}

function listGetitem(l: PyList, k: PyObject): PyObject {
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, l.items.length);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(incref(l.items[j]));
    return newList(out);
  }
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`list indices must be integers or slices, not ${k.type.name}`);
  const i = normIndex(k, l.items.length, 'list');
  if (i < 0 || i >= l.items.length) raise('IndexError', 'list index out of range');
  return incref(l.items[i]);
}
function listSetitem(l: PyList, k: PyObject, v: PyObject): void {
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, l.items.length);
    const src = v === l ? l.items.slice() : ops.toArray(v);
    if (v === l) for (const x of src) incref(x);
    if (step === 1) {
      const hi = Math.max(start, stop);
      // Objects/listobject.c: list_ass_slice resizes while Py_SIZE is still the old length, so a big
      // growth gets list_resize's exact-fit rule ((newsize + 3) & ~3)
      const d = src.length - (hi - start);
      // (list_ass_slice clears a list it empties: no array left)
      if (l.items.length + d === 0) { listClear(l); return; }
      if (d !== 0) listResize(l, l.items.length + d);
      const removed = l.items.splice(start, hi - start, ...src);
      for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
      return;
    }
    if (src.length !== n) { for (const x of src) decref(x); raise('ValueError', `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`); }
    for (let i = 0, j = start; i < n; i++, j += step) { const old = l.items[j]; l.items[j] = src[i]; decref(old); }
    return;
  }
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`list indices must be integers or slices, not ${k.type.name}`);
  const i = normIndex(k, l.items.length, 'list');
  if (i < 0 || i >= l.items.length) raise('IndexError', 'list assignment index out of range');
  const old = l.items[i];
  l.items[i] = incref(v);
  decref(old);
}
function listDelitem(l: PyList, k: PyObject): void {
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, l.items.length);
    if (n === 0) return;
    const idxs: number[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) idxs.push(j);
    idxs.sort((a, b) => b - a);
    const removed: PyObject[] = [];
    for (const j of idxs) removed.push(l.items.splice(j, 1)[0]);
    // Objects/listobject.c: list_ass_subscript — a step-1 slice goes to list_ass_slice, which clears
    // a list it empties; other steps list_resize
    if (step === 1 && l.items.length === 0) l.allocated = 0;
    else listResize(l, l.items.length);
    // Objects/listobject.c: list_ass_slice frees the removed items from the last one
    for (const x of removed) decref(x);
    return;
  }
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`list indices must be integers or slices, not ${k.type.name}`);
  const i = normIndex(k, l.items.length, 'list');
  if (i < 0 || i >= l.items.length) raise('IndexError', 'list assignment index out of range');
  const v = l.items.splice(i, 1)[0];
  // del l[i]: 3.11 list_ass_slice (clears a list it empties); 3.14 list_ass_item only list_resizes
  if (l.items.length === 0 && !R.rules.listDelItemResizes) l.allocated = 0;
  else listResize(l, l.items.length);
  decref(v);
}

/**
 * Objects/listobject.c: list_sort_impl — keys computed once per item; with
 * reverse, the list is reversed before and after a stable ascending sort;
 * mutation during the sort is an error. Lists under 64 items are sorted
 * exactly as CPython does (count_run + binarysort), so the comparisons (and a
 * failing comparison's message) come in CPython's order.
 * NON-CPYTHON: 64+ items use a merge sort with the same result but a
 * different sequence of comparisons than timsort's merges and galloping.
 */
export function listSort(l: PyList, a: PyObject[], kw: string[] | null): void {
  const [pos, kws] = splitKw(a, kw);
  if (pos.length) typeError('sort() takes no positional arguments');
  // Objects/listobject.c: list_sort's Argument Clinic parser rejects any other keyword (sorted() passes them on)
  for (const k of kws.keys()) if (k !== 'key' && k !== 'reverse') typeError(messageOf('badKeyword', 'sort', k, ['key', 'reverse']));
  const key = kws.get('key');
  const reverse = kws.has('reverse') ? ops.truthy(kws.get('reverse')!) : false;
  const items = l.items;
  const saved = l.allocated;
  // Objects/listobject.c: list_sort_impl — the list is made empty while it sorts (ob_item NULL, size 0,
  // allocated -1: sys.getsizeof of it in a key or __lt__ is 8 below an empty list's)
  l.items = [];
  l.allocated = -1;
  let keys: PyObject[] | null = null;
  try {
    if (key && key !== None) keys = items.map((x) => call(key, [x]));
    const idx = items.map((_, i) => i);
    const ks = keys ?? items;
    if (reverse) idx.reverse();
    const lt = (x: number, y: number) => ops.lt(ks[x], ks[y]);
    // (while tracing: whether the comparisons run Python code, which may log them: versionnote.ts)
    const userLt = !!(R as any).explainer && ks.some((k) => k.type.isHeapType && ['__lt__', '__gt__'].some((m) => k.type.lookup(m)?.type === T.function));
    if (idx.length < 64) smallSort(idx, lt, userLt);
    else mergeSort(idx, lt);
    if (reverse) idx.reverse();
    if (l.items.length || l.allocated !== -1) raise('ValueError', 'list modified during sort');
    l.items = idx.map((i) => items[i]);
    l.allocated = saved;
  } catch (e) {
    if (!l.items.length) { l.items = items; l.allocated = saved; }
    throw e;
  } finally {
    if (keys) for (const k of keys) decref(k);
  }
}

/** count_run + binarysort over the whole (short) array; while tracing, a sort that prints is noted with its count_run rule. */
function smallSort(a: number[], lt: (x: number, y: number) => boolean, userLt = false): void {
  if ((R as any).explainer && a.length >= 2) noteRuleSpan('sortCountRunEqualRuns', () => smallSortBody(a, lt), userLt);
  else smallSortBody(a, lt);
}

function smallSortBody(a: number[], lt: (x: number, y: number) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  const run = R.rules.sortCountRunEqualRuns ? countRun(a, lt) : countRun311(a, lt);
  // binarysort(ms, lo, n, ok = run): binary insertion of a[run:] into the sorted a[:run]
  for (let start = run; start < n; start++) {
    const pivot = a[start];
    let lo = 0, hi = start;
    do {
      const p = lo + ((hi - lo) >> 1);
      if (lt(pivot, a[p])) hi = p; else lo = p + 1;
    } while (lo < hi);
    for (let k = start; k > lo; k--) a[k] = a[k - 1];
    a[lo] = pivot;
  }
}

function reverseRange(a: number[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) { const t = a[lo]; a[lo] = a[hi]; a[hi] = t; }
}

/** 3.11 Objects/listobject.c: count_run — a strictly descending run is reversed, else an ascending one. */
function countRun311(a: number[], lt: (x: number, y: number) => boolean): number {
  const n = a.length;
  let run = 2;
  if (lt(a[1], a[0])) {
    while (run < n && lt(a[run], a[run - 1])) run++;
    reverseRange(a, 0, run);
  } else {
    while (run < n && !lt(a[run], a[run - 1])) run++;
  }
  return run;
}

/**
 * 3.13+ Objects/listobject.c: count_run — an ascending run first; else a descending run
 * in which equal neighbours are allowed (each all-equal stretch reversed on the fly,
 * REVERSE_LAST_NEQ), the whole reversed, then extended by an ascending suffix.
 */
function countRun(a: number[], lt: (x: number, y: number) => boolean): number {
  const total = a.length;
  let n = 1;
  for (; n < total; n++) if (lt(a[n], a[n - 1])) break;
  if (n === total) return n;
  if (n > 1) {
    if (lt(a[0], a[n - 1])) return n;
    reverseRange(a, 0, n);
  }
  n++;
  let neq = 0;
  const reverseLastNeq = (): void => { if (neq) { neq++; reverseRange(a, n - neq, n); neq = 0; } };
  for (; n < total; n++) {
    if (lt(a[n], a[n - 1])) reverseLastNeq();
    else if (lt(a[n - 1], a[n])) break;
    else neq++;
  }
  reverseLastNeq();
  reverseRange(a, 0, n);
  for (; n < total; n++) if (lt(a[n], a[n - 1])) break;
  return n;
}

function mergeSort(a: number[], lt: (x: number, y: number) => boolean): void {
  if (a.length < 64) { smallSort(a, lt); return; }
  const mid = a.length >> 1;
  const left = a.slice(0, mid), right = a.slice(mid);
  mergeSort(left, lt); mergeSort(right, lt);
  let i = 0, j = 0, k = 0;
  while (i < left.length && j < right.length) a[k++] = lt(right[j], left[i]) ? right[j++] : left[i++];
  while (i < left.length) a[k++] = left[i++];
  while (j < right.length) a[k++] = right[j++];
}

// ------------------------------------------------------------------ tuple
def(T.tuple, '__len__', (s) => newInt((s as PyTuple).items.length));
def(T.tuple, '__getitem__', (s, a) => {
  const t = s as PyTuple, k = a[0];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, t.items.length);
    if (step === 1 && n === t.items.length && t.type === T.tuple) return incref(t);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(incref(t.items[j]));
    return newTupleTracked(out);
  }
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`tuple indices must be integers or slices, not ${k.type.name}`);
  const i = normIndex(k, t.items.length, 'tuple');
  if (i < 0 || i >= t.items.length) raise('IndexError', 'tuple index out of range');
  return incref(t.items[i]);
});
def(T.tuple, '__contains__', (s, a) => newBool((s as PyTuple).items.some((x) => ops.eq(x, a[0]))));
def(T.tuple, '__iter__', (s) => newNative(T.tuple_iterator, [s], ['tuple'], 0));
def(T.tuple, '__hash__', (s) => newInt(ops.hashTupleExact((s as PyTuple).items)));
// Objects/tupleobject.c: tuple_index_impl — between start and stop, as list.index
def(T.tuple, 'index', (s, a) => {
  const t = (s as PyTuple).items;
  const start = a.length > 1 ? normClamp(a[1], t.length) : 0;
  const stop = a.length > 2 ? normClamp(a[2], t.length) : t.length;
  for (let i = start; i < stop && i < t.length; i++) if (ops.eq(t[i], a[0])) return newInt(i);
  return raise('ValueError', 'tuple.index(x): x not in tuple');
});
def(T.tuple, 'count', (s, a) => newInt((s as PyTuple).items.filter((x) => ops.eq(x, a[0])).length));
def(T.tuple, '__add__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyTuple)) return NotImplemented;
  // Objects/tupleobject.c: tupleconcat — adding an empty tuple gives back the other one (exact tuples)
  if (!o.items.length && s.type === T.tuple) return incref(s);
  if (!(s as PyTuple).items.length && o.type === T.tuple) return incref(o);
  return newTupleTracked([...(s as PyTuple).items, ...o.items].map((x) => incref(x)));
});
// Objects/tupleobject.c: tuplerepeat — an exact tuple times 1 (or an empty one) is itself
const tupleRepeat = (s: PyObject, n: PyObject): PyObject => {
  if (s.type === T.tuple && n instanceof PyInt && (Number(n.v) === 1 || (!(s as PyTuple).items.length && Number(n.v) > 0))) return incref(s);
  return seqRepeat(s, n, (items) => newTupleTracked(items));
};
def(T.tuple, '__mul__', (s, a) => tupleRepeat(s, a[0]));
def(T.tuple, '__rmul__', (s, a) => tupleRepeat(s, a[0]));
T.tuple.newFn = (t, args, kw) => {
  noKw('tuple', kw);
  argCount('tuple', args, 0, 1);
  if (!args.length) return t === T.tuple ? EMPTY_TUPLE_STATIC : trackedTuple(t, []);
  const a = args[0];
  if (a instanceof PyTuple && a.type === T.tuple && t === T.tuple) return incref(a);
  let items: PyObject[];
  if (R.rules.tupleLengthHint && !(a instanceof PyList && a.type === T.list) && !(a instanceof PyTuple && a.type === T.tuple)) {
    // 3.11 Objects/abstract.c: PySequence_Tuple — PyObject_GetIter, then PyObject_LengthHint(v, 10)
    // (a class's __len__ runs once) to size the tuple it fills
    const it = ops.iter(a);
    try { lengthHint(a); items = ops.toArray(it); } finally { decref(it); }
  } else items = ops.toArray(a);
  // Objects/abstract.c: PySequence_Tuple — a list goes through _PyList_AsTuple, other iterables fill a new tuple
  if (t === T.tuple) return a instanceof PyList ? newTuple(items) : newTupleTracked(items);
  return trackedTuple(t, items);
};
function trackedTuple(t: PyType, items: PyObject[]): PyTuple {
  const o = new PyTuple(t, items);
  R.heap.track(o);
  return o;
}
export { trackedTuple };

// ------------------------------------------------------------------ dict
function dictOf(o: PyObject): PyDict { return o as PyDict; }
def(T.dict, '__len__', (s) => newInt(dictOf(s).used));
def(T.dict, '__getitem__', (s, a) => {
  const v = dictGet(dictOf(s), a[0]);
  if (v === undefined) {
    const miss = s.type.isHeapType ? s.type.lookup('__missing__') : (s.type as any).missing;
    if (miss) return typeof miss === 'function' ? miss(s, a[0]) : callDescr(miss, s, [a[0]], null);
    throw keyError(a[0]);
  }
  return incref(v);
});
export function keyError(k: PyObject): never {
  raise('KeyError', k);
}
def(T.dict, '__setitem__', (s, a) => { dictSet(dictOf(s), a[0], a[1]); return None; });
def(T.dict, '__delitem__', (s, a) => { if (!dictDel(dictOf(s), a[0])) keyError(a[0]); return None; });
def(T.dict, '__contains__', (s, a) => newBool(dictGet(dictOf(s), a[0]) !== undefined));
def(T.dict, '__iter__', (s) => dictIterNew(dictOf(s), T.dict_keyiterator));
// Objects/dictobject.c: dict___reversed___impl
def(T.dict, '__reversed__', (s) => dictIterNew(dictOf(s), T.dict_reversekeyiterator));
def(T.dict, 'get', (s, a) => { argCount('get', a, 1, 2); const v = dictGet(dictOf(s), a[0]); return incref(v ?? (a[1] ?? None)); });
def(T.dict, 'setdefault', (s, a) => {
  const d = dictOf(s);
  const v = dictGet(d, a[0]);
  if (v !== undefined) return incref(v);
  const dv = a[1] ?? None;
  dictSet(d, a[0], dv);
  return incref(dv);
});
def(T.dict, 'pop', (s, a) => {
  argCount('pop', a, 1, 2);
  const v = dictPop(dictOf(s), a[0]);
  if (v !== undefined) return v;
  if (a.length > 1) return incref(a[1]);
  return keyError(a[0]);
});
def(T.dict, 'popitem', (s) => {
  const d = dictOf(s);
  for (let i = d.entries.length - 1; i >= 0; i--) {
    const e = d.entries[i];
    if (e) {
      const t = newTuple([incref(e.key), incref(e.value)]);
      removeAt(d, i);
      d.entries.length = i; // the slot is reused (Objects/dictobject.c: dict_popitem_impl)
      d.nentries = i;
      d.popped++;
      return t;
    }
  }
  return raise('KeyError', 'popitem(): dictionary is empty');
});
def(T.dict, 'keys', (s) => newNative(T.dict_keys, [s], ['mapping']));
def(T.dict, 'values', (s) => newNative(T.dict_values, [s], ['mapping']));
def(T.dict, 'items', (s) => newNative(T.dict_items, [s], ['mapping']));
def(T.dict, 'update', (s, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  if (pos.length) dictMerge(dictOf(s), pos[0], false);
  // the keys are the call's keyword-name strs, interned by the compiler (Python/compile.c: kwnames constants)
  for (const [k, v] of kws) { const key = kwName(k); dictSet(dictOf(s), key, v); decref(key); }
  return None;
});
def(T.dict, 'clear', (s) => { dictClear(dictOf(s)); return None; });
def(T.dict, 'copy', (s) => dictCopy(dictOf(s)));
def(T.dict, 'fromkeys', (cls, a) => {
  const d = cls === T.dict ? newDict() : ops.call(cls, []) as PyDict;
  const v = a[1] ?? None;
  ops.forEach(a[0], (k) => { dictSet(d, k, v); });
  return d;
}, 'class');
def(T.dict, '__or__', (s, a) => {
  if (!(a[0] instanceof PyDict)) return NotImplemented;
  const d = dictCopy(dictOf(s));
  dictMerge(d, a[0], false);
  return d;
});
def(T.dict, '__ior__', (s, a) => { dictMerge(dictOf(s), a[0], false); return incref(s); });
def(T.dict, '__eq__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = dictOf(s);
  if (d.used !== o.used) return False;
  for (const [k, v] of dictItems(d)) {
    const w = dictGet(o, k);
    // Objects/dictobject.c: dict_equal holds both values (and the key) while they compare
    if (w === undefined || !heldEq(v, w, 'dict comparison, holding both values (Objects/dictobject.c: dict_equal)')) return False;
  }
  return True;
});
def(T.dict, '__ne__', (s, a) => {
  const r = callDescr(T.dict.attrs.get('__eq__')!, s, a, null);
  return r === NotImplemented ? r : newBool(r === False);
});
T.dict.attrs.set('__hash__', None);
T.dict.newFn = (t) => newDict(t);
def(T.dict, '__init__', (s, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  argCount('dict', pos, 0, 1);
  const d = dictOf(s);
  if (pos.length) dictMerge(d, pos[0], false);
  for (const [k, v] of kws) { const key = kwName(k); dictSet(d, key, v); decref(key); }
  return None;
});
/** Objects/dictobject.c: PyDict_Copy — a compact copy sized for the used entries. */
export function dictCopy(d: PyDict): PyDict {
  const n = newDict();
  if (d.used === 0) return n;
  if ((d as any).shared) {
    n.log2size = estimateLog2Keysize(d.used);
    n.nentries = 0;
  } else if (d.used >= Math.floor((d.nentries * 2) / 3)) {
    // PyDict_Copy: clone_combined_dict_keys — the same table geometry and kind (str-keys or general)
    n.log2size = d.log2size; n.nentries = 0; n.unicodeKeys = d.unicodeKeys;
  } else {
    // PyDict_Copy falls back to dict_merge into the new dict
    dictMerge(n, d, false);
    return n;
  }
  for (const [k, v] of dictItems(d)) dictSet(n, k, v);
  return n;
}

// dict views
for (const [t, kind] of [[T.dict_keys, 0], [T.dict_values, 1], [T.dict_items, 2]] as [PyType, number][]) {
  const itT = [T.dict_keyiterator, T.dict_valueiterator, T.dict_itemiterator][kind];
  const revT = [T.dict_reversekeyiterator, T.dict_reversevalueiterator, T.dict_reverseitemiterator][kind];
  def(t, '__iter__', (s) => dictIterNew((s as PyNative).held[0] as PyDict, itT));
  def(t, '__len__', (s) => newInt(((s as PyNative).held[0] as PyDict).used));
  def(t, '__repr__', (s) => {
    const d = (s as PyNative).held[0] as PyDict;
    const parts: string[] = [];
    for (const [k, v] of dictItems(d)) parts.push(kind === 0 ? ops.repr(k) : kind === 1 ? ops.repr(v) : `(${ops.repr(k)}, ${ops.repr(v)})`);
    return newStr(`${t.name}([${parts.join(', ')}])`);
  });
  def(t, '__contains__', (s, a) => {
    const d = (s as PyNative).held[0] as PyDict;
    if (kind === 0) return newBool(dictGet(d, a[0]) !== undefined);
    if (kind === 1) { for (const [, v] of dictItems(d)) if (ops.eq(v, a[0])) return True; return False; }
    const p = a[0];
    if (!(p instanceof PyTuple) || p.items.length !== 2) return False;
    const v = dictGet(d, p.items[0]);
    return newBool(v !== undefined && ops.eq(v, p.items[1]));
  });
  // Objects/dictobject.c: dictkeys_reversed / dictvalues_reversed / dictitems_reversed
  def(t, '__reversed__', (s) => dictIterNew((s as PyNative).held[0] as PyDict, revT));
}
for (const t of [T.dict_keys, T.dict_items]) {
  for (const [n, f] of [['__and__', 'intersection'], ['__or__', 'union'], ['__sub__', 'difference'], ['__xor__', 'symmetric_difference']] as const) {
    def(t, n, (s, a) => {
      const st = newSet();
      setUpdate(st, s);
      const m = T.set.attrs.get(f)!;
      const r = callDescr(m, st, [a[0]], null);
      decref(st);
      return r;
    });
  }
}

// ------------------------------------------------------------------ set / frozenset
function setOf(o: PyObject): PySet { return o as PySet; }
for (const t of [T.set, T.frozenset]) {
  def(t, '__len__', (s) => newInt(setOf(s).used));
  def(t, '__contains__', (s, a) => {
    try { return newBool(setContains(setOf(s), a[0])); } catch (e) {
      // Objects/setobject.c: set_contains retries an unhashable set as a frozenset
      if (a[0] instanceof PySet && a[0].type === T.set) { const f = newSet(true); setUpdate(f, a[0]); decref((e as any).exc); try { return newBool(setContains(setOf(s), f)); } finally { decref(f); } }
      throw e;
    }
  });
  def(t, '__iter__', (s) => newNative(T.set_iterator, [s], ['set'], { i: 0, used: setOf(s).used }));
  // Objects/setobject.c: frozenset_copy — an exact frozenset is its own copy
  def(t, 'copy', (s) => (s.type === T.frozenset ? incref(s) : setCopy(setOf(s))));
  // Objects/setobject.c: set_union / set_or — a copy of the set (set_copy: set_update_internal
  // into a new set, presized from the other's size), then set_update_local with each other one
  const union = (s: PyObject, others: PyObject[]): PyObject => {
    const res = setCopy(setOf(s));
    for (const o of others) if (o !== s) setUpdate(res, o);
    return res;
  };
  def(t, 'union', (s, args) => union(s, args));
  def(t, '__or__', (s, args) => (args[0] instanceof PySet ? union(s, [args[0]]) : NotImplemented));
  // Objects/setobject.c: set_intersection_multi / set_and, set_difference_multi / set_sub,
  // set_symmetric_difference / set_xor (setops.ts)
  def(t, 'intersection', (s, args) => setIntersectionMulti(setOf(s), args));
  def(t, '__and__', (s, args) => (args[0] instanceof PySet ? setIntersection(setOf(s), args[0]) : NotImplemented));
  def(t, 'difference', (s, args) => setDifferenceMulti(setOf(s), args));
  def(t, '__sub__', (s, args) => (args[0] instanceof PySet ? setDifference(setOf(s), args[0]) : NotImplemented));
  def(t, 'symmetric_difference', (s, args) => { argCount(`${t.name}.symmetric_difference`, args, 1, 1); return setSymmetricDifference(setOf(s), args[0]); });
  def(t, '__xor__', (s, args) => (args[0] instanceof PySet ? setSymmetricDifference(setOf(s), args[0]) : NotImplemented));
  def(t, 'issubset', (s, a) => { const o = asSet(a[0]); try { return newBool(setKeys(setOf(s)).every((k) => setContains(o, k))); } finally { decref(o); } });
  def(t, 'issuperset', (s, a) => { const o = asSet(a[0]); try { return newBool(setKeys(o).every((k) => setContains(setOf(s), k))); } finally { decref(o); } });
  def(t, 'isdisjoint', (s, a) => { const o = asSet(a[0]); try { return newBool(!setKeys(o).some((k) => setContains(setOf(s), k))); } finally { decref(o); } });
  for (const [n, op] of [['__le__', '<='], ['__lt__', '<'], ['__ge__', '>='], ['__gt__', '>'], ['__eq__', '=='], ['__ne__', '!=']] as const) {
    def(t, n, (s, a) => {
      const o = a[0];
      if (!(o instanceof PySet)) return NotImplemented;
      const A = setOf(s);
      const sub = setKeys(A).every((k) => setContains(o, k));
      const sup = setKeys(o).every((k) => setContains(A, k));
      switch (op) {
        case '<=': return newBool(sub); case '<': return newBool(sub && A.used < o.used);
        case '>=': return newBool(sup); case '>': return newBool(sup && A.used > o.used);
        case '==': return newBool(sub && sup); default: return newBool(!(sub && sup));
      }
    });
  }
}
function asSet(o: PyObject): PySet { if (o instanceof PySet) return incref(o); const x = newSet(true); setUpdate(x, o); return x; }
T.set.attrs.set('__hash__', None);
def(T.frozenset, '__hash__', (s) => newInt(frozensetHash(setOf(s))));
/** Objects/setobject.c: frozenset_hash */
export function frozensetHash(s: PySet): ops.Hash {
  if (s.hashCache !== null) return s.hashCache;
  const M = (1n << 64n) - 1n;
  let hash = 0n;
  for (const k of setKeys(s)) {
    let h = BigInt.asUintN(64, BigInt(ops.hash(k)));
    h = ((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n & M;
    hash ^= h;
  }
  hash ^= (BigInt(s.used) + 1n) * 1927868237n & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  s.hashCache = ops.exactHash(r);
  return s.hashCache;
}
def(T.set, 'add', (s, a) => { argCount('add', a, 1, 1); setAdd(setOf(s), a[0]); return None; });
def(T.set, 'discard', (s, a) => { setDiscard(setOf(s), a[0]); return None; });
def(T.set, 'remove', (s, a) => { if (!setDiscard(setOf(s), a[0])) keyError(a[0]); return None; });
def(T.set, 'pop', (s) => setPop(setOf(s)));
def(T.set, 'clear', (s) => { setClear(setOf(s)); return None; });
def(T.set, 'update', (s, a) => { for (const o of a) setUpdate(setOf(s), o); return None; });
def(T.set, '__ior__', (s, a) => { if (!(a[0] instanceof PySet)) return NotImplemented; setUpdate(setOf(s), a[0]); return incref(s); });
// Objects/setobject.c: set_iand / set_isub / set_ixor and the _update methods (setops.ts)
def(T.set, '__iand__', (s, a) => { if (!(a[0] instanceof PySet)) return NotImplemented; setIntersectionUpdate(setOf(s), [a[0]]); return incref(s); });
def(T.set, '__isub__', (s, a) => { if (!(a[0] instanceof PySet)) return NotImplemented; setDifferenceUpdate(setOf(s), a[0]); return incref(s); });
def(T.set, '__ixor__', (s, a) => { if (!(a[0] instanceof PySet)) return NotImplemented; setSymmetricDifferenceUpdate(setOf(s), a[0]); return incref(s); });
def(T.set, 'difference_update', (s, a) => { for (const o of a) setDifferenceUpdate(setOf(s), o); return None; });
def(T.set, 'intersection_update', (s, a) => { setIntersectionUpdate(setOf(s), a); return None; });
def(T.set, 'symmetric_difference_update', (s, a) => { argCount('set.symmetric_difference_update', a, 1, 1); setSymmetricDifferenceUpdate(setOf(s), a[0]); return None; });
T.set.newFn = (t, args, kw) => { const s = newSet(false, t); return s; };
def(T.set, '__init__', (s, a, kw) => { noKw('set', kw); argCount('set', a, 0, 1); if (setOf(s).used) setClear(setOf(s)); if (a.length) orderInsensitive(() => setUpdate(setOf(s), a[0])); return None; });
T.frozenset.newFn = (t, args, kw) => {
  noKw('frozenset', kw);
  argCount('frozenset', args, 0, 1);
  if (args.length && args[0].type === T.frozenset && t === T.frozenset) return incref(args[0]);
  const s = newSet(true, t);
  if (args.length) orderInsensitive(() => setUpdate(s, args[0]));
  return s;
};
export function frozensetConst(items: PyObject[]): PySet {
  const s = newSet(true);
  for (const x of items) { setAdd(s, x); decref(x); }
  return s;
}

// ------------------------------------------------------------------ range
function rangeLen(r: PyRange): bigint {
  const a = big(r.start.v), b = big(r.stop.v), s = big(r.step.v);
  if (s > 0n) return a < b ? (b - a - 1n) / s + 1n : 0n;
  return a > b ? (a - b - 1n) / -s + 1n : 0n;
}
T.range.newFn = (_t, args, kw) => {
  noKw('range', kw);
  if (!args.length) typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) typeError(`range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map((a) => {
    if (a instanceof PyInt) return a;
    if (a.type.lookup('__index__')) return newInt(asIndex(a));
    return typeError(`'${a.type.name}' object cannot be interpreted as an integer`);
  });
  let start = newInt(0), stop: PyInt, step = newInt(1);
  if (ints.length === 1) stop = incref(ints[0]) as PyInt;
  else { start = incref(ints[0]) as PyInt; stop = incref(ints[1]) as PyInt; if (ints.length === 3) { step = incref(ints[2]) as PyInt; } }
  if (step.v == 0) { decref(start); decref(stop); decref(step); raise('ValueError', 'range() arg 3 must not be zero'); }
  return new PyRange(T.range, start, stop, step);
};
def(T.range, '__len__', (s) => {
  const n = rangeLen(s as PyRange);
  if (n > 9223372036854775807n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return newInt(n);
});
def(T.range, '__iter__', (s) => {
  const r = s as PyRange;
  const n = rangeLen(r);
  // Objects/rangeobject.c: range_iter — the iterator copies start/step/length, it does not hold the range
  return newNative(T.range_iterator, [], [], { cur: r.start.v, stop: r.stop.v, step: r.step.v, left: Number(n) }, false);
});
def(T.range, '__getitem__', (s, a) => {
  const r = s as PyRange, k = a[0];
  const n = Number(rangeLen(r));
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, n);
    const st = big(r.step.v);
    const b = big(r.start.v);
    return new PyRange(T.range, newInt(b + BigInt(start) * st), newInt(b + BigInt(stop) * st), newInt(BigInt(step) * st));
  }
  // exact with big ranges: index arithmetic in bigint
  const len = rangeLen(r);
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`range indices must be integers or slices, not ${k.type.name}`);
  let bi = k instanceof PyInt ? big(k.v) : BigInt(asIndex(k));
  if (bi < 0n) bi += len;
  if (bi < 0n || bi >= len) raise('IndexError', 'range object index out of range');
  return newInt(big(r.start.v) + bi * big(r.step.v));
});
/** Whether range_contains / range_index find `x` by arithmetic: an exact int or a bool (Objects/rangeobject.c). */
const rangeArith = (x: PyObject): x is PyInt => x instanceof PyInt && (x.type === T.int || x.type === T.bool);
/** Objects/abstract.c: _PySequence_IterSearch — the index of the first item equal to `x`, or -1n; the clock is
 *  checked as it goes ("a" in range(10**12) stops at the time limit). */
function rangeSearch(r: PyRange, x: PyObject): bigint {
  const n = rangeLen(r);
  let k = 0;
  for (let i = 0n; i < n; i++) {
    if ((++k & 0xffff) === 0) R.hooks.tick();
    const v = newInt(big(r.start.v) + i * big(r.step.v));
    const e = ops.eq(v, x);
    decref(v);
    if (e) return i;
  }
  return -1n;
}
def(T.range, '__contains__', (s, a) => {
  const r = s as PyRange, x = a[0];
  // Objects/rangeobject.c: range_contains — by arithmetic for an exact int or a bool, else by comparing each item
  if (!rangeArith(x)) return newBool(rangeSearch(r, x) >= 0n);
  const v = big(x.v), b = big(r.start.v), e = big(r.stop.v), st = big(r.step.v);
  const inside = st > 0n ? v >= b && v < e : v <= b && v > e;
  return newBool(inside && (v - b) % st === 0n);
});
def(T.range, 'index', (s, a) => {
  const r = s as PyRange, x = a[0];
  // Objects/rangeobject.c: range_index — an exact int (or a bool) is found by arithmetic; anything else by
  // comparing each item (_PySequence_IterSearch: range(3).index(1.0) is 1)
  if (!rangeArith(x)) {
    const i = rangeSearch(r, x);
    return i >= 0n ? newInt(i) : raise('ValueError', 'sequence.index(x): x not in sequence');
  }
  const v = big(x.v), b = big(r.start.v), st = big(r.step.v);
  const i = (v - b) / st;
  if ((v - b) % st === 0n && i >= 0n && i < rangeLen(r)) return newInt(i);
  return raise('ValueError', messageOf('rangeIndexMissing', ops.repr(x)));
});
def(T.range, 'count', (s, a) => { const c = callDescr(T.range.attrs.get('__contains__')!, s, a, null); return newInt(c === True ? 1 : 0); });
def(T.range, '__reversed__', (s) => {
  const r = s as PyRange;
  const n = rangeLen(r);
  const last = big(r.start.v) + (n - 1n) * big(r.step.v);
  return newNative(T.range_iterator, [], [], { cur: n ? last : 0n, stop: 0, step: -big(r.step.v), left: Number(n) }, false);
});
def(T.range, '__eq__', (s, a) => {
  const o = a[0];
  if (!(o instanceof PyRange)) return NotImplemented;
  const r = s as PyRange;
  const n1 = rangeLen(r), n2 = rangeLen(o);
  if (n1 !== n2) return False;
  if (n1 === 0n) return True;
  if (big(r.start.v) !== big(o.start.v)) return False;
  return newBool(n1 === 1n || big(r.step.v) === big(o.step.v));
});
def(T.range, '__hash__', (s) => newInt(ops.hash(newTuple([newInt(rangeLen(s as PyRange)), incref((s as PyRange).start), incref((s as PyRange).step)]))));
for (const n of ['start', 'stop', 'step'] as const) T.range.attrs.set(n, new PyGetSet(T.range, n, (s) => incref((s as PyRange)[n])));
(T.range as any).lengthHint = (o: PyObject) => Number(rangeLen(o as PyRange));
(T.list as any).lengthHint = (o: PyObject) => (o as PyList).items.length;
(T.tuple as any).lengthHint = (o: PyObject) => (o as PyTuple).items.length;

// slice
T.slice.newFn = (_t, args) => {
  argCount('slice', args, 1, 3);
  if (args.length === 1) return makeSlice(None, args[0], None);
  return makeSlice(args[0], args[1], args[2] ?? None);
};
for (const n of ['start', 'stop', 'step'] as const) T.slice.attrs.set(n, new PyGetSet(T.slice, n, (s) => incref((s as PySlice)[n])));
// Objects/sliceobject.c: slice_richcompare — two slices compare as the tuples (start, stop, step); anything else
// is NotImplemented
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(T.slice, n, (s, a) => {
    const o = a[0];
    if (!(o instanceof PySlice) || !(s instanceof PySlice)) return NotImplemented;
    const x = newTuple([incref(s.start), incref(s.stop), incref(s.step)]), y = newTuple([incref(o.start), incref(o.stop), incref(o.step)]);
    try { return ops.richCompare(x, y, op); } finally { decref(x); decref(y); }
  });
}
def(T.slice, 'indices', (s, a) => {
  const [start, stop, step] = sliceIndices(s as PySlice, asIndex(a[0]));
  return newTuple([newInt(start), newInt(stop), newInt(step)]);
});

// NoneType / bool constructors
T.NoneType.newFn = () => None;
T.bool.newFn = (_t, args, kw) => { noKw('bool', kw); argCount('bool', args, 0, 1); return args.length ? newBool(ops.truthy(args[0])) : False; };
def(T.NoneType, '__bool__', () => False);

// ------------------------------------------------------------------ getitem dispatch
ops.installGetitem((o, k) => {
  const t = o.type;
  if (t === T.list) return listGetitem(o as PyList, k);
  if (t === T.dict) {
    const v = dictGet(o as PyDict, k);
    if (v === undefined) keyError(k);
    return incref(v);
  }
  const m = t.lookup('__getitem__');
  if (m) return callDescr(m, o, [k], null);
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg) return callDescr(cg, o, [k], null);
    // Objects/genericaliasobject.c: list[int], dict[str, int], … make a types.GenericAlias — not modelled
    const native = o.mro.find((b) => !b.isHeapType);
    if (native && native !== T.object && ops.cpythonHas(native.name, '__class_getitem__')) {
      notSupported(`${o.name}[...] (a generic alias)`, 'heapsnake does not model types.GenericAlias; annotations that use it are fine where they are not evaluated');
    }
    return typeError(`type '${o.name}' is not subscriptable`);
  }
  return typeError(`'${t.name}' object is not subscriptable`);
});

// ------------------------------------------------------------------ exceptions
T.BaseException.newFn = (t, args) => {
  const e = new PyBaseException(t);
  e.args = newTuple(args.map((a) => incref(a)));
  if (t.hasDict && t.isHeapType) e.dict = inlineDict();
  R.heap.track(e);
  return e;
};
def(T.BaseException, '__init__', (s, a, kw) => {
  const e = s as PyBaseException;
  if (kw && kw.length && !s.type.isHeapType) typeError(`${s.type.name}() takes no keyword arguments`);
  const old = e.args;
  e.args = newTuple(a.slice(0, a.length - (kw ? kw.length : 0)).map((x) => incref(x)));
  if (old) decref(old);
  return None;
});
const excStr = (o: PyObject): string => {
  const e = o as PyBaseException;
  const args = e.args ? e.args.items : [];
  if (isInstance(o, EXC.KeyError) && args.length === 1) return ops.repr(args[0]);
  // Objects/exceptions.c: OSError_str — from the members (None where unset), not from args
  const os = oserrorStr(o);
  if (os !== null) return os;
  const u = unicodeErrorStr(o, args);
  if (u !== null) return u;
  if (args.length === 0) return '';
  if (args.length === 1) return ops.str(args[0]);
  return ops.repr(e.args!);
};
function oserrorStr(o: PyObject): string | null {
  if (!isInstance(o, EXC.OSError)) return null;
  const x = (o as PyBaseException).extra;
  const m = (n: string) => x?.get(n) ?? None;
  const fn = x?.get('filename'), fn2 = x?.get('filename2');
  const head = () => `[Errno ${ops.str(m('errno'))}] ${ops.str(m('strerror'))}`;
  if (fn) return fn2 ? `${head()}: ${ops.repr(fn)} -> ${ops.repr(fn2)}` : `${head()}: ${ops.repr(fn)}`;
  if (x?.get('errno') && x.get('strerror')) return head();
  return null;
}
/** Objects/exceptions.c: UnicodeEncodeError_str / UnicodeDecodeError_str — from (encoding, object, start, end, reason). */
function unicodeErrorStr(o: PyObject, args: PyObject[]): string | null {
  const enc = isInstance(o, EXC.UnicodeEncodeError), dec = isInstance(o, EXC.UnicodeDecodeError);
  if (!enc && !dec) return null;
  const [codec, obj, start, end, reason] = args;
  if (args.length !== 5 || !(codec instanceof PyStr) || !(start instanceof PyInt) || !(end instanceof PyInt) || !(reason instanceof PyStr)) {
    return notSupported(`str() of a ${o.type.name} not raised by a codec`);
  }
  const st = Number(start.v), en = Number(end.v);
  if (enc && obj instanceof PyStr && en === st + 1) {
    return `'${codec.v}' codec can't encode character '${hexEsc(Array.from(obj.v)[st].codePointAt(0)!)}' in position ${st}: ${reason.v}`;
  }
  if (dec && obj instanceof PyBytes && en === st + 1) {
    return `'${codec.v}' codec can't decode byte 0x${obj.v[st].toString(16).padStart(2, '0')} in position ${st}: ${reason.v}`;
  }
  return `'${codec.v}' codec can't ${enc ? 'encode characters' : 'decode bytes'} in position ${st}-${en - 1}: ${reason.v}`;
}
// Objects/exceptions.c: UnicodeError_members — encoding, object and reason are members (set by the codec or by
// __init__ from its five arguments); start and end are C integers, read here from args
(['encoding', 'object', 'start', 'end', 'reason'] as const).forEach((n, i) => {
  for (const t of [EXC.UnicodeEncodeError, EXC.UnicodeDecodeError]) {
    t.attrs.set(n, new PyGetSet(t, n, (s) => {
      const m = (s as PyBaseException).extra?.get(n);
      if (m) return incref(m);
      const a = (s as PyBaseException).args;
      if (!a || a.items.length !== 5 || n === 'encoding' || n === 'object' || n === 'reason') return notSupported(`the ${n} of a ${s.type.name} not raised by a codec`);
      return incref(a.items[i]);
    }));
  }
});
// Objects/exceptions.c: UnicodeEncodeError_init / UnicodeDecodeError_init — exactly (encoding, object, start, end,
// reason), the three objects kept as members
for (const t of [EXC.UnicodeEncodeError, EXC.UnicodeDecodeError]) {
  const baseInit = T.BaseException.lookup('__init__')!;
  def(t, '__init__', (s, a, kw) => {
    decref(callDescr(baseInit, s, a, kw));
    if (a.length !== 5 || (kw && kw.length)) return notSupported(`${t.name}() with other than its five arguments`);
    const e = s as PyBaseException;
    e.setExtra('encoding', a[0]!); e.setExtra('object', a[1]!); e.setExtra('reason', a[4]!);
    return None;
  });
}
// Objects/exceptions.c: BaseException_str — no argument: '', one: PyObject_Str(that argument) (an exact str is
// the argument itself: `str(e) is e.args[0]`), more: str of the args tuple. KeyError_str and OSError_str format.
const excStrObject = (o: PyObject): PyObject => {
  const e = o as PyBaseException;
  const args = e.args ? e.args.items : [];
  if (args.length === 1 && !isInstance(o, EXC.KeyError) && oserrorStr(o) === null) return ops.strObject(args[0]);
  return newStr(excStr(o));
};
const es = def(T.BaseException, '__str__', (s) => excStrObject(s));
(es as any).reprFast = excStr;
(es as any).strObject = excStrObject;
T.BaseException.attrs.set('args', new PyGetSet(T.BaseException, 'args', (s) => incref((s as PyBaseException).args ?? EMPTY_TUPLE_STATIC), (s, v) => {
  const e = s as PyBaseException; const old = e.args; e.args = newTuple(ops.toArray(v!)); if (old) decref(old);
}));
T.BaseException.attrs.set('__traceback__', new PyGetSet(T.BaseException, '__traceback__', (s) => incref((s as PyBaseException).traceback ?? None), (s, v) => {
  const e = s as PyBaseException; const old = e.traceback; e.traceback = v && v !== None ? incref(v) : null; if (old) decref(old);
}));
T.BaseException.attrs.set('__cause__', new PyGetSet(T.BaseException, '__cause__', (s) => incref((s as PyBaseException).cause ?? None), (s, v) => {
  const e = s as PyBaseException; const old = e.cause; e.cause = v && v !== None ? incref(v) : null; e.suppressContext = true; if (old) decref(old);
}));
T.BaseException.attrs.set('__context__', new PyGetSet(T.BaseException, '__context__', (s) => incref((s as PyBaseException).context ?? None), (s, v) => {
  const e = s as PyBaseException; const old = e.context; e.context = v && v !== None ? incref(v) : null; if (old) decref(old);
}));
T.BaseException.attrs.set('__suppress_context__', new PyGetSet(T.BaseException, '__suppress_context__', (s) => newBool((s as PyBaseException).suppressContext), (s, v) => {
  (s as PyBaseException).suppressContext = ops.truthy(v!);
}));
def(T.BaseException, 'with_traceback', (s, a) => {
  const e = s as PyBaseException; const old = e.traceback; e.traceback = a[0] !== None ? incref(a[0]) : null; if (old) decref(old); return incref(s);
});
def(T.BaseException, 'add_note', (s, a) => {
  const e = s as PyBaseException;
  if (!(a[0] instanceof PyStr)) typeError(`note must be a str, not '${a[0].type.name}'`);
  if (!e.notes) e.notes = newList([]);
  listAppend(e.notes as PyList, a[0]);
  return None;
});
T.BaseException.attrs.set('__notes__', new PyGetSet(T.BaseException, '__notes__', (s) => {
  const n = (s as PyBaseException).notes;
  if (!n) raise('AttributeError', `'${s.type.name}' object has no attribute '__notes__'`);
  return incref(n);
}));
// Objects/exceptions.c: AttributeError_members / NameError_members — plain T_OBJECT members: writable, and
// None when unset (a deleted member is unset again)
const excMember = (n: string) => (s: PyObject, v: PyObject | null): void => {
  const e = s as PyBaseException;
  if (v) { e.setExtra(n, v); return; }
  const old = e.extra?.get(n);
  if (old) { e.extra!.delete(n); decref(old); }
};
// Objects/exceptions.c: StopIteration_init keeps value (the first argument, else None) and SystemExit_init keeps
// code (None, the one argument, or the args tuple) as members: a counted reference besides args'. An exception
// made without __init__ (natively) reads them from args.
EXC.StopIteration.attrs.set('value', new PyGetSet(EXC.StopIteration, 'value', (s) => {
  const x = (s as PyBaseException).extra?.get('value');
  if (x) return incref(x);
  const a = (s as PyBaseException).args;
  return incref(a && a.items.length ? a.items[0] : None);
}, excMember('value')));
EXC.SystemExit.attrs.set('code', new PyGetSet(EXC.SystemExit, 'code', (s) => {
  const x = (s as PyBaseException).extra?.get('code');
  if (x) return incref(x);
  const a = (s as PyBaseException).args;
  return incref(!a || !a.items.length ? None : a.items.length === 1 ? a.items[0] : a);
}, excMember('code')));
{
  const baseInit = T.BaseException.lookup('__init__')!;
  def(EXC.StopIteration, '__init__', (s, a, kw) => {
    decref(callDescr(baseInit, s, a, kw));
    const e = s as PyBaseException;
    e.setExtra('value', e.args && e.args.items.length ? e.args.items[0] : None);
    return None;
  });
  def(EXC.SystemExit, '__init__', (s, a, kw) => {
    decref(callDescr(baseInit, s, a, kw));
    const e = s as PyBaseException;
    const n = e.args ? e.args.items.length : 0;
    e.setExtra('code', n === 0 ? None : n === 1 ? e.args!.items[0] : e.args!);
    return None;
  });
}
/**
 * Objects/exceptions.c: OSError_new / OSError_init / oserror_parse_args / oserror_init. Two to five arguments are
 * (errno, strerror, filename, winerror, filename2): errno and strerror become members, and a filename that is not
 * None too (filename2 as well), and then `args` keeps only the first two. OSError itself called with an errno
 * CPython maps makes the mapped subclass (`OSError(2, …)` is a FileNotFoundError: errnomap). The parsing happens in
 * __new__, so calling __init__ again changes nothing — unless the class overrides __init__ and not __new__
 * (oserror_use_init): then __new__ leaves args empty and OSError.__init__ parses, if the class's __init__ calls it.
 */
// the errnomap of Linux (measured: type(OSError(n, 'x')) for n in 0..199 on 3.11.7 and 3.14.10)
const OSERROR_ERRNO: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};
let osInit: PyObject | null = null;
function oserrorUseInit(t: PyType): boolean {
  const n = t.lookup('__new__');
  return t.lookup('__init__') !== osInit && (n === undefined || n instanceof PyMethodDescr);
}
function oserrorInit(e: PyBaseException, args: PyObject[]): void {
  let kept = args;
  if (args.length >= 2 && args.length <= 5) {
    const [errno, strerror, filename, , filename2] = args;
    if (filename && filename !== None) {
      if (e.type.isSubtypeOf(EXC.BlockingIOError!) && (filename instanceof PyInt || filename instanceof PyFloat)) notSupported("BlockingIOError's characters_written");
      e.setExtra('filename', filename);
      if (filename2 && filename2 !== None) e.setExtra('filename2', filename2);
      kept = args.slice(0, 2);
    }
    e.setExtra('errno', errno!);
    e.setExtra('strerror', strerror!);
  }
  const old = e.args;
  e.args = newTuple(kept.map((x) => incref(x)));
  if (old) decref(old);
}
EXC.OSError.newFn = (t, args, kw) => {
  const useInit = oserrorUseInit(t);
  let type = t;
  if (!useInit) {
    if (kw && kw.length) typeError(`${t.name}() takes no keyword arguments`);
    const mapped = args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt ? OSERROR_ERRNO[Number(args[0].v)] : undefined;
    if (t === EXC.OSError && mapped) type = EXC[mapped]!;
  }
  const e = T.BaseException.newFn!(type, [], null) as PyBaseException;
  if (!useInit) oserrorInit(e, args.slice(0, args.length - (kw ? kw.length : 0)));
  return e;
};
osInit = def(EXC.OSError, '__init__', (s, a, kw) => {
  if (!oserrorUseInit(s.type)) return None;
  if (kw && kw.length) typeError(`${s.type.name}() takes no keyword arguments`);
  oserrorInit(s as PyBaseException, a);
  return None;
});
for (const n of ['errno', 'strerror', 'filename', 'filename2']) {
  EXC.OSError.attrs.set(n, new PyGetSet(EXC.OSError, n, (s) => incref((s as PyBaseException).extra?.get(n) ?? None), excMember(n)));
}
/** An OSError raised by the runtime, made as CPython makes it: the type called with (errno, strerror, filename). */
export function newOSError(t: PyType, args: PyObject[]): PyBaseException {
  return EXC.OSError.newFn!(t, args, null) as PyBaseException;
}
EXC.KeyError.attrs.set('__str__', T.BaseException.attrs.get('__str__')!);
for (const n of ['name', 'obj']) {
  EXC.AttributeError.attrs.set(n, new PyGetSet(EXC.AttributeError, n, (s) => incref((s as PyBaseException).extra?.get(n) ?? None), excMember(n)));
}
EXC.NameError.attrs.set('name', new PyGetSet(EXC.NameError, 'name', (s) => incref((s as PyBaseException).extra?.get('name') ?? None), excMember('name')));
// Objects/exceptions.c: ImportError_init — keyword-only name and path (3.12+: name_from), and msg: the one
// positional argument itself (a counted reference besides args'); ImportError_str gives msg when it is an exact str
const importKw = (): string[] => (R.rules.version === '3.11' ? ['name', 'path'] : ['name', 'path', 'name_from']);
defMemberInit(EXC.ImportError, importKw, (e, pos) => { if (pos.length === 1) e.setExtra('msg', pos[0]); });
for (const n of ['msg', 'name', 'path']) {
  EXC.ImportError.attrs.set(n, new PyGetSet(EXC.ImportError, n, (s) => incref((s as PyBaseException).extra?.get(n) ?? None), excMember(n)));
}
{
  const importStr = (o: PyObject): PyObject => {
    const m = (o as PyBaseException).extra?.get('msg');
    return m && m.type === T.str ? incref(m) : excStrObject(o);
  };
  const d = def(EXC.ImportError, '__str__', (s) => importStr(s));
  (d as any).reprFast = (o: PyObject) => { const r = importStr(o); try { return (r as PyStr).v; } finally { decref(r); } };
  (d as any).strObject = importStr;
}
// Objects/exceptions.c: AttributeError_init ("|$OO:AttributeError": keyword-only name and obj) and
// NameError_init ("|$O:NameError": name); the positional arguments are BaseException's args
defMemberInit(EXC.AttributeError, () => ['name', 'obj']);
defMemberInit(EXC.NameError, () => ['name']);
/**
 * An exception __init__ that takes keyword-only members (`kws`, per version) besides BaseException's positional
 * args, then lets `after` set members from the positional arguments; an unknown keyword is the version's TypeError.
 */
function defMemberInit(t: PyType, kws: () => string[], after?: (e: PyBaseException, pos: PyObject[]) => void): void {
  def(t, '__init__', (s, a, kw) => {
    const e = s as PyBaseException;
    const nk = kw ? kw.length : 0;
    const allowed = kws();
    for (const k of kw ?? []) if (!allowed.includes(k)) typeError(messageOf('badKeyword', t.name, k, allowed));
    const old = e.args;
    const pos = a.slice(0, a.length - nk);
    e.args = newTuple(pos.map((x) => incref(x)));
    if (old) decref(old);
    for (let i = 0; i < nk; i++) e.setExtra(kw![i], a[a.length - nk + i]);
    if (after) after(e, pos);
    return None;
  });
}

// function / method / generator / cell attributes
// Objects/funcobject.c: func_get_name / func_set_name (and qualname): the object itself; only a str may be set
function setFuncStr(which: 'name' | 'qualname'): (s: PyObject, v: PyObject | null) => void {
  return (s, v) => {
    if (!(v instanceof PyStr)) raise('TypeError', `__${which}__ must be set to a string object`);
    const f = s as PyFunction;
    const key = which === 'name' ? 'nameObj' : 'qualnameObj';
    const old = f[key];
    f[key] = incref(v);
    f[which] = (v as PyStr).v;
    decref(old);
  };
}
T.function.attrs.set('__name__', new PyGetSet(T.function, '__name__', (s) => incref((s as PyFunction).nameObj), setFuncStr('name')));
T.function.attrs.set('__qualname__', new PyGetSet(T.function, '__qualname__', (s) => incref((s as PyFunction).qualnameObj), setFuncStr('qualname')));
// func_module: a plain member (any object, None when globals had no __name__)
T.function.attrs.set('__module__', new PyGetSet(T.function, '__module__', (s) => incref((s as PyFunction).moduleObj ?? None), (s, v) => {
  // (T_OBJECT member: `del f.__module__` leaves NULL, read back as None)
  const f = s as PyFunction;
  const old = f.moduleObj;
  f.moduleObj = v ? incref(v) : null;
  if (v instanceof PyStr) f.module = v.v;
  if (old) decref(old);
}));
T.function.attrs.set('__defaults__', new PyGetSet(T.function, '__defaults__', (s) => incref((s as PyFunction).defaults ?? None), (s, v) => {
  const f = s as PyFunction; const old = f.defaults; f.defaults = v && v !== None ? incref(v) as PyTuple : null; if (old) decref(old);
}));
T.function.attrs.set('__kwdefaults__', new PyGetSet(T.function, '__kwdefaults__', (s) => incref((s as PyFunction).kwdefaults ?? None)));
T.function.attrs.set('__closure__', new PyGetSet(T.function, '__closure__', (s) => incref((s as PyFunction).closure ?? None)));
T.function.attrs.set('__doc__', new PyGetSet(T.function, '__doc__', (s) => incref((s as any).doc ?? None), (s, v) => {
  const old = (s as any).doc as PyObject | null;
  (s as any).doc = v && v !== None ? incref(v) : null;
  if (old) decref(old);
}));
T.function.attrs.set('__dict__', new PyGetSet(T.function, '__dict__', (s) => {
  if (!s.dict) { s.dict = newDict(); }
  return incref(s.dict);
}));
T.function.hasDict = true;
// Objects/funcobject.c: func_get_annotations. 3.11 turns the (name, value, …) tuple MAKE_FUNCTION stored into
// a dict the first time it is asked for. NON-CPYTHON (3.14): __annotate__ is not modelled, so a function that
// has annotations refuses __annotations__ (CPython would evaluate them now).
T.function.attrs.set('__annotations__', new PyGetSet(T.function, '__annotations__', (s) => {
  const fn = s as PyFunction;
  if (fn.annotations instanceof PyTuple) {
    const t = fn.annotations;
    const d = newDict();
    for (let i = 0; i + 1 < t.items.length; i += 2) dictSet(d, t.items[i], t.items[i + 1]);
    fn.annotations = d;
    decref(t);
  }
  if (fn.annotations) return incref(fn.annotations);
  if ((fn.code as any).hasAnnotations) notSupported("a function's __annotations__ on Python 3.14", 'CPython 3.14 evaluates them when asked, through __annotate__ (PEP 649), which heapsnake does not model');
  // Objects/funcobject.c: func_get_annotations creates (and keeps) an empty dict in func_annotations
  fn.annotations = newDict();
  return incref(fn.annotations);
}, (s, v) => {
  const fn = s as PyFunction;
  const old = fn.annotations;
  fn.annotations = v && v !== None ? incref(v) : null;
  if (old) decref(old);
}));
T.function.attrs.set('__wrapped__', undefined as any); T.function.attrs.delete('__wrapped__');
def(T.function, '__get__', (s, a) => (a[0] === None ? incref(s) : (() => { const m = new PyMethod(incref(s), incref(a[0])); R.heap.track(m); return m; })()));
T.method.attrs.set('__self__', new PyGetSet(T.method, '__self__', (s) => incref((s as PyMethod).self)));
// Objects/classobject.c: method_new — types.MethodType(function, instance), what weakref.WeakMethod.__call__ rebuilds
T.method.newFn = (_t, args, kw) => {
  if (kw && kw.length) typeError('method() takes no keyword arguments');
  if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
  const [func, self] = args;
  if (!isCallableObj(func)) typeError('first argument must be callable');
  if (self === None) typeError('instance must not be None');
  const m = new PyMethod(incref(func), incref(self));
  R.heap.track(m);
  return m;
};
T.method.attrs.set('__func__', new PyGetSet(T.method, '__func__', (s) => incref((s as PyMethod).func)));
T.method.attrs.set('__name__', new PyGetSet(T.method, '__name__', (s) => ops.getattr((s as PyMethod).func, '__name__')));
def(T.method, '__eq__', (s, a) => newBool(a[0] instanceof PyMethod && a[0].func === (s as PyMethod).func && a[0].self === (s as PyMethod).self));
T.cell.attrs.set('cell_contents', new PyGetSet(T.cell, 'cell_contents', (s) => {
  const c = s as PyCell;
  if (!c.ref) raise('ValueError', 'Cell is empty');
  return incref(c.ref);
}, (s, v) => {
  // Objects/cellobject.c: cell_set_contents (Py_XSETREF; `del cell.cell_contents` empties the cell)
  const c = s as PyCell;
  const old = c.ref;
  c.ref = v ? incref(v) : null;
  if (old) decref(old);
}));
T.builtin_function_or_method.attrs.set('__name__', new PyGetSet(T.builtin_function_or_method, '__name__', (s) => newStr((s as any).name)));
def(T.builtin_function_or_method, '__repr__', (s) => {
  if ((s as any).refusedClass) notSupported((s as any).refusedClass);
  const b = s as any;
  // Objects/methodobject.c: meth_repr — "built-in function" without a __self__ or bound to a module, else
  // "built-in method … of <type(self)> object" (a class's __new__ and classmethods: "of type object")
  if (b.self && b.self.type.name !== 'module') return newStr(`<built-in method ${b.name} of ${b.self.type.name} object at 0x${ops.fakeAddress(b.self).toString(16)}>`);
  return newStr(`<built-in function ${b.name}>`);
});
def(T.method_descriptor, '__repr__', (s) => newStr(`<method '${(s as PyMethodDescr).name}' of '${(s as PyMethodDescr).owner.name}' objects>`));
(T.method_descriptor as any).callable = true;
// Objects/descrobject.c: wrapperdescr_repr, wrapper_repr
def(T.wrapper_descriptor, '__repr__', (s) => newStr(`<slot wrapper '${(s as PyMethodDescr).name}' of '${(s as PyMethodDescr).owner.name}' objects>`));
(T.wrapper_descriptor as any).callable = true;
// Objects/descrobject.c: descr_members / descr_getset (__objclass__, __name__, __qualname__), wrapper_members (__self__)
for (const t of [T.method_descriptor, T.wrapper_descriptor]) {
  t.attrs.set('__name__', new PyGetSet(t, '__name__', (s) => newStr((s as PyMethodDescr).name)));
  t.attrs.set('__qualname__', new PyGetSet(t, '__qualname__', (s) => newStr(`${(s as PyMethodDescr).owner.qualname}.${(s as PyMethodDescr).name}`)));
  t.attrs.set('__objclass__', new PyGetSet(t, '__objclass__', (s) => incref((s as PyMethodDescr).owner)));
}
T.method_wrapper.attrs.set('__name__', new PyGetSet(T.method_wrapper, '__name__', (s) => newStr((s as any).name)));
T.method_wrapper.attrs.set('__self__', new PyGetSet(T.method_wrapper, '__self__', (s) => incref((s as any).self)));
def(T.method_wrapper, '__repr__', (s) => {
  const b = s as any;
  return newStr(`<method-wrapper '${b.name}' of ${b.self.type.name} object at 0x${ops.fakeAddress(b.self).toString(16)}>`);
});

// generators
(T.generator as any).nativeNext = (g: PyObject) => {
  const r = getVM().resume(g as PyGenerator, None, null);
  if (r.done) {
    if (r.value !== None) { decref(r.value); }
    return null;
  }
  return r.value;
};
def(T.generator, '__iter__', (s) => incref(s));
def(T.generator, '__next__', (s) => {
  const r = getVM().resume(s as PyGenerator, None, null);
  if (r.done) {
    if (r.value === None) raise('StopIteration');
    const e = ops.call(EXC.StopIteration, [r.value]);
    decref(r.value);
    throw new PyExc(e);
  }
  return r.value;
});
def(T.generator, 'send', (s, a) => {
  argCount('send', a, 1, 1);
  const v = getVM().genSend(s as PyGenerator, a[0]);
  if (v === null) raise('StopIteration');
  return v;
});
def(T.generator, 'throw', (s, a) => {
  let exc = a[0];
  // Objects/genobject.c: _gen_throw — throw(type, value) uses value when it already is an instance of type
  if (exc instanceof PyType) exc = a[1] && a[1] !== None && isInstance(a[1], exc) ? incref(a[1]) : ops.call(exc, a[1] && a[1] !== None ? [a[1]] : []);
  else incref(exc);
  // Objects/genobject.c: _gen_throw hands its one reference to the thread's exception state, which the
  // generator's handler takes (vm.ts: runInner holds it as the raised exception); when the caller still
  // holds the exception, that hand-over is modelled by not holding it here as well
  const g = s as PyGenerator;
  let owned = true;
  if (exc.rc > 1 && g.frame && g.started && !g.running) { decref(exc); owned = false; }
  // an exception made here (throw(SomeClass)) is only ours: the frame that raises it takes our reference
  // (vm.ts: runInner and resume consume the mark)
  else (exc as any).throwTransfer = true;
  try {
    const r = getVM().resume(g, null, exc);
    if (r.done) {
      if (r.value === None) raise('StopIteration');
      const e = ops.call(EXC.StopIteration, [r.value]);
      decref(r.value);
      throw new PyExc(e);
    }
    return r.value;
  } finally {
    if ((exc as any).throwTransfer) { delete (exc as any).throwTransfer; if (owned) decref(exc); }
  }
});
def(T.generator, 'close', (s) => { getVM().genClose(s as PyGenerator); return None; });
T.generator.attrs.set('__name__', new PyGetSet(T.generator, '__name__', (s) => newStr((s as PyGenerator).name)));
T.generator.attrs.set('gi_running', new PyGetSet(T.generator, 'gi_running', (s) => newBool((s as PyGenerator).running)));
T.generator.attrs.set('gi_frame', new PyGetSet(T.generator, 'gi_frame', (s) => {
  const g = s as PyGenerator;
  return g.frame ? getVM().frameObject(g.frame) : None;
}));
T.generator.hasDel = true; // Objects/genobject.c: _PyGen_Finalize (tp_finalize)

export { seqRepeat, listGetitem, strFormat, percentFormat, lengthHint, dictResize, tableResize, objectNew, PyBytes, PyMethod, listSetItems };

// ------------------------------------------------------------------ code objects (read-only views)
// NON-CPYTHON: co_consts is built as a fresh tuple on each access, so while it is
// alive its constants carry one extra reference.
import { Code } from './code.js';

/** While tracing: the code's locals depend on whether its list/set/dict comprehensions are inlined (PEP 709; versionnote.ts). */
function noteInlinedComprehensions(c: Code): void {
  if (!(R as any).explainer) return;
  const inlines = (c as any).inlinesComprehensions || c.consts.some((k) => k instanceof Code && ['<listcomp>', '<setcomp>', '<dictcomp>'].includes(k.name));
  if (inlines) noteRule('inlineComprehensions');
}
import { PyTraceback, PyFrameObject } from './func.js';
T.function.attrs.set('__code__', new PyGetSet(T.function, '__code__', (s) => { const c = (s as PyFunction).code; c.escaped = true; return c; }));
const codeAttrs: Record<string, (c: Code) => PyObject> = {
  co_consts: (c) => newTuple(c.consts.map((x) => { if (x instanceof Code) x.escaped = true; return incref(x); })),
  // (interned, the same objects the functions made from this code refer to: func.ts PyFunction.nameObj)
  co_name: (c) => incref(R.intern(c.name)),
  co_qualname: (c) => incref(R.intern(c.qualname)),
  co_filename: () => newStr('<snippet>'),
  co_firstlineno: (c) => newInt(c.firstlineno),
  co_argcount: (c) => newInt(c.argcount),
  co_posonlyargcount: (c) => newInt(c.posonlyargcount),
  co_kwonlyargcount: (c) => newInt(c.kwonlyargcount),
  co_varnames: (c) => { noteInlinedComprehensions(c); return newTuple(c.varnames.map((n) => newStr(n))); },
  co_cellvars: (c) => newTuple(c.cellvars.map((n) => newStr(n))),
  co_freevars: (c) => newTuple(c.freevars.map((n) => newStr(n))),
  co_nlocals: (c) => { noteInlinedComprehensions(c); return newInt(c.varnames.length); },
  co_names: (c) => newTuple(c.names.map((n) => newStr(n))),
  co_flags: (c) => newInt(c.flags),
};
for (const [k, f] of Object.entries(codeAttrs)) T.code.attrs.set(k, new PyGetSet(T.code, k, (o) => f(o as Code)));
def(T.code, '__repr__', (o) => newStr(`<code object ${(o as Code).name} at 0x${ops.fakeAddress(o).toString(16)}, file "<snippet>", line ${(o as Code).firstlineno}>`));

// traceback and frame objects
T.traceback.attrs.set('tb_next', new PyGetSet(T.traceback, 'tb_next', (o) => incref((o as PyTraceback).next ?? None)));
T.traceback.attrs.set('tb_frame', new PyGetSet(T.traceback, 'tb_frame', (o) => incref((o as PyTraceback).frameObj)));
T.traceback.attrs.set('tb_lineno', new PyGetSet(T.traceback, 'tb_lineno', (o) => newInt((o as PyTraceback).lineno)));
T.frame.attrs.set('f_lineno', new PyGetSet(T.frame, 'f_lineno', (o) => newInt((o as PyFrameObject).frame.line)));
T.frame.attrs.set('f_code', new PyGetSet(T.frame, 'f_code', (o) => { const c = (o as PyFrameObject).frame.code; c.escaped = true; return c; }));
// Objects/frameobject.c: PyFrame_GetBack — the f_back it linked when it took ownership of its finished
// frame; for a running frame, the frame below's frame object (made now); a suspended generator's: None
T.frame.attrs.set('f_back', new PyGetSet(T.frame, 'f_back', (o) => {
  const fo = o as PyFrameObject;
  if (fo.back) return incref(fo.back);
  const f = fo.frame;
  if (f.finished || (f.gen && !f.gen.running)) return None;
  return f.back ? getVM().frameObject(f.back) : None;
}));
T.frame.attrs.set('f_locals', new PyGetSet(T.frame, 'f_locals', (o) => {
  const f = (o as PyFrameObject).frame;
  // a module or class body's frame: its namespace itself (Objects/frameobject.c: frame_getlocals)
  if (f.ns) { ops.checkNamespace(f.ns, 'f_locals'); return incref(f.ns); }
  // 3.11: the dict the frame keeps, refreshed (func.ts: fastToLocals); NON-CPYTHON on 3.14, where it is a
  // write-through FrameLocalsProxy (PEP 667): a snapshot dict is returned
  if (R.rules.version === '3.11') return incref(fastToLocals(f, newDict, dictSetStr, (d, k) => { dictDelStr(d, k); }));
  const d = newDict();
  for (const [name, v] of frameLocalsItems(f)) if (v) dictSetStr(d, name, v);
  return d;
}));
def(T.frame, '__repr__', (o) => newStr(`<frame at 0x${ops.fakeAddress(o).toString(16)}, file '<snippet>', line ${(o as PyFrameObject).frame.line}, code ${(o as PyFrameObject).frame.code.name}>`));
def(T.traceback, '__repr__', (o) => newStr(`<traceback object at 0x${ops.fakeAddress(o).toString(16)}>`));

// bytes repeat
def(T.bytes, '__mul__', (s, a) => bytesRepeat(s as PyBytes, a[0]));
def(T.bytes, '__rmul__', (s, a) => bytesRepeat(s as PyBytes, a[0]));
function bytesRepeat(b: PyBytes, n: PyObject): PyObject {
  if (!(n instanceof PyInt)) return NotImplemented;
  // Objects/bytesobject.c: bytes_repeat — an exact bytes times 1 is itself
  if (Number(n.v) === 1 && b.type === T.bytes) return incref(b);
  const k = Math.max(0, Number(n.v));
  if (b.v.length * k > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to build ${(b.v.length * k).toLocaleString('en-US')} bytes`);
  const out = new Uint8Array(b.v.length * k);
  for (let i = 0; i < k; i++) out.set(b.v, i * b.v.length);
  return newBytesLocal(out);
}
import { newBytes as newBytesLocal } from './rt.js';

// property.__set_name__ (3.13+ keeps the attribute name for error messages; 3.11 uses it too via __set_name__? no:
// 3.11 reports the getter's __name__) — see docs/cpython-rules.md
def(T.property, '__set_name__', (p, a) => { (p as any).attrName = (a[1] as PyStr).v; return None; });

// (argument counts of builtin methods: rt.ts PyMethodDescr, from cpython-arity.ts)
