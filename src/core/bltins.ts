// The builtins module: Python/bltinmodule.c.

import { message, noteRule } from './versionnote.js';
import { RULES } from './version.js';
import { messageOf } from './versionnote.js';
import {
  PyObject, PyType, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyNative, PyBytes, PyCell,
} from './object.js';
import { T, EXC } from './types.js';
import {
  R, None, True, False, NotImplemented, Ellipsis, newInt, newFloat, newComplex, newStr, newStrFilled, newList, newTuple, newTupleTracked, refillPair, newDict, newNative, newBool, incref, decref,
  raise, typeError, call, argCount, splitKw, noKw, asIndex, asIntArg, PyBuiltin, PyMethodDescr, isInstance, callDescr, callSpecial, notSupported, newException,
} from './rt.js';
import * as ops from './ops.js';
import { dictSetStr, dictGetStr, dictItems, dictDelStr } from './dict.js';
import { listSort, floatToInt, roundFloat } from './typemethods.js';
import { listExtend } from './list.js';
import { orderInsensitive } from './set.js';
import { formatObject, ascii } from './format.js';
import { floatRepr, intToFloat, big, binop, decimalValue, intPowMod } from './num.js';
import { getVM } from './classes.js';
import { PyFunction, PyMethod, fastToLocals, frameLocalsItems } from './func.js';
import { openFile } from './files.js';
import { fakeAddress } from './ops.js';
import { NotSupported, PyExc } from './errors.js';
import { immortalize } from './object.js';
import { staticType, parseArgs, getset } from './stdlib/util.js';

export type BuiltinFn = (args: PyObject[], kw: string[] | null) => PyObject;
export const BUILTINS = new Map<string, PyObject>();

function fn(name: string, f: BuiltinFn): void {
  // a builtin that does not take `kw` reads keyword values as positional ones: kwcheck.ts
  // (one that does: only an unknown keyword is checked before it runs)
  const positional = f.length < 2;
  const g: BuiltinFn = (a, kw) => { if (kw && kw.length) checkPositionalKw(name, `${name}()`, name, a, kw, positional); return f(a, kw); };
  BUILTINS.set(name, new PyBuiltin(name, g));
}

// ---------------------------------------------------------------- print
fn('print', (args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  const sepO = kws.get('sep'), endO = kws.get('end'), file = kws.get('file');
  for (const k of kws.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) typeError(messageOf('badKeyword', 'print', k, ['sep', 'end', 'file', 'flush']));
  if (sepO && sepO !== None && !(sepO instanceof PyStr)) typeError(`sep must be None or a string, not ${sepO.type.name}`);
  if (endO && endO !== None && !(endO instanceof PyStr)) typeError(`end must be None or a string, not ${endO.type.name}`);
  // Python/bltinmodule.c: builtin_print — each argument, separator and the end is written in turn
  // (PyFile_WriteObject: str() of the object, then file.write); " " and "\n" are made from C strings
  const sepP = sepO && sepO !== None ? sepO as PyStr : null, endP = endO && endO !== None ? endO as PyStr : null;
  const toFile = file && file !== None;
  const w = toFile ? ops.getattr(file, 'write') : null;
  const write = (piece: PyObject | null, text: string): void => {
    if (w) {
      const t = piece ? incref(piece) : newStr(text);
      try { decref(call(w, [t])); } finally { decref(t); }
      return;
    }
    writeStdout(text);
    stdoutWrite(piece, text);
  };
  // 3.11: the arguments are in a tuple for the whole call (version rule printArgsTuple)
  const argTuple = R.rules.printArgsTuple ? pos : [];
  for (const o of argTuple) incref(o);
  try {
    if (argTuple.length) holding("print's argument tuple (Python/clinic/bltinmodule.c.h: builtin_print)", argTuple, () => writeAll());
    else writeAll();
  } finally { if (w) decref(w); for (const o of argTuple) decref(o); }
  function writeAll(): void {
    pos.forEach((o, i) => {
      if (i > 0) write(sepP, sepP ? sepP.v : ' ');
      // PyObject_Str (ops.ts: strObject): an exact str is itself, a __str__ or an exception's str() may give a
      // str the program holds — the object written, which stdout may keep. NON-CPYTHON: the new str of a
      // built-in value (an int, a list) is not made: stdout would keep it, but nothing else can reach it
      if (o.type === T.str) { write(o, (o as PyStr).v); return; }
      const m = o.type.isHeapType || o.type.isException ? o.type.lookup('__str__') : undefined;
      if (m && (m.type === T.function || (m as any).strObject)) {
        const so = ops.strObject(o);
        try { write(so, (so as PyStr).v); } finally { decref(so); }
        return;
      }
      write(null, ops.str(o));
    });
    write(endP, endP ? endP.v : '\n');
  }
  const fl = kws.get('flush');
  if (fl && ops.truthy(fl)) {
    if (toFile) { const f = ops.getattr(file, 'flush'); try { decref(call(f, [])); } finally { decref(f); } }
    else stdoutFlush();
  }
  return None;
});

export function writeStdout(text: string): void {
  // (print's own object may be where CPython's count passes its threshold, and the collection may run before
  // the text is written: gc.ts gcCountMoved)
  gcCountMoved();
  checkOutput();
  R.outBytes += text.length;
  if (R.outBytes > R.limits.outputBytes) {
    const { LimitExceeded } = errorsMod;
    throw new LimitExceeded('output', `the program printed more than ${R.limits.outputBytes.toLocaleString('en-US')} bytes`);
  }
  R.out.push(text);
}
import * as errorsMod from './errors.js';
import { gcCountMoved, gcTransientAllocation, gcTransientIter } from './gc.js';
import { checkOutput } from './gcwatch.js';
import { stdoutWrite, stdoutFlush } from './stdoutbuf.js';
import { holding } from './nativeheld.js';
import { dirOf, codePointCompare } from './dir.js';
import { checkPositionalKw, checkKwNames, checkCtorNoKw } from './kwcheck.js';

// ---------------------------------------------------------------- basics
fn('len', (a, kw) => {
  noKw('len', kw);
  argCount('len', a, 1, 1);
  const o = a[0];
  if (o.type === T.range) {
    // a range can be longer than 2**53: keep the exact (bigint) length
    const r = callDescr(T.range.attrs.get('__len__')!, o, [], null);
    return r;
  }
  return newInt(ops.len(o));
});
fn('repr', (a) => { argCount('repr', a, 1, 1); return a[0] instanceof PyInt ? newStrFilled(ops.repr(a[0])) : newStr(ops.repr(a[0])); });
fn('ascii', (a) => { argCount('ascii', a, 1, 1); return newStr(ascii(ops.repr(a[0]))); });
// the result remembers whose id it is (ops.ts: checkIdCompare)
const remembersId = (r: PyObject, o: PyObject): void => { if (!r.imm) { (r as any).idOf = o; (o as any).idTaken = true; } };
fn('id', (a) => {
  argCount('id', a, 1, 1);
  const r = newInt(fakeAddress(a[0]));
  remembersId(r, a[0]);
  // its size depends on where CPython allocated the object (version.ts: staticObjectsLowAddress)
  if (!r.imm && ops.staticUnknown(a[0])) (r as any).sizeUnknown = `the id() of ${a[0] instanceof PyType ? 'a builtin class' : 'an interned str'} on Python 3.14`;
  return r;
});
fn('hash', (a) => {
  argCount('hash', a, 1, 1);
  const r = newInt(ops.hashExact(a[0]));
  // Objects/object.c: PyObject_GenericHash — the default hash comes from the address
  if (a[0].type.lookup('__hash__') === T.object.attrs.get('__hash__')) remembersId(r, a[0]);
  return r;
});
/** Objects/object.c: PyCallable_Check */
export function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType || o instanceof PyMethodDescr || o.type.lookup('__call__') !== undefined;
}
fn('callable', (a) => newBool(isCallable(a[0])));
fn('abs', (a) => {
  argCount('abs', a, 1, 1);
  const o = a[0];
  // Objects/longobject.c: long_abs — a non-negative exact int is returned itself
  if (o instanceof PyInt && o.type === T.int && o.v >= 0) return incref(o);
  if (o instanceof PyInt && !o.type.isHeapType) return newInt(typeof o.v === 'number' ? Math.abs(o.v) : o.v < 0n ? -o.v : o.v);
  if (o instanceof PyFloat && !o.type.isHeapType) return newFloat(Math.abs(o.v));
  const m = o.type.lookup('__abs__');
  if (!m) typeError(`bad operand type for abs(): '${o.type.name}'`);
  return callDescr(m, o, [], null);
});
fn('isinstance', (a) => { argCount('isinstance', a, 2, 2); return newBool(isinst(a[0], a[1], 'isinstance')); });
fn('issubclass', (a) => {
  argCount('issubclass', a, 2, 2);
  if (!(a[0] instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  return newBool(issub(a[0] as PyType, a[1]));
});
function isinst(o: PyObject, t: PyObject, who: string): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinst(o, x, who));
  if ((t as any).refusedClass) notSupported((t as any).refusedClass);
  if (!(t instanceof PyType)) typeError(`${who}() arg 2 must be a type, a tuple of types, or a union`);
  const ic = (t as PyType).type.lookup('__instancecheck__');
  if (ic && (t as PyType).type.isHeapType) { const r = callDescr(ic, t, [o], null); try { return ops.truthy(r); } finally { decref(r); } }
  if (o.type.isSubtypeOf(t as PyType)) return true;
  // Objects/abstract.c: object_isinstance — otherwise the instance's __class__ (a weakref.proxy's is its
  // referent's, a class may override it), when that is another type; an AttributeError counts as no
  let icls: PyObject | undefined;
  try { icls = ops.getattrOpt(o, '__class__'); } catch (e) {
    if (e instanceof errorsMod.PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); return false; }
    throw e;
  }
  if (icls === undefined) return false;
  try { return icls !== o.type && icls instanceof PyType && icls.isSubtypeOf(t as PyType); } finally { decref(icls); }
}
function issub(c: PyType, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => issub(c, x));
  if ((t as any).refusedClass) notSupported((t as any).refusedClass);
  if (!(t instanceof PyType)) typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return c.isSubtypeOf(t as PyType);
}
// Objects/object.c: PyObject_SetAttr / PyObject_GetAttr — the name must be a str
const attrName = (n: PyObject): string => (n instanceof PyStr ? n.v : typeError(`attribute name must be string, not '${n.type.name}'`));
fn('getattr', (a) => {
  argCount('getattr', a, 2, 3);
  const name = attrName(a[1]);
  if (a.length === 3) {
    try {
      const r = ops.getattrOpt(a[0], name);
      if (r === undefined) ops.checkUnmodelled(a[0], name);
      return r === undefined ? incref(a[2]) : r;
    } catch (e) {
      if (e instanceof errorsMod.PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); return incref(a[2]); }
      throw e;
    }
  }
  return ops.getattr(a[0], name, a[1]);
});
fn('setattr', (a) => { argCount('setattr', a, 3, 3); ops.setattr(a[0], attrName(a[1]), a[2]); return None; });
fn('delattr', (a) => { argCount('delattr', a, 2, 2); ops.delattr(a[0], attrName(a[1])); return None; });
fn('hasattr', (a) => {
  argCount('hasattr', a, 2, 2);
  attrName(a[1]);
  try {
    const r = ops.getattrOpt(a[0], (a[1] as PyStr).v);
    if (r === undefined) { ops.checkUnmodelled(a[0], (a[1] as PyStr).v); return False; }
    decref(r);
    return True;
  } catch (e) {
    if (e instanceof errorsMod.PyExc && isInstance(e.exc, EXC.AttributeError)) { decref(e.exc); return False; }
    throw e;
  }
});
fn('vars', (a) => {
  argCount('vars', a, 1, 1);
  const d = ops.getattrOpt(a[0], '__dict__');
  if (d === undefined) typeError('vars() argument must have __dict__ attribute');
  return d;
});
fn('iter', (a) => {
  argCount('iter', a, 1, 2);
  if (a.length === 2) {
    if (!isCallable(a[0])) typeError('iter(v, w): v must be callable');
    return newNative(T.callable_iterator, [a[0], a[1]], ['callable', 'sentinel']);
  }
  return ops.iter(a[0]);
});
fn('next', (a) => {
  argCount('next', a, 1, 2);
  const it = a[0];
  if (!it.type.lookup('__next__') && !(it.type as any).nativeNext) typeError(`'${it.type.name}' object is not an iterator`);
  if (a.length === 2) {
    const v = ops.next(it);
    return v === null ? incref(a[1]) : v;
  }
  const nf = (it.type as any).nativeNext;
  if (nf && it.type !== T.generator) {
    const v = nf(it);
    if (v === null) raise('StopIteration');
    return v;
  }
  return callDescr(it.type.lookup('__next__')!, it, [], null);
});
fn('input', (a) => {
  if (a.length) writeStdout(ops.str(a[0]));
  return raise('EOFError', 'EOF when reading a line');
});
fn('open', (a, kw) => openFile(a, kw));
fn('chr', (a) => {
  argCount('chr', a, 1, 1);
  const o = a[0];
  if (!(o instanceof PyInt)) typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const v = Number((o as PyInt).v);
  if (v < 0 || v > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(v));
});
fn('ord', (a) => {
  argCount('ord', a, 1, 1);
  const o = a[0];
  if (o instanceof PyStr) {
    if (o.len !== 1) typeError(`ord() expected a character, but string of length ${o.len} found`);
    return newInt(o.v.codePointAt(0)!);
  }
  if (o instanceof PyBytes) { if (o.v.length !== 1) typeError(`ord() expected a character, but string of length ${o.v.length} found`); return newInt(o.v[0]); }
  return typeError(`ord() expected string of length 1, but ${o.type.name} found`);
});
for (const [name, base, prefix] of [['hex', 16, '0x'], ['oct', 8, '0o'], ['bin', 2, '0b']] as const) {
  fn(name, (a) => {
    argCount(name, a, 1, 1);
    const o = a[0];
    const v = o instanceof PyInt ? big(o.v) : BigInt(asIntArg(o));
    return newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
  });
}
fn('divmod', (a) => {
  argCount('divmod', a, 2, 2);
  const [x, y] = a;
  if (x instanceof PyInt && y instanceof PyInt) {
    if (y.v == 0) raise('ZeroDivisionError', message('intDivmod'));
    const q = binop(x, y, 2), r = binop(x, y, 6);
    return newTupleTracked([q, r]);
  }
  if ((x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)) {
    const f = T.float.attrs.get('__divmod__')!;
    return callDescr(f, x instanceof PyFloat ? x : newFloat(intToFloat((x as PyInt).v)), [y], null);
  }
  const m = x.type.lookup('__divmod__');
  if (m) { const r = callDescr(m, x, [y], null); if (r !== NotImplemented) return r; }
  const rm = y.type.lookup('__rdivmod__');
  if (rm) { const r = callDescr(rm, y, [x], null); if (r !== NotImplemented) return r; }
  return typeError(`unsupported operand type(s) for divmod(): '${x.type.name}' and '${y.type.name}'`);
});
fn('pow', (a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  const base = pos[0] ?? kws.get('base'), exp = pos[1] ?? kws.get('exp'), mod = pos[2] ?? kws.get('mod');
  if (!base) typeError("pow() missing required argument 'base' (pos 1)");
  if (!exp) typeError("pow() missing required argument 'exp' (pos 2)");
  if (mod && mod !== None) {
    // Objects/abstract.c: ternary_op — complex_pow (the base's slot, or the exponent's when int's gives up)
    // takes any third argument and refuses it; float_pow refuses a modulo with a TypeError first
    const num = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    if ((base instanceof PyComplex && num(exp!)) || (base instanceof PyInt && exp instanceof PyComplex)) raise('ValueError', 'complex modulo');
    if (base instanceof PyComplex || exp instanceof PyComplex) {
      if (!(base instanceof PyFloat)) notSupported('pow() with a complex number and an unusual third argument');
    }
    if (!(base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt)) typeError('pow() 3rd argument not allowed unless all arguments are integers');
    return intPowMod(base as PyInt, exp as PyInt, mod as PyInt);
  }
  return binop(base!, exp!, 8);
});
fn('round', (a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  const x = pos[0] ?? kws.get('number');
  const nd = pos[1] ?? kws.get('ndigits');
  if (!x) typeError("round() missing required argument 'number' (pos 1)");
  if (a.length > 2) typeError(`round() takes at most 2 arguments (${a.length} given)`);
  gcTransientAllocation(); // (builtin_round: _PyObject_LookupSpecial binds __round__)
  const m = x!.type.lookup('__round__');
  if (!m) typeError(`type ${x!.type.name} doesn't define __round__ method`);
  // 3.11 builtin_round_impl binds __round__ (_PyObject_LookupSpecial); 3.14 calls it unbound (_PyObject_MaybeCallSpecialNoArgs)
  return (R.rules.version === '3.11' ? callSpecial : callDescr)(m!, x!, nd && nd !== None ? [nd] : [], null);
});
fn('sum', (a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  // (Argument Clinic's words for builtin_sum)
  if (pos.length < 1) typeError(`sum() takes at least 1 positional argument (${pos.length} given)`);
  if (a.length > 2) typeError(`sum() takes at most 2 arguments (${a.length} given)`);
  gcTransientIter(pos[0]); // (builtin_sum_impl: PyObject_GetIter)
  let acc = incref(pos[1] ?? kws.get('start') ?? newInt(0));
  if (acc instanceof PyStr) { decref(acc); typeError("sum() can't sum strings [use ''.join(seq) instead]"); }
  // Python/bltinmodule.c: builtin_sum_impl — fast phases in order, each left for good at the first item
  // it does not take: exact ints; then, if the total is an exact float, floats and ints added as C doubles
  // (3.12+: compensated, Neumaier); then (3.14), if the total is an exact complex, complex, int and float
  // items added as two compensated doubles (an int or float only to the real part); then PyNumber_Add.
  const neumaier = R.rules.sumFloatCompensated;
  type CS = { hi: number; lo: number };
  const csAdd = (c: CS, x: number): void => {
    if (!neumaier) { c.hi += x; return; }
    const t = c.hi + x;
    if (Math.abs(c.hi) >= Math.abs(x)) c.lo += (c.hi - t) + x; else c.lo += (x - t) + c.hi;
    c.hi = t;
  };
  const csTo = (c: CS): number => {
    // while tracing: a compensation that changed the sum (versionnote.ts)
    if (c.lo && Number.isFinite(c.lo) && c.hi + c.lo !== c.hi && (R as any).explainer) noteRule(phase === 'complex' ? 'sumComplexCompensated' : 'sumFloatCompensated');
    return c.lo && Number.isFinite(c.lo) ? c.hi + c.lo : c.hi;
  };
  const isLong = (v: number | bigint): boolean => v >= -(2n ** 63n) && v < 2n ** 63n; // a C long
  let total: PyObject | null = acc; // null while a fast phase keeps the total in C doubles
  let phase: 'int' | 'float' | 'complex' | 'generic' = 'generic';
  let re: CS = { hi: 0, lo: 0 }, im: CS = { hi: 0, lo: 0 };
  /** After the int phase (or the float phase): the next phase the total allows. */
  const nextPhase = (from: 'int' | 'float'): void => {
    const t = total!;
    if (from === 'int' && t.type === T.float) { phase = 'float'; re = { hi: (t as PyFloat).v, lo: 0 }; }
    else if (R.rules.sumComplexCompensated && t.type === T.complex) {
      phase = 'complex'; re = { hi: (t as PyComplex).re, lo: 0 }; im = { hi: (t as PyComplex).im, lo: 0 };
    } else { phase = 'generic'; return; }
    decref(t); total = null;
  };
  const add = (x: PyObject): void => { const r = binop(total!, x, 0); decref(total!); total = r; };
  if (acc.type === T.int) phase = isLong((acc as PyInt).v) ? 'int' : 'generic';
  else nextPhase('int');
  try {
    ops.forEach(pos[0], (x) => {
      switch (phase) {
        case 'int': {
          const small = x instanceof PyInt && (x.type === T.int || x.type === T.bool) && isLong(x.v);
          add(x);
          if (!small || !isLong((total as PyInt).v)) nextPhase('int');
          return;
        }
        case 'float':
          if (x.type === T.float) { csAdd(re, (x as PyFloat).v); return; }
          // 3.11: PyLong_AsLongAndOverflow (a C long only); 3.12+: PyLong_AsDouble (OverflowError past the float range)
          if (x instanceof PyInt && (neumaier || isLong(x.v))) { csAdd(re, intToFloat(x.v)); return; }
          total = newFloat(csTo(re));
          add(x);
          nextPhase('float');
          return;
        case 'complex':
          if (x.type === T.complex) { csAdd(re, (x as PyComplex).re); csAdd(im, (x as PyComplex).im); return; }
          if (x instanceof PyInt) { csAdd(re, intToFloat(x.v)); return; }
          if (x instanceof PyFloat) { csAdd(re, x.v); return; }
          total = newComplex(csTo(re), csTo(im));
          add(x);
          phase = 'generic';
          return;
        default:
          add(x);
      }
    });
  } catch (e) { if (total) decref(total); throw e; }
  const last = phase as string; // set inside the callback
  if (last === 'float') return newFloat(csTo(re));
  if (last === 'complex') return newComplex(csTo(re), csTo(im));
  return total!;
});
for (const name of ['min', 'max'] as const) {
  fn(name, (a, kw) => {
    const [pos, kws] = splitKw(a, kw);
    for (const k of kws.keys()) if (k !== 'key' && k !== 'default') typeError(messageOf('badKeyword', name, k, ['key', 'default']));
    const key = kws.get('key');
    const dflt = kws.get('default');
    if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    if (pos.length > 1 && dflt) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    // (min_max: PyObject_GetIter over the one argument, or over the tuple of several)
    if (pos.length > 1) gcTransientAllocation(); else gcTransientIter(pos[0]);
    // Python/bltinmodule.c: min_max — one item at a time: its key, then
    // PyObject_RichCompareBool(key, best key, Py_LT for min / Py_GT for max)
    const op = name === 'min' ? '<' : '>';
    let best: PyObject | null = null, bestK: PyObject | null = null;
    // the item being considered is a new reference (PyIter_Next: ops.forEach holds it; 3.14's positional
    // arguments: Py_INCREF(item)) besides its key or value (Py_NewRef(item)), until it becomes the best or is dropped
    const considerHeld = (x: PyObject): void => { incref(x); try { consider(x); } finally { decref(x); } };
    const MINMAX = 'min_max: the item, its value, the best item and its value (Python/bltinmodule.c)';
    const consider = (x: PyObject): void => {
      {
        const k = key && key !== None ? holding(MINMAX, best ? [x, best, bestK!] : [x], () => call(key, [x])) : incref(x);
        if (best === null) { best = incref(x); bestK = k; return; }
        let better: boolean;
        try { const r = holding(MINMAX, [x, k, best, bestK!], () => ops.richCompare(k, bestK!, op)); try { better = ops.truthy(r); } finally { decref(r); } } catch (e) { decref(k); throw e; }
        if (better) { decref(bestK!); bestK = k; decref(best); best = incref(x); } else decref(k);
      }
    };
    // 3.11's min/max are METH_VARARGS | METH_KEYWORDS: the argument tuple holds several positional arguments
    // and the keyword dict the key and default while it runs (3.14: METH_FASTCALL, no tuple or dict)
    const held311 = R.rules.version === '3.11' ? [...(pos.length > 1 ? pos : []), ...(key ? [key] : []), ...(dflt ? [dflt] : [])] : [];
    for (const x of held311) incref(x);
    try {
      const run = () => { if (pos.length === 1) ops.forEach(pos[0], consider); else for (const x of pos) considerHeld(x); };
      if (held311.length) holding("min/max's argument tuple and keyword dict (3.11: METH_VARARGS | METH_KEYWORDS)", held311, run); else run();
      if (best === null) {
        if (dflt) return incref(dflt);
        raise('ValueError', messageOf('emptyMinMax', name));
      }
      return incref(best);
    } finally {
      if (bestK) decref(bestK);
      if (best) decref(best);
      for (const x of held311) decref(x);
    }
  });
}
fn('sorted', (a, kw) => {
  const [pos] = splitKw(a, kw);
  if (pos.length !== 1) typeError(pos.length ? `sorted expected 1 argument, got ${pos.length}` : 'sorted expected 1 argument, got 0');
  const l = newList([]);
  try {
    orderInsensitive(() => listExtend(l, pos[0]));
    listSort(l, a.slice(1), kw);
  } catch (e) { decref(l); throw e; }
  return l;
});
fn('any', (a) => { argCount('any', a, 1, 1); gcTransientIter(a[0]); let r = false; orderInsensitive(() => ops.forEach(a[0], (x) => { if (ops.truthy(x)) { r = true; return false; } })); return newBool(r); });
fn('all', (a) => { argCount('all', a, 1, 1); gcTransientIter(a[0]); let r = true; orderInsensitive(() => ops.forEach(a[0], (x) => { if (!ops.truthy(x)) { r = false; return false; } })); return newBool(r); });

// ---------------------------------------------------------------- iterator builtins (enumerate, zip, map, filter, reversed)
// Objects/enumobject.c: enum_new — the enumerate object, then its iterator
// (en_sit), then its result holder en_result = PyTuple_Pack(2, None, None)
// (3.14 leaves that holder untracked: no GC item; 3.11 tracks it).
T.enumerate.newFn = (_t, args, kw) => {
  // Objects/enumobject.c: enum_vectorcall's own check (the older wording on both versions)
  if (kw) for (const k of kw) if (k !== 'iterable' && k !== 'start') typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  const [pos, kws] = splitKw(args, kw);
  const start = pos[1] ?? kws.get('start');
  const e = newNative(T.enumerate, [null, null], ['iterator', 'result'], { i: start ? big((start as PyInt).v) : 0n });
  try {
    e.held[0] = ops.iter(pos[0] ?? kws.get('iterable')!);
  } catch (ex) { decref(e); throw ex; }
  e.held[1] = newTuple([None, None]);
  return e;
};
// Objects/enumobject.c: enum_next — the iterator keeps its last result tuple
// (en_result) and refills it in place while nobody else holds it; otherwise
// it returns a new tuple (PyTuple_New: tracked) and keeps the old one. The
// cached tuple is released only with the enumerate object (enum_dealloc), so
// after a `for i, x in enumerate(...)` loop it still holds the last i and x
// until the exhausted iterator is dropped.
(T.enumerate as any).nativeNext = (e: PyNative) => {
  const it = e.held[0];
  if (!it) return null;
  const v = ops.next(it);
  if (v === null) return null;
  const i = e.state.i;
  e.state.i = i + 1n;
  const idx = newInt(i);
  const result = e.held[1] as PyTuple;
  if (result.rc === 1) return refillPair(result, idx, v);
  return newTupleTracked([idx, v]);
};
// Python/bltinmodule.c: zip_new — `ittuple`, a tuple of the iterators
// (PyTuple_New: tracked), then the result holder `result`, a tuple of None
// (PyTuple_New: tracked), then the zip object. zip() with no argument holds
// the empty tuple twice.
T.zip.newFn = (_t, args, kw) => {
  checkKwNames('zip', kw, ['strict']);
  const [pos, kws] = splitKw(args, kw);
  const strict = kws.get('strict');
  const its: PyObject[] = [];
  try { for (const p of pos) its.push(ops.iter(p)); } catch (ex) { for (let j = its.length - 1; j >= 0; j--) decref(its[j]); throw ex; }
  const ittuple = newTupleTracked(its);
  const result = newTupleTracked(pos.map(() => incref(None)));
  const z = newNative(T.zip, [ittuple, result], ['ittuple', 'result'], { strict: strict ? ops.truthy(strict) : false, size: pos.length });
  decref(ittuple);
  decref(result);
  return z;
};
/** Python/bltinmodule.c: zip_next, the `check:` path of zip(strict=True) after argument k ran out. */
function zipStrictCheck(its: PyObject[], k: number): null {
  if (k > 0) raise('ValueError', `zip() argument ${k + 1} is shorter than argument${k > 1 ? `s 1-${k}` : ' 1'}`);
  for (let j = 1; j < its.length; j++) {
    const w = ops.next(its[j]);
    if (w !== null) { decref(w); raise('ValueError', `zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`); }
  }
  return null;
}
// Python/bltinmodule.c: zip_next — like enum_next, the cached result tuple is
// refilled in place when only the zip holds it: slot by slot, each old item
// released as soon as its replacement arrives, so when a later argument runs
// out the earlier slots already hold the new items (and keep them until the
// zip object goes: zip_dealloc). Otherwise a new tuple (PyTuple_New: tracked)
// is filled; one left unfinished is released (tupledealloc: last item first).
(T.zip as any).nativeNext = (z: PyNative) => {
  const n: number = z.state.size;
  if (n === 0) return null;
  const its = (z.held[0] as PyTuple).items;
  const result = z.held[1] as PyTuple;
  if (result.rc === 1) {
    incref(result);
    for (let k = 0; k < n; k++) {
      let v: PyObject | null;
      try { v = ops.next(its[k]); } catch (ex) { decref(result); throw ex; }
      if (v === null) {
        decref(result);
        return z.state.strict ? zipStrictCheck(its, k) : null;
      }
      const old = result.items[k];
      result.items[k] = v;
      decref(old);
    }
    // bpo-42536: the collector may have untracked the tuple; recycling re-tracks it
    if (!result.tracked) R.heap.track(result);
    return result;
  }
  const out: PyObject[] = [];
  const drop = () => { for (let j = out.length - 1; j >= 0; j--) decref(out[j]); };
  for (let k = 0; k < n; k++) {
    let v: PyObject | null;
    try { v = ops.next(its[k]); } catch (ex) { drop(); throw ex; }
    if (v === null) {
      drop();
      return z.state.strict ? zipStrictCheck(its, k) : null;
    }
    out.push(v);
  }
  return newTupleTracked(out);
};
T.map.newFn = (_t, args, kw) => {
  checkCtorNoKw('map', kw);
  if (args.length < 2) typeError('map() must have at least two arguments.');
  const its = args.slice(1).map((p) => ops.iter(p));
  const m = newNative(T.map, [args[0], ...its], ['func', ...its.map((_, i) => `iterator ${i}`)]);
  for (const i of its) decref(i);
  return m;
};
(T.map as any).nativeNext = (m: PyNative) => {
  if (m.held.some((h) => !h)) return null;
  const vals: PyObject[] = [];
  for (let k = 1; k < m.held.length; k++) {
    const v = ops.next(m.held[k]!);
    if (v === null) { for (const x of vals) decref(x); return null; }
    vals.push(v);
  }
  try { return call(m.held[0]!, vals); } finally { for (const x of vals) decref(x); }
};
T.filter.newFn = (_t, args, kw) => {
  noKw('filter', kw);
  argCount('filter', args, 2, 2);
  const it = ops.iter(args[1]);
  const f = newNative(T.filter, [args[0], it], ['func', 'iterator']);
  decref(it);
  return f;
};
(T.filter as any).nativeNext = (f: PyNative) => {
  const fnc = f.held[0], it = f.held[1];
  if (!fnc || !it) return null;
  for (;;) {
    const v = ops.next(it);
    if (v === null) return null;
    let ok: boolean;
    if (fnc === None) ok = ops.truthy(v);
    else { const r = call(fnc, [v]); ok = ops.truthy(r); decref(r); }
    if (ok) return v;
    decref(v);
  }
};
T.reversed.newFn = (_t, args, kw) => {
  noKw('reversed', kw);
  argCount('reversed', args, 1, 1);
  const o = args[0];
  const m = o.type.lookup('__reversed__');
  if (m) return callSpecial(m, o, [], null);
  if (!o.type.lookup('__getitem__') || !o.type.lookup('__len__')) typeError(`'${o.type.name}' object is not reversible`);
  return newNative(T.reversed, [o], ['seq'], ops.len(o) - 1);
};
(T.reversed as any).nativeNext = (r: PyNative) => {
  const o = r.held[0];
  if (!o || r.state < 0) { if (o) r.setHeld(R.heap, 0, null); return null; }
  const k = newInt(r.state--);
  try { return ops.getitem(o, k); } finally { decref(k); }
};
for (const t of [T.enumerate, T.zip, T.map, T.filter, T.reversed]) {
  const nf = (t as any).nativeNext;
  (T as any);
  t.attrs.set('__iter__', new (PyBuiltin as any)('__iter__', () => None));
  t.attrs.delete('__iter__');
}
import { defMethod } from './classes.js';
for (const t of [T.enumerate, T.zip, T.map, T.filter, T.reversed]) {
  const nf = (t as any).nativeNext;
  defMethod(t, '__iter__', (s) => incref(s));
  defMethod(t, '__next__', (s) => { const v = nf(s); if (v === null) raise('StopIteration'); return v; });
}

// ---------------------------------------------------------------- constructors of numbers
T.int.newFn = (t, args, kw) => {
  checkKwNames('int', kw, ['base'], args.length, 2);
  const [pos, kws] = splitKw(args, kw);
  argCount('int', pos, 0, 2);
  const x = pos[0] ?? kws.get('x');
  const baseO = pos[1] ?? kws.get('base');
  let v: number | bigint;
  // Objects/abstract.c: PyNumber_Long — an exact int is returned itself
  if (x && !baseO && x.type === T.int && t === T.int) return incref(x);
  if (!x) v = 0;
  else if (baseO) {
    if (!(x instanceof PyStr) && !(x instanceof PyBytes)) typeError("int() can't convert non-string with explicit base");
    v = parseIntStr(x instanceof PyStr ? x.v : String.fromCharCode(...(x as PyBytes).v), Number((baseO as PyInt).v), x);
  } else if (x instanceof PyInt) v = x.v;
  else if (x instanceof PyFloat) v = floatToInt(x.v).v;
  else if (x instanceof PyStr) v = parseIntStr(x.v, 10, x);
  else if (x instanceof PyBytes) v = parseIntStr(String.fromCharCode(...x.v), 10, x);
  else {
    const m = x.type.lookup('__int__') ?? x.type.lookup('__index__');
    if (m) { const r = callDescr(m, x, [], null); v = (r as PyInt).v; decref(r); }
    else {
      const tr = x.type.lookup('__trunc__');
      if (tr) { const r = callSpecial(tr, x, [], null); v = (r as PyInt).v; decref(r); }
      else return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
    }
  }
  if (t === T.int) return newInt(v);
  return new PyInt(t, typeof v === 'bigint' && v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v);
};
export function parseIntStr(s0: string, base: number, orig: PyObject): number | bigint {
  const s = s0.trim().replace(/_(?=[0-9a-zA-Z])/g, (m, off, str) => (off > 0 && /[0-9a-zA-Z]/.test(str[off - 1]) ? '' : m));
  const bad = () => raise('ValueError', `invalid literal for int() with base ${base}: ${ops.repr(orig)}`);
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  let m = /^([+-]?)(.*)$/s.exec(s)!;
  let sign = m[1] === '-' ? -1n : 1n;
  let body = m[2];
  let b = base;
  const pre = /^0([xob])/i.exec(body);
  if (pre) {
    const pb = { x: 16, o: 8, b: 2 }[pre[1].toLowerCase() as 'x' | 'o' | 'b'];
    if (b === 0 || b === pb) { b = pb; body = body.slice(2); }
  }
  if (b === 0) { b = 10; if (/^0+[1-9]/.test(body)) bad(); }
  if (!body.length || body.includes('_') && (/^_|_$|__/.test(body))) bad();
  body = body.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let v = 0n;
  const bb = BigInt(b);
  if (body.length > R.limits.intDigits && b === 10) raise('ValueError', `Exceeds the limit (${R.limits.intDigits} digits) for integer string conversion: value has ${body.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  for (const c of body.toLowerCase()) {
    let d = digits.indexOf(c);
    if (d < 0) {
      // Unicode decimal digits
      const u = decimalValue(c) >= 0 ? decimalValue(c) : NaN;
      if (Number.isNaN(u) || u >= b) bad();
      d = u;
    }
    v = v * bb + BigInt(d);
  }
  v *= sign;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
T.float.newFn = (t, args, kw) => {
  noKw('float', kw);
  argCount('float', args, 0, 1);
  const x = args[0];
  // Objects/abstract.c: PyNumber_Float — an exact float is returned itself
  if (x && x.type === T.float && t === T.float) return incref(x);
  let v: number;
  if (!x) v = 0;
  else if (x instanceof PyFloat) v = x.v;
  else if (x instanceof PyInt) v = intToFloat(x.v);
  else if (x instanceof PyStr) v = parseFloatStr(x.v, x);
  else {
    const m = x.type.lookup('__float__');
    if (m) { const r = callDescr(m, x, [], null); v = (r as PyFloat).v; decref(r); }
    else if (x.type.lookup('__index__')) v = asIndex(x);
    else return typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
  }
  if (t === T.float) return newFloat(v);
  return new PyFloat(t, v);
};
function parseFloatStr(s: string, orig: PyObject): number {
  const t = s.trim().replace(/(?<=\d)_(?=\d)/g, '').toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) raise('ValueError', `could not convert string to float: ${ops.repr(orig)}`);
  return parseFloat(t);
}

// ---------------------------------------------------------------- type / object / misc
BUILTINS.set('object', T.object);
BUILTINS.set('type', T.type);
for (const n of ['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'bytes', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'property', 'staticmethod', 'classmethod', 'super'] as const) {
  BUILTINS.set(n, (T as any)[n]);
}
BUILTINS.set('bytearray', T.bytearray);
BUILTINS.set('complex', T.complex);
for (const [n, t] of Object.entries(EXC)) BUILTINS.set(n, t);
BUILTINS.set('IOError', EXC.OSError);
BUILTINS.set('EnvironmentError', EXC.OSError);
BUILTINS.set('None', None);
BUILTINS.set('True', True);
BUILTINS.set('False', False);
BUILTINS.set('NotImplemented', NotImplemented);
BUILTINS.set('Ellipsis', Ellipsis);
BUILTINS.set('__name__', newStr('builtins'));
fn('globals', () => { const g = getVM().top!.globals; ops.checkNamespace(g, 'globals()'); return incref(g); });

/** While tracing: the program lists __main__'s names (dir(), locals() at module level), whose first names differ (RULES.mainNames; versionnote.ts). */
function noteMainNames(d: PyDict): void {
  if (!(R as any).explainer || d !== (R as any).globalsRef) return;
  const mine = R.rules.mainNames, theirs = RULES[R.rules.version === '3.11' ? '3.14' : '3.11'].mainNames;
  const has = (k: string) => dictGetStr(d, k) !== undefined;
  // only while the names that differ are as the interpreter left them (the program did not add or delete them)
  if (mine.filter((k) => !theirs.includes(k)).every(has) && theirs.filter((k) => !mine.includes(k)).every((k) => !has(k))) noteRule('mainNames');
}
/**
 * Python/bltinmodule.c: builtin_locals → _PyEval_GetFrameLocals. A module or
 * class body answers its namespace itself. A function answers (PEP 667, 3.13+)
 * a fresh dict of its bound locals, cells and free variables in co_varnames
 * order; 3.11 instead fills a dict the frame keeps (f_locals) and refreshes it
 * on every call (func.ts: fastToLocals), so it holds its values until the frame ends.
 */
function frameLocals(what: string): PyDict {
  const f = getVM().top!;
  if (f.ns === f.globals) { ops.checkNamespace(f.ns, what); noteMainNames(f.ns); return incref(f.ns) as PyDict; }
  // NON-CPYTHON: a class namespace lacks 3.14's __firstlineno__, so its names are refused rather than listed wrong
  if (f.ns) notSupported(`${what} in a class body`, 'heapsnake\'s namespace there lacks some names CPython puts in it');
  // 3.11: the dict the frame keeps (f_locals), refreshed on each call (func.ts: fastToLocals)
  if (R.rules.version === '3.11') return incref(fastToLocals(f, newDict, dictSetStr, (d, k) => { dictDelStr(d, k); }));
  const d = newDict();
  for (const [name, v] of frameLocalsItems(f)) if (v) dictSetStr(d, name, v);
  return d;
}
fn('locals', () => frameLocals('locals()'));
/** Python/bltinmodule.c: builtin_dir — with no argument, Objects/object.c: _dir_locals (the sorted keys of
 *  locals()); with one, dir.ts: dirOf (type(obj).__dir__). */
fn('dir', (a, kw) => {
  if (kw && kw.length) typeError('dir() takes no keyword arguments');
  if (a.length > 1) typeError(`dir expected at most 1 argument, got ${a.length}`);
  // Python/bltinmodule.c: builtin_dir is METH_VARARGS — its argument tuple holds the object while a __dir__ runs
  if (a.length) { const o = a[0]; incref(o); try { return holding("dir()'s argument tuple (Python/bltinmodule.c: builtin_dir, METH_VARARGS)", [o], () => dirOf(o)); } finally { decref(o); } }
  const d = frameLocals('dir()');
  const keys = dictKeysList(d);
  decref(d);
  keys.sort((x, y) => codePointCompare(x.v, y.v));
  return newList(keys);
});
function dictKeysList(d: PyDict): PyStr[] {
  const out: PyStr[] = [];
  for (const [k] of dictItems(d)) {
    if (!(k instanceof PyStr)) notSupported('dir() of a namespace with a key that is not a str');
    out.push(incref(k) as PyStr);
  }
  return out;
}
for (const name of ['exec', 'eval', 'compile']) {
  fn(name, () => { throw new NotSupported(`${name}()`, R.hooks.line(), 'heapsnake runs only the code you paste; it does not run code built at run time'); });
}
fn('__import__', (a) => {
  const name = a[0] instanceof PyStr ? a[0].v : '?';
  const { importModule } = modulesMod;
  return importModule(name);
});
import * as modulesMod from './modules.js';
fn('breakpoint', () => notSupported('breakpoint()'));
fn('help', () => notSupported('help()'));
fn('memoryview', () => notSupported('memoryview'));
// Lib/_sitebuiltins.py: exit and quit are Quitter instances (site.setquit); the repr tells how to leave the
// REPL and __call__(code=None) raises SystemExit(code).
// NON-CPYTHON: calling them leaves sys.stdin open (CPython closes it first); they are interpreter-owned
// objects here, so getrefcount/getsizeof of them are refused like other builtins.
const QuitterType = staticType('Quitter', '_sitebuiltins', { hasDict: true });
(QuitterType as any).isHeapType = true; // a class defined in Python (Lib/_sitebuiltins.py)
const quitterName = (s: PyObject): string => (s as any).quitName as string;
defMethod(QuitterType, '__repr__', (s) => newStr(`Use ${quitterName(s)}() or Ctrl-D (i.e. EOF) to exit`));
defMethod(QuitterType, '__call__', (s, a, kw) => {
  const [code] = parseArgs('Quitter.__call__', a, kw, ['code'], 0);
  throw new PyExc(newException(EXC.SystemExit, [incref(code ?? None)]));
});
getset(QuitterType, 'name', (s: PyObject) => newStr(quitterName(s)));
getset(QuitterType, 'eof', () => newStr('Ctrl-D (i.e. EOF)'));
for (const name of ['exit', 'quit']) {
  const q = immortalize(new PyObject(QuitterType));
  (q as any).quitName = name;
  BUILTINS.set(name, q);
}
// Lib/importlib/_bootstrap.py: BuiltinImporter — what Python/pylifecycle.c: add_main_module leaves in
// __main__.__loader__ when the program has no source file of its own (python3 - < file).
// NON-CPYTHON: heapsnake's snippet has no file, so __main__ looks like stdin's (with __file__ '<snippet>');
// the importer's own methods are not modelled, so any attribute it lacks here is refused, not an AttributeError.
export const BuiltinImporter = staticType('BuiltinImporter', '_frozen_importlib');
(BuiltinImporter as any).isHeapType = true; // a class defined in Python (Lib/importlib/_bootstrap.py)
(BuiltinImporter as any).opaque = 'heapsnake models the import system only by name';
fn('format', (a) => {
  argCount('format', a, 1, 2);
  // (Argument Clinic: _PyArg_BadArgument names None as 'None')
  if (a.length > 1 && !(a[1] instanceof PyStr)) typeError(`format() argument 2 must be str, not ${a[1] === None ? 'None' : a[1].type.name}`);
  const spec = a.length > 1 ? (a[1] as PyStr).v : '';
  // Objects/abstract.c: PyObject_Format (format.ts: formatObject)
  // (the spec argument itself reaches a class's __format__; format(x) passes the empty str)
  return formatObject(a[0], spec, a.length > 1 ? a[1] : undefined);
});

export { floatRepr, dictSetStr, dictGetStr, dictItems, roundFloat, PyDict, PySet, PyList };
