// The operator module: Lib/operator.py, whose names are replaced by Modules/_operator.c's C versions
// (`from _operator import *`): the function forms of the operators, itemgetter and attrgetter.
// The less common members (concat, countOf, indexOf, length_hint, methodcaller) are refused.

import { PyObject, PyTuple, PyStr, PyNative, PyInt } from '../object.js';
import { T } from '../types.js';
import {
  R, None, True, False, newStr, newInt, newTuple, newBool, incref, decref, raise, typeError, call, notSupported, PyBuiltin,
} from '../rt.js';
import { registerModule } from '../modules.js';
import { binop, unaryNeg, unaryPos, unaryInvert } from '../num.js';
import { BINOPS } from '../opcodes.js';
import * as ops from '../ops.js';
import { staticType, defNew, def, bfn, moduleOf, refusedClass } from './util.js';
import { strRepr } from '../repr.js';
import { BUILTINS } from '../bltins.js';
import { indexValue } from './util.js';

type Fn = (a: PyObject[]) => PyObject;

/** A METH_O function: "_operator.neg() takes exactly one argument (0 given)", no keywords. */
function one(name: string, f: (x: PyObject) => PyObject): PyBuiltin {
  return bfn(name, (a, kw) => {
    if (kw && kw.length) typeError(`_operator.${name}() takes no keyword arguments`);
    if (a.length !== 1) typeError(`_operator.${name}() takes exactly one argument (${a.length} given)`);
    return f(a[0]);
  });
}

/** A METH_FASTCALL function of n positional-only parameters (Argument Clinic: _PyArg_CheckPositional). */
function fixed(name: string, n: number, f: Fn): PyBuiltin {
  return bfn(name, (a, kw) => {
    if (kw && kw.length) typeError(`_operator.${name}() takes no keyword arguments`);
    if (a.length !== n) typeError(`${name} expected ${n} arguments, got ${a.length}`);
    return f(a);
  });
}

function refused(name: string): PyBuiltin {
  return bfn(name, () => notSupported(`operator.${name}`));
}

// ---------------------------------------------------------------- itemgetter / attrgetter
// Modules/_operator.c: itemgetterobject {nitems, item, index, vectorcall} — 48 bytes + the GC header.
const ItemgetterType = staticType('itemgetter', 'operator', { gc: true, basicSize: 48 });
defNew(ItemgetterType);
// attrgetterobject {nattrs, attr, vectorcall} — 40 bytes + the GC header.
const AttrgetterType = staticType('attrgetter', 'operator', { gc: true, basicSize: 40 });
defNew(AttrgetterType);

/** itemgetter_new: one item is kept itself, several as the argument tuple. */
ItemgetterType.newFn = (t, args, kw) => {
  if (kw && kw.length) typeError('itemgetter() takes no keyword arguments');
  if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
  const item = args.length === 1 ? args[0] : newTuple(args.map((x) => incref(x)));
  const o = newNative(t, [item], ['item'], { n: args.length });
  if (args.length !== 1) decref(item);
  return o;
};

/**
 * attrgetter_new: every name must be a str; a dotted name is kept as the tuple of its interned parts,
 * a plain one as the interned name; all of them in one tuple.
 */
// For sys.getsizeof: tp_basicsize (no __sizeof__ of their own) + the GC header (Python/sysmodule.c: _PySys_GetSizeOf)
(ItemgetterType as any).sizeof = (): number => ItemgetterType.basicSize + 16;
(AttrgetterType as any).sizeof = (): number => AttrgetterType.basicSize + 16;

AttrgetterType.newFn = (t, args, kw) => {
  if (kw && kw.length) typeError('attrgetter() takes no keyword arguments');
  if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
  const parts: PyObject[] = [];
  try {
    for (const a of args) {
      if (!(a instanceof PyStr)) typeError('attribute name must be a string');
      if (!(a as PyStr).v.includes('.')) { parts.push(R.intern((a as PyStr).v)); continue; }
      parts.push(newTuple((a as PyStr).v.split('.').map((p) => R.intern(p))));
    }
  } catch (e) { for (const p of parts) decref(p); throw e; }
  const attr = newTuple(parts);
  const o = newNative(t, [attr], ['attr'], { n: args.length });
  decref(attr);
  return o;
};

function newNative(t: typeof ItemgetterType, held: PyObject[], labels: string[], state: any): PyNative {
  for (const h of held) incref(h);
  const o = new PyNative(t, held, labels, state);
  R.heap.track(o);
  return o;
}

/**
 * itemgetter_call (3.11) / itemgetter_vectorcall (3.12+): exactly one positional argument. Several
 * items give a tuple of the lookups.
 * NON-CPYTHON: CPython allocates the result tuple before the lookups; heapsnake after them (only a
 * collection run by a __getitem__ could tell).
 */
def(ItemgetterType, '__call__', (s, a, kw) => {
  if (kw && kw.length) typeError('itemgetter() takes no keyword arguments');
  if (a.length !== 1) typeError(`itemgetter expected 1 argument, got ${a.length}`);
  const g = s as PyNative, obj = a[0], item = g.held[0]!;
  if (g.state.n === 1) return ops.getitem(obj, item);
  return lookups((item as PyTuple).items, (k) => ops.getitem(obj, k));
});

/** Modules/_operator.c: dotted_getattr — a tuple of parts is followed one getattr at a time. */
function dottedGetattr(obj: PyObject, attr: PyObject): PyObject {
  if (!(attr instanceof PyTuple)) return ops.getattr(obj, (attr as PyStr).v);
  let cur = incref(obj);
  for (const p of attr.items) {
    const next = ops.getattr(cur, (p as PyStr).v);
    decref(cur);
    cur = next;
  }
  return cur;
}

def(AttrgetterType, '__call__', (s, a, kw) => {
  if (kw && kw.length) typeError('attrgetter() takes no keyword arguments');
  if (a.length !== 1) typeError(`attrgetter expected 1 argument, got ${a.length}`);
  const g = s as PyNative, obj = a[0], attrs = (g.held[0] as PyTuple).items;
  if (g.state.n === 1) return dottedGetattr(obj, attrs[0]);
  return lookups(attrs, (k) => dottedGetattr(obj, k));
});

function lookups(keys: PyObject[], f: (k: PyObject) => PyObject): PyObject {
  const out: PyObject[] = [];
  try { for (const k of keys) out.push(f(k)); } catch (e) { for (const x of out) decref(x); throw e; }
  return newTuple(out);
}

// itemgetter_repr / attrgetter_repr: "operator.itemgetter(1)", "operator.attrgetter('x.y', 'z')"
def(ItemgetterType, '__repr__', (s) => {
  const g = s as PyNative, item = g.held[0]!;
  return newStr(g.state.n === 1 ? `operator.itemgetter(${ops.repr(item)})` : `operator.itemgetter${ops.repr(item)}`);
});
def(AttrgetterType, '__repr__', (s) => {
  const attrs = ((s as PyNative).held[0] as PyTuple).items;
  const names = attrs.map((x) => (x instanceof PyTuple ? x.items.map((p) => (p as PyStr).v).join('.') : (x as PyStr).v));
  return newStr(`operator.attrgetter(${names.map(strRepr).join(', ')})`);
});

/** Objects/abstract.c: PyNumber_Index — an exact int itself, otherwise a new exact int of the value. */
function asIndexObj(o: PyObject): PyObject {
  if (o instanceof PyInt && o.type === T.int) return incref(o);
  return newInt(indexValue(o));
}

// ---------------------------------------------------------------- the module
const BIN: Record<string, number> = {};
BINOPS.forEach((_, i) => { BIN[['add', 'and_', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor'][i]] = i; });
const CMP: Record<string, '<' | '<=' | '==' | '!=' | '>' | '>='> = { lt: '<', le: '<=', eq: '==', ne: '!=', gt: '>', ge: '>=' };

registerModule('operator', () => {
  const m: Record<string, PyObject> = {};
  for (const [name, i] of Object.entries(BIN)) {
    m[name] = fixed(name, 2, (a) => binop(a[0], a[1], i));
    // the in-place forms: __iadd__ and friends (Objects/abstract.c: PyNumber_InPlaceAdd)
    const iname = 'i' + name.replace(/_$/, '');
    m[iname] = fixed(iname, 2, (a) => binop(a[0], a[1], i + 13));
  }
  for (const [name, op] of Object.entries(CMP)) m[name] = fixed(name, 2, (a) => ops.richCompare(a[0], a[1], op));
  m.neg = one('neg', unaryNeg);
  m.pos = one('pos', unaryPos);
  m.inv = one('inv', unaryInvert);
  m.invert = one('invert', unaryInvert);
  m.abs = one('abs', (x) => call(BUILTINS.get('abs')!, [x]));
  m.index = one('index', asIndexObj);
  m.truth = one('truth', (x) => newBool(ops.truthy(x)));
  m.not_ = one('not_', (x) => newBool(!ops.truthy(x)));
  m.is_ = fixed('is_', 2, (a) => newBool(a[0] === a[1]));
  m.is_not = fixed('is_not', 2, (a) => newBool(a[0] !== a[1]));
  if (R.rules.version !== '3.11') {
    m.is_none = one('is_none', (x) => newBool(x === None));
    m.is_not_none = one('is_not_none', (x) => newBool(x !== None));
  }
  m.contains = fixed('contains', 2, (a) => newBool(ops.contains(a[0], a[1])));
  m.getitem = fixed('getitem', 2, (a) => ops.getitem(a[0], a[1]));
  m.setitem = fixed('setitem', 3, (a) => { ops.setitem(a[0], a[1], a[2]); return None; });
  m.delitem = fixed('delitem', 2, (a) => { ops.delitem(a[0], a[1]); return None; });
  // _operator.call(obj, /, *args, **kwargs)
  m.call = bfn('call', (a, kw) => {
    const npos = a.length - (kw ? kw.length : 0);
    if (npos < 1) typeError(`call expected at least 1 argument, got ${npos}`);
    return call(a[0], a.slice(1), kw);
  });
  for (const n of ['concat', 'iconcat', 'countOf', 'indexOf', 'length_hint']) m[n] = refused(n);
  m.methodcaller = refusedClass('methodcaller', 'operator.methodcaller');
  m.itemgetter = ItemgetterType;
  m.attrgetter = AttrgetterType;
  return moduleOf('operator', m);
});

export { True, False, T, raise };
