// weakref.proxy's two types (Objects/weakrefobject.c: _PyWeakref_ProxyType and
// _PyWeakref_CallableProxyType). Every slot but the hash forwards to the referent:
// UNWRAP replaces a proxy operand by its referent (ReferenceError when it is dead,
// proxy_check_ref) and calls the generic operation (PyObject_GetItem, PyNumber_Add, ...).
//
// The slot holds a new reference to each unwrapped operand while the operation runs (UNWRAP's
// Py_INCREF, _PyWeakref_GET_REF): `held` counts it like CPython does.
// NON-CPYTHON: divmod(), three-argument pow(), __index__ and the matrix operators through a
// proxy are refused; so is a binary operation whose second operand is a dead proxy (CPython's
// WRAP_BINARY then returns without releasing the first operand's reference).

import { noteRule } from './versionnote.js';
import { PyObject, PyType, PyWeakref } from './object.js';
import { T } from './types.js';
import { R, typeError, raise, incref, decref, notSupported, call, True, False, None, newStr, newInt } from './rt.js';
import { holding } from './nativeheld.js';
import { BUILTINS } from './bltins.js';
import { defMethod as def } from './classes.js';
import { checkWeakRead } from './gcwatch.js';
import { binop, unaryNeg, unaryPos, unaryInvert } from './num.js';
import * as ops from './ops.js';

export function isProxy(o: PyObject): o is PyWeakref {
  return o.type === T.weakproxy || o.type === T.weakcallableproxy;
}

/** Objects/weakrefobject.c: proxy_check_ref — the live referent (borrowed), ReferenceError when dead. */
export function unwrap(o: PyObject): PyObject {
  if (!isProxy(o)) return o;
  checkWeakRead(o);
  if (!o.referent) raise('ReferenceError', 'weakly-referenced object no longer exists');
  return o.referent!;
}

const HELD = "the reference a weakref.proxy's slot holds while it forwards (Objects/weakrefobject.c: UNWRAP, _PyWeakref_GET_REF)";
/** Run f on the unwrapped operands, each held by a new reference meanwhile (UNWRAP: Py_INCREF of a non-proxy too). */
function held<X>(xs: PyObject[], f: (u: PyObject[]) => X): X {
  const u: PyObject[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (i > 0 && isProxy(xs[i]) && !(xs[i] as PyWeakref).referent) notSupported('a binary operation whose second operand is a dead weakref.proxy');
    u.push(unwrap(xs[i]));
  }
  for (const o of u) incref(o);
  try { return holding(HELD, u, () => f(u)); } finally { for (const o of u) decref(o); }
}

// binary number slots, in BINARY_OP's order (num.ts NAMES): WRAP_BINARY(proxy_add, PyNumber_Add), ...
const NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

for (const t of [T.weakproxy, T.weakcallableproxy]) {
  // proxy_getattr / proxy_setattr: PyObject_GetAttr / SetAttr (and DelAttr) on the referent
  (t as any).nativeGetattr = (p: PyWeakref, name: string) => held([p], ([o]) => ops.getattr(o, name));
  (t as any).nativeSetattr = (p: PyWeakref, name: string, v: PyObject | null) => {
    held([p], ([o]) => { if (v) ops.setattr(o, name, v); else ops.delattr(o, name); });
  };
  def(t, '__repr__', (s) => {
    // proxy_repr (the two wordings: VersionRules.proxyReprQuoted)
    const p = s as PyWeakref;
    checkWeakRead(p);
    const at = `<weakproxy at 0x${ops.fakeAddress(p).toString(16)}`;
    noteRule('proxyReprQuoted');
    if (!R.rules.proxyReprQuoted) {
      // 3.11: Py_TYPE(PyWeakref_GET_OBJECT(proxy))->tp_name — a heap type's __name__, a static type's dotted name
      const o = p.referent ?? None, t = o.type;
      const tpName = t.isHeapType || t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
      return newStr(`${at} to ${tpName} at 0x${ops.fakeAddress(o).toString(16)}>`);
    }
    if (!p.referent) return newStr(`${at}; dead>`);
    // %T: _PyType_GetFullyQualifiedName — the module is left out for builtins and __main__
    const t = p.referent.type;
    const full = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
    return newStr(`${at}; to '${full}' at 0x${ops.fakeAddress(p.referent).toString(16)}>`);
  });
  // WRAP_UNARY(proxy_str, PyObject_Str)
  def(t, '__str__', (s) => held([s], ([o]) => newStr(ops.str(o))));
  // proxy_richcompare: both operands unwrapped, PyObject_RichCompare
  for (const [op, name] of [['<', '__lt__'], ['<=', '__le__'], ['==', '__eq__'], ['!=', '__ne__'], ['>', '__gt__'], ['>=', '__ge__']] as const) {
    def(t, name, (s, a) => held([s, a[0]], ([x, y]) => ops.richCompare(x, y, op)));
  }
  // tp_hash is left NULL with a tp_richcompare: PyType_Ready sets __hash__ = None ("unhashable type: 'weakref.ProxyType'")
  t.attrs.set('__hash__', None);
  (t as any).tpName = `weakref.${t.name}`;
  // proxy_length (sq_length and mp_length): PyObject_Length
  def(t, '__len__', (s) => held([s], ([o]) => newInt(ops.len(o))));
  // proxy_contains: PySequence_Contains
  def(t, '__contains__', (s, a) => held([s], ([o]) => (ops.contains(o, a[0]) ? True : False)));
  // WRAP_BINARY(proxy_getitem, PyObject_GetItem); proxy_setitem: PyObject_SetItem / PyObject_DelItem
  def(t, '__getitem__', (s, a) => held([s, a[0]], ([o, k]) => ops.getitem(o, k)));
  def(t, '__setitem__', (s, a) => held([s], ([o]) => { ops.setitem(o, a[0], a[1]); return None; }));
  def(t, '__delitem__', (s, a) => held([s], ([o]) => { ops.delitem(o, a[0]); return None; }));
  // proxy_iter: PyObject_GetIter(referent); proxy_iternext: PyIter_Next, a TypeError for a non-iterator referent
  def(t, '__iter__', (s) => held([s], ([o]) => ops.iter(o)));
  const nextOf = (s: PyObject): PyObject | null => held([s], ([o]) => {
    if (!o.type.lookup('__next__') && !(o.type as any).nativeNext) typeError(`Weakref proxy referenced a non-iterator '${o.type.name}' object`);
    return ops.next(o);
  });
  (t as any).nativeNext = nextOf;
  def(t, '__next__', (s) => { const v = nextOf(s); if (v === null) raise('StopIteration'); return v; });
  // proxy_bool: PyObject_IsTrue
  def(t, '__bool__', (s) => held([s], ([o]) => (ops.truthy(o) ? True : False)));
  // number slots: the slot gets both operands in order, so the reflected form unwraps (other, self)
  NAMES.forEach((name, op) => {
    const refuse = name === 'matmul';
    def(t, `__${name}__`, (s, a) => { if (refuse || a.length > 1) notSupported(`the ${name} operator through a weakref.proxy`); return held([s, a[0]], ([x, y]) => binop(x, y, op)); });
    def(t, `__r${name}__`, (s, a) => { if (refuse || a.length > 1) notSupported(`the ${name} operator through a weakref.proxy`); return held([a[0], s], ([x, y]) => binop(x, y, op)); });
    // WRAP_BINARY(proxy_iadd, PyNumber_InPlaceAdd): the result is what the name is rebound to
    def(t, `__i${name}__`, (s, a) => { if (refuse || a.length > 1) notSupported(`the ${name} operator through a weakref.proxy`); return held([s, a[0]], ([x, y]) => binop(x, y, op + 13)); });
  });
  for (const name of ['__divmod__', '__rdivmod__', '__index__']) def(t, name, () => notSupported(`${name} through a weakref.proxy`));
  // WRAP_UNARY(proxy_neg, PyNumber_Negative), proxy_pos, proxy_invert, proxy_abs
  def(t, '__neg__', (s) => held([s], ([o]) => unaryNeg(o)));
  def(t, '__pos__', (s) => held([s], ([o]) => unaryPos(o)));
  def(t, '__invert__', (s) => held([s], ([o]) => unaryInvert(o)));
  def(t, '__abs__', (s) => held([s], ([o]) => call(BUILTINS.get('abs')!, [o])));
  // WRAP_UNARY(proxy_int, PyNumber_Long), WRAP_UNARY(proxy_float, PyNumber_Float): int(x) / float(x) of the referent
  def(t, '__int__', (s) => held([s], ([o]) => call(T.int, [o])));
  def(t, '__float__', (s) => held([s], ([o]) => call(T.float, [o])));
  // WRAP_METHOD(proxy_bytes, __bytes__), WRAP_METHOD(proxy_reversed, __reversed__): PyObject_CallMethodNoArgs (proxy type only)
  if (t === T.weakproxy) {
    for (const name of ['__bytes__', '__reversed__']) {
      def(t, name, (s) => held([s], ([o]) => { const m = ops.getattr(o, name); try { return call(m, []); } finally { decref(m); } }));
    }
  }
}
// WRAP_TERNARY(proxy_call, PyObject_Call): CallableProxyType only
def(T.weakcallableproxy, '__call__', (s, a, kw) => held([s], ([o]) => call(o, a, kw)));

/** Objects/weakrefobject.c: PyWeakref_NewProxy — CallableProxyType when the referent is callable (PyCallable_Check). */
export function proxyTypeFor(o: PyObject, isCallable: (o: PyObject) => boolean): PyType {
  return isCallable(o) ? T.weakcallableproxy : T.weakproxy;
}
