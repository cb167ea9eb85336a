// The complex type: Objects/complexobject.c (3.11.7 and 3.14.10) — the
// constructor (complex_new / actual_complex_new, complex_from_string_inner),
// repr (complex_repr), hash (complex_hash), comparison (complex_richcompare)
// and the methods.  The arithmetic is num.ts: complexOp over complexmath.ts.

import { noteRule } from './versionnote.js';
import { PyExc } from './errors.js';
import { PyObject, PyType, PyInt, PyFloat, PyComplex, PyStr } from './object.js';
import { T } from './types.js';
import {
  R, None, True, False, NotImplemented, newInt, newFloat, newComplex, newStr, newTuple, incref, decref, raise, typeError,
  splitKw, callDescr, callSpecial, notSupported, PyGetSet,
} from './rt.js';
import { defMethod as def } from './classes.js';
import { complexOp, intToFloat, decimalValue } from './num.js';
import { cAbs } from './complexmath.js';
import * as ops from './ops.js';
import { format } from './format.js';
import { asDouble } from './stdlib/util.js';

// ---------------------------------------------------------------- constructor
/** %T in 3.13+ messages: the fully qualified type name. */
function typeNameT(o: PyObject): string {
  const t = o.type;
  return t.module === 'builtins' || !t.isHeapType ? t.name : `${t.module}.${t.qualname}`;
}

/** Objects/complexobject.c: try_complex_special_method — type(o).__complex__(). */
function trySpecial(o: PyObject): PyComplex | null {
  if (o.type === T.complex) return null; // complex.__complex__ of an exact complex is the object itself: the callers use it
  const m = o.type.lookup('__complex__');
  if (!m) return null;
  const r = callSpecial(m, o, [], null);
  if (!(r instanceof PyComplex)) {
    const n = r.type.name;
    decref(r);
    typeError(`__complex__ returned non-complex (type ${n})`);
  }
  if (r.type !== T.complex) { decref(r); notSupported('__complex__ returning a complex subclass (a DeprecationWarning)'); }
  return r as PyComplex;
}

/** Objects/abstract.c: PyNumber_Float on a real number (int, float, __float__, __index__): stdlib/util.ts: asDouble. */
const realValue = (o: PyObject): number => asDouble(o);

/** tp_as_number with nb_float or nb_index (or a complex): what complex() accepts as a number. */
function isNumber(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
    || !!o.type.lookup('__float__') || !!o.type.lookup('__index__');
}

function make(t: PyType, re: number, im: number): PyObject {
  return t === T.complex ? newComplex(re, im) : new PyComplex(t, re, im);
}

/** complex(real, imag) with the arguments already taken apart (Objects/complexobject.c: complex_new_impl). */
function complexNewImpl(t: PyType, r0: PyObject | undefined, i: PyObject | undefined): PyObject {
  const v314 = R.rules.complexNewRealArgs;
  let r: PyObject = r0 ?? newInt(0);
  if (!v314) {
    // 3.11: the single-argument cases live here too
    if (r instanceof PyComplex && r.type === T.complex && !i && t === T.complex) return incref(r);
    if (r instanceof PyStr) {
      if (i) typeError("complex() can't take second arg if first is a string");
      return fromString(t, r);
    }
    if (i instanceof PyStr) typeError("complex() second arg can't be a string");
  }
  const special = trySpecial(r);
  if (special) r = special;
  try {
    if (!isNumber(r)) {
      typeError(v314 ? `complex() argument 'real' must be a real number, not ${typeNameT(r)}`
        : `complex() first argument must be a string or a number, not '${r.type.name}'`);
    }
    if (i && !isNumber(i)) {
      typeError(v314 ? `complex() argument 'imag' must be a real number, not ${typeNameT(i)}`
        : `complex() second argument must be a number, not '${i.type.name}'`);
    }
    // 3.14 warns (DeprecationWarning) for a complex 'real' given with an 'imag', or given by keyword, and for a complex 'imag'
    if (v314 && (r instanceof PyComplex || i instanceof PyComplex)) {
      notSupported('complex() with a complex argument (a DeprecationWarning on Python 3.14)');
    }
    let crRe: number, crIm = 0;
    const crIsComplex = r instanceof PyComplex;
    if (r instanceof PyComplex) { crRe = r.re; crIm = r.im; } else crRe = realValue(r);
    let ciRe: number, ciIm = 0;
    const ciIsComplex = i instanceof PyComplex;
    if (!i) ciRe = crIm;
    else if (i instanceof PyComplex) { ciRe = i.re; ciIm = i.im; } else ciRe = realValue(i);
    if (ciIsComplex) crRe -= ciIm;
    if (crIsComplex && i) ciRe += crIm;
    return make(t, crRe, ciRe);
  } finally { if (special) decref(special); }
}

/** 3.14: Objects/complexobject.c: actual_complex_new — complex(x) with one positional argument. */
function complexNewOne(t: PyType, arg: PyObject): PyObject {
  if (arg instanceof PyComplex && arg.type === T.complex && t === T.complex) return incref(arg);
  if (arg instanceof PyStr) return fromString(t, arg);
  const special = trySpecial(arg);
  if (special) { try { return make(t, special.re, special.im); } finally { decref(special); } }
  if (arg instanceof PyComplex) return make(t, arg.re, arg.im);
  if (isNumber(arg)) return make(t, realValue(arg), 0);
  return typeError(`complex() argument must be a string or a number, not ${typeNameT(arg)}`);
}

T.complex.newFn = (t, args, kw) => {
  if (!(R as any).explainer) return complexNew(t, args, kw);
  // while tracing: an error complex() raises is worded by RULES.complexNewRealArgs (versionnote.ts)
  try { return complexNew(t, args, kw); } catch (e) { if (e instanceof PyExc) noteRule('complexNewRealArgs'); throw e; }
};

function complexNew(t: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length > 2) typeError(`complex() takes at most 2 arguments (${pos.length} given)`);
  const names = ['real', 'imag'];
  for (const k of kws.keys()) {
    const at = names.indexOf(k);
    if (at < 0) {
      typeError(R.rules.complexNewRealArgs ? `complex() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for complex()`);
    }
    if (at < pos.length) typeError(`argument for complex() given by name ('${k}') and position (${at + 1})`);
  }
  if (R.rules.complexNewRealArgs && kws.size === 0 && pos.length <= 1) {
    if (pos.length === 0) return make(t, 0, 0);
    return complexNewOne(t, pos[0]);
  }
  return complexNewImpl(t, pos[0] ?? kws.get('real'), pos[1] ?? kws.get('imag'));
}

// ---------------------------------------------------------------- complex("1+2j")
const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i;

/** PyOS_string_to_double on a prefix: [value, characters used] (0 used: no number here). */
function floatPrefix(s: string): [number, number] {
  const m = FLOAT_PREFIX.exec(s);
  if (!m) return [0, 0];
  const txt = m[0].toLowerCase();
  const neg = txt.startsWith('-');
  const body = txt.replace(/^[+-]/, '');
  let v: number;
  if (body.startsWith('inf')) v = Infinity;
  else if (body === 'nan') v = NaN;
  else v = Number(body);
  return [neg ? -v : v, m[0].length];
}

const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\r\x0b\x0c'.includes(c);

/** Objects/complexobject.c: complex_from_string_inner — null when malformed. */
function parseComplex(s: string): [number, number] | null {
  let i = 0;
  let x = 0, y = 0;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') { bracket = true; i++; while (isSpace(s[i])) i++; }
  const [z, n] = floatPrefix(s.slice(i));
  if (n) {
    i += n;
    if (s[i] === '+' || s[i] === '-') {
      // <float><signed-float>j | <float><sign>j
      x = z;
      const [w, n2] = floatPrefix(s.slice(i));
      if (n2) { y = w; i += n2; } else { y = s[i] === '+' ? 1 : -1; i++; }
      if (s[i] !== 'j' && s[i] !== 'J') return null;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') { i++; y = z; } else x = z;
  } else {
    // <sign>j | j
    if (s[i] === '+' || s[i] === '-') { y = s[i] === '+' ? 1 : -1; i++; } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') return null;
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') return null;
    i++;
    while (isSpace(s[i])) i++;
  }
  return i === s.length ? [x, y] : null;
}

function fromString(t: PyType, o: PyStr): PyObject {
  // Objects/unicodeobject.c: _PyUnicode_TransformDecimalAndSpaceToASCII — Unicode spaces and decimal digits
  // become ASCII, any other non-ASCII character becomes '?' (so the string is malformed)
  let s = '';
  for (const ch of o.v) {
    const c = ch.codePointAt(0)!;
    if (c < 128) s += ch;
    else if (/\s/u.test(ch)) s += ' ';
    else if (decimalValue(ch) >= 0) s += String(decimalValue(ch));
    else s += '?';
  }
  // Objects/floatobject.c: _Py_string_to_number_with_underscores — '_' only between two digits
  if (s.includes('_')) {
    for (let k = 0; k < s.length; k++) {
      if (s[k] === '_' && !(/[0-9]/.test(s[k - 1] ?? '') && /[0-9]/.test(s[k + 1] ?? ''))) {
        raise('ValueError', `could not convert string to complex: ${ops.repr(o)}`);
      }
    }
    s = s.replace(/_/g, '');
  }
  const v = parseComplex(s);
  if (!v) raise('ValueError', 'complex() arg is a malformed string');
  return make(t, v![0], v![1]);
}

// ---------------------------------------------------------------- methods
const re = (o: PyObject): number => (o as PyComplex).re;
const im = (o: PyObject): number => (o as PyComplex).im;

const NAMES: [string, number][] = [['add', 0], ['sub', 10], ['mul', 5], ['truediv', 11], ['pow', 8]];
for (const [n, op] of NAMES) {
  def(T.complex, `__${n}__`, (s, a) => {
    const r = complexOp(op, s, a[0]);
    if (op === 8 && r !== NotImplemented && a.length > 1 && a[1] !== None) { decref(r); raise('ValueError', 'complex modulo'); }
    return r;
  });
  def(T.complex, `__r${n}__`, (s, a) => {
    const r = complexOp(op, a[0], s);
    if (op === 8 && r !== NotImplemented && a.length > 1 && a[1] !== None) { decref(r); raise('ValueError', 'complex modulo'); }
    return r;
  });
}

/** Objects/complexobject.c: complex_richcompare — only == and != (an int compares exactly with the real part). */
function complexEq(v: PyComplex, w: PyObject): boolean | null {
  if (w instanceof PyInt) {
    if (v.im !== 0) return false;
    const f = newFloat(v.re);
    const r = ops.richCompare(f, w, '==');
    decref(f);
    try { return ops.truthy(r); } finally { decref(r); }
  }
  if (w instanceof PyFloat) return v.re === w.v && v.im === 0;
  if (w instanceof PyComplex) return v.re === w.re && v.im === w.im;
  return null;
}
def(T.complex, '__eq__', (s, a) => { const r = complexEq(s as PyComplex, a[0]); return r === null ? NotImplemented : r ? True : False; });
def(T.complex, '__ne__', (s, a) => { const r = complexEq(s as PyComplex, a[0]); return r === null ? NotImplemented : r ? False : True; });
for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) def(T.complex, n, () => NotImplemented);

def(T.complex, '__hash__', (s) => newInt(ops.hashComplexExact(s as PyComplex)));
def(T.complex, '__bool__', (s) => (re(s) !== 0 || im(s) !== 0 ? True : False));
def(T.complex, '__neg__', (s) => newComplex(-re(s), -im(s)));
def(T.complex, '__pos__', (s) => (s.type === T.complex ? incref(s) : newComplex(re(s), im(s))));
def(T.complex, '__abs__', (s) => {
  const { v, erange } = cAbs({ re: re(s), im: im(s) });
  if (erange) raise('OverflowError', 'absolute value too large');
  return newFloat(v);
});
def(T.complex, 'conjugate', (s) => newComplex(re(s), -im(s)));
def(T.complex, '__complex__', (s) => (s.type === T.complex ? incref(s) : newComplex(re(s), im(s))));
def(T.complex, '__getnewargs__', (s) => newTuple([newFloat(re(s)), newFloat(im(s))]));
def(T.complex, '__format__', (s, a) => {
  const spec = a[0];
  if (!(spec instanceof PyStr)) typeError(`complex.__format__() argument must be str, not ${spec.type.name}`);
  return newStr(format(s, (spec as PyStr).v));
});
// Objects/complexobject.c: complex_members — read-only T_DOUBLE members (a new float each read)
const readonly = (): never => raise('AttributeError', 'readonly attribute');
T.complex.attrs.set('real', new PyGetSet(T.complex, 'real', (s) => newFloat(re(s)), readonly, T.member_descriptor));
T.complex.attrs.set('imag', new PyGetSet(T.complex, 'imag', (s) => newFloat(im(s)), readonly, T.member_descriptor));
