// Numbers and the binary-operator protocol.
// Objects/longobject.c (int), Objects/floatobject.c (float),
// Objects/abstract.c: binary_op1 / binary_iop1 (dispatch and reflected operands).

import { message, noteRule, noteAtLine } from './versionnote.js';
import { gcWin, intArithPoint } from './gcwin.js';
import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyType } from './object.js';
import { T } from './types.js';
import * as cx from './complexmath.js';
import { R, newInt, newFloat, newComplex, incref, decref, raise, typeError, callDescr, NotImplemented, True, False, None, notSupported } from './rt.js';
import { BINOPS } from './opcodes.js';
import { LimitExceeded } from './errors.js';

// ---------------------------------------------------------------- int helpers

export function big(v: number | bigint): bigint { return typeof v === 'bigint' ? v : BigInt(v); }

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floorMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return (m !== 0n && (m < 0n) !== (b < 0n)) ? m + b : m;
}

/** Bits of |v|. */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

const MAX_INT_BITS = 4_000_000; // heapsnake's limit on int size (docs/limits.md)

function checkBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw new LimitExceeded('int size', `an integer would have more than ${MAX_INT_BITS.toLocaleString('en-US')} bits`);
}

/** int / int: true division, correctly rounded (Objects/longobject.c: long_true_divide). */
function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) raise('ZeroDivisionError', 'division by zero');
  const na = Number(a), nb = Number(b);
  if (Number.isSafeInteger(na) && Number.isSafeInteger(nb)) return na / nb;
  const neg = (a < 0n) !== (b < 0n);
  let x = a < 0n ? -a : a, y = b < 0n ? -b : b;
  // scale so the quotient has 55+ significant bits, then round
  const shift = bitLength(y) - bitLength(x) + 60;
  let q: bigint, r: bigint;
  if (shift > 0) { q = (x << BigInt(shift)) / y; r = (x << BigInt(shift)) % y; }
  else { q = x / (y << BigInt(-shift)); r = x % (y << BigInt(-shift)); }
  if (r !== 0n) q |= 1n; // sticky bit
  let res = Number(q) * Math.pow(2, -shift);
  if (!Number.isFinite(res) || (shift < -1000 && res === Infinity)) raise('OverflowError', 'integer division result too large for a float');
  if (Math.abs(res) === Infinity) raise('OverflowError', 'integer division result too large for a float');
  return neg ? -res : res;
}

export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise('OverflowError', 'int too large to convert to float');
  return f;
}

function toFloatOperand(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloat(o.v);
  return null;
}

/** Python's float floor-mod (Objects/floatobject.c: float_rem). */
function floatMod(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', message('floatMod'));
  // (C's `if (mod)` is true for a NaN: JavaScript's truthiness is not, so compare with 0)
  let m = a % b;
  if (m !== 0) { if ((b < 0) !== (m < 0)) m += b; }
  else m = b < 0 ? -0 : 0;
  return m;
}
/** Objects/floatobject.c: float_divmod */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) raise('ZeroDivisionError', message('floatDivmod'));
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // (C's `if (x)` is true for a NaN; copysign(0.0, q) keeps the sign of a -0.0 quotient: 0.0 // -1 is -0.0)
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1; }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) { floordiv = Math.floor(div); if (div - floordiv > 0.5) floordiv += 1; }
  else { const q = vx / wx; floordiv = q < 0 || Object.is(q, -0) ? -0 : 0; }
  return [floordiv, mod];
}

/**
 * x ** y as glibc's correctly rounded pow() gives it: V8's Math.pow can be one
 * ulp off, so integer exponents are computed exactly and rounded once
 * (7 ** -2 must print 0.02040816326530612). NON-CPYTHON: other exponents use
 * Math.pow, except 0.5 (sqrt, which is correctly rounded like glibc's pow).
 */
export function powCorrect(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0) return Math.pow(a, b);
  if (b === 0.5) return Math.sqrt(a);
  if (!Number.isInteger(b) || Math.abs(b) > 2048) return Math.pow(a, b);
  // a = m * 2**e with m an odd integer
  let m = Math.abs(a), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let M = BigInt(m);
  while (M > 1n && (M & 1n) === 0n) { M >>= 1n; e++; }
  const neg = a < 0 && Math.abs(b) % 2 === 1;
  const n = Math.abs(b);
  if (Number(M) ** n > 1e308 && bitLength(M) * n > 20000) return Math.pow(a, b);
  const P = M ** BigInt(n);
  let r: number;
  if (b > 0) r = Number(P) * Math.pow(2, e * n);
  else r = ratioToDouble(1n, P) * Math.pow(2, -e * n);
  if (!Number.isFinite(r) && Number.isFinite(Math.pow(a, b))) r = Math.pow(a, b);
  return neg ? -r : r;
}

/** num / den (positive bigints) correctly rounded to a double. */
function ratioToDouble(num: bigint, den: bigint): number {
  const shift = bitLength(den) - bitLength(num) + 60;
  let q: bigint, r: bigint;
  if (shift > 0) { q = (num << BigInt(shift)) / den; r = (num << BigInt(shift)) % den; }
  else { q = num / (den << BigInt(-shift)); r = num % (den << BigInt(-shift)); }
  if (r !== 0n) q |= 1n;
  return Number(q) * Math.pow(2, -shift);
}

function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raise('ZeroDivisionError', message('zeroPow'));
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw new Error('internal: complex result of float pow');
  if (a === 1 || b === 0) return 1;
  const r = powCorrect(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

// ---------------------------------------------------------------- int ops
function intOp(op: number, x: number | bigint, y: number | bigint): PyObject {
  if (gcWin.open) intArithPoint(op, x, y);
  if (typeof x === 'number' && typeof y === 'number') {
    switch (op) {
      case 0: { const r = x + y; if (Number.isSafeInteger(r)) return newInt(r); break; }
      case 10: { const r = x - y; if (Number.isSafeInteger(r)) return newInt(r); break; }
      case 5: { const r = x * y; if (Number.isSafeInteger(r)) return newInt(r); break; }
      case 2: {
        if (y === 0) raise('ZeroDivisionError', message('intFloorDiv'));
        return newInt(Math.floor(x / y) === x / y ? x / y : Math.floor(x / y));
      }
      case 6: {
        if (y === 0) raise('ZeroDivisionError', message('intMod'));
        let m = x % y; if (m !== 0 && (m < 0) !== (y < 0)) m += y; return newInt(m === 0 ? 0 : m);
      }
      case 11: {
        if (y === 0) raise('ZeroDivisionError', 'division by zero');
        return newFloat(x / y);
      }
      case 1: if (x >= -(2 ** 31) && x < 2 ** 31 && y >= -(2 ** 31) && y < 2 ** 31) return newInt(x & y); break;
      case 7: if (x >= -(2 ** 31) && x < 2 ** 31 && y >= -(2 ** 31) && y < 2 ** 31) return newInt(x | y); break;
      case 12: if (x >= -(2 ** 31) && x < 2 ** 31 && y >= -(2 ** 31) && y < 2 ** 31) return newInt(x ^ y); break;
    }
  }
  const a = big(x), b = big(y);
  switch (op) {
    case 0: return newInt(a + b);
    case 10: return newInt(a - b);
    case 5: checkBits(bitLength(a) + bitLength(b)); return newInt(a * b);
    case 2: if (b === 0n) raise('ZeroDivisionError', message('intFloorDiv')); return newInt(floorDiv(a, b));
    case 6: if (b === 0n) raise('ZeroDivisionError', message('intMod')); return newInt(floorMod(a, b));
    case 11: return newFloat(intTrueDiv(a, b));
    case 8: {
      if (b < 0n) {
        if (a === 0n) raise('ZeroDivisionError', message('zeroPow'));
        return newFloat(floatPow(intToFloat(x), Number(b)));
      }
      if (a === 0n || a === 1n) return newInt(b === 0n ? 1n : a);
      if (a === -1n) return newInt(b % 2n === 0n ? 1n : -1n);
      checkBits(bitLength(a) * Number(b));
      return newInt(a ** b);
    }
    case 3: {
      if (b < 0n) raise('ValueError', 'negative shift count');
      if (a === 0n) return newInt(0);
      checkBits(bitLength(a) + Number(b));
      return newInt(a << b);
    }
    case 9: {
      if (b < 0n) raise('ValueError', 'negative shift count');
      if (b > 100000n) return newInt(a < 0n ? -1 : 0);
      return newInt(a >> b);
    }
    case 1: return newInt(a & b);
    case 7: return newInt(a | b);
    case 12: return newInt(a ^ b);
  }
  return NotImplemented;
}

function floatOp(op: number, a: number, b: number): PyObject {
  switch (op) {
    case 0: return newFloat(a + b);
    case 10: return newFloat(a - b);
    case 5: return newFloat(a * b);
    case 11: if (b === 0) raise('ZeroDivisionError', message('floatDiv')); return newFloat(a / b);
    case 2: if (b === 0) raise('ZeroDivisionError', message('floatFloorDiv')); return newFloat(floatDivmod(a, b)[0]);
    case 6: return newFloat(floatMod(a, b));
    case 8:
      // Objects/floatobject.c: float_pow — a negative number to a fractional power is complex_pow's
      if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPow({ re: a, im: 0 }, { re: b, im: 0 });
      return newFloat(floatPow(a, b));
  }
  return NotImplemented;
}

// ---------------------------------------------------------------- complex ops
/** Objects/complexobject.c: to_complex / SET_REAL — an int or float operand as a double (null: not a number). */
function realOperand(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloat(o.v); // PyLong_AsDouble: OverflowError past the float range
  return null;
}

/**
 * a <op> b where one operand is a complex and the other an int, float or
 * complex (Objects/complexobject.c: complex_add, complex_sub, complex_mul,
 * complex_div, complex_pow).  Other operators: NotImplemented.
 */
export function complexOp(op: number, a: PyObject, b: PyObject): PyObject {
  if (op !== 0 && op !== 10 && op !== 5 && op !== 11 && op !== 8) return NotImplemented;
  const ac = a instanceof PyComplex, bc = b instanceof PyComplex;
  const ar = ac ? null : realOperand(a);
  if (!ac && ar === null) return NotImplemented;
  const br = bc ? null : realOperand(b);
  if (!bc && br === null) return NotImplemented;
  const x: cx.Cx | number = ac ? { re: (a as PyComplex).re, im: (a as PyComplex).im } : ar!;
  const y: cx.Cx | number = bc ? { re: (b as PyComplex).re, im: (b as PyComplex).im } : br!;
  return complexResult(op, x, y);
}

/** complex_pow without a modulo (float_pow hands a negative base with a fractional exponent to it). */
function complexPow(a: cx.Cx, b: cx.Cx): PyObject { return complexResult(8, a, b); }

/** The new complex of complexCompute, or its errno as CPython raises it. */
function complexResult(op: number, x: cx.Cx | number, y: cx.Cx | number): PyObject {
  const { r, errno } = cx.withNanSigns(() => complexCompute(op, x, y, R.rules.complexMixedReal));
  // while tracing: a real operand whose treatment (RULES.complexMixedReal) changed the result (versionnote.ts)
  // (or the compiler folding a constant expression: noted when its line runs)
  if (((R as any).explainer || (R as any).foldLine) && (typeof x === 'number') !== (typeof y === 'number') && op !== 8) {
    const alt = cx.withNanSigns(() => complexCompute(op, x, y, !R.rules.complexMixedReal));
    const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    if (alt.errno !== errno || !same(alt.r.re, r.re) || !same(alt.r.im, r.im)) {
      if ((R as any).foldLine) noteAtLine('complexMixedReal', (R as any).foldLine);
      else noteRule('complexMixedReal');
    }
  }
  if (errno === 'EDOM') raise('ZeroDivisionError', op === 8 ? message('complexZeroPow') : message('complexDiv'));
  if (errno === 'ERANGE') raise('OverflowError', 'complex exponentiation');
  return newComplex(r.re, r.im);
}

/** The doubles of complexOp: x and y are complex (Cx) or real (number); errors as errno. */
function complexCompute(op: number, x: cx.Cx | number, y: cx.Cx | number, mixedReal: boolean): { r: cx.Cx; errno: cx.Errno } {
  const annexG = R.rules.complexAnnexG;
  const ok = (r: cx.Cx): { r: cx.Cx; errno: cx.Errno } => ({ r, errno: 0 });
  const xc = typeof x !== 'number', yc = typeof y !== 'number';
  if ((xc && yc) || op === 8 || !mixedReal) {
    // TO_COMPLEX: a real operand becomes complex(x, 0.0)
    const p: cx.Cx = xc ? x : { re: x, im: 0 };
    const q: cx.Cx = yc ? y : { re: y, im: 0 };
    switch (op) {
      case 0: return ok(cx.cSum(p, q));
      case 10: return ok(cx.cDiff(p, q));
      case 5: return ok(cx.cProd(p, q, annexG));
      case 11: return cx.cQuot(p, q, annexG);
      default: return cx.cPow(p, q, annexG, R.rules.complexPowExpNeg);
    }
  }
  // 3.14: a real operand stays real (_Py_cr_* / _Py_rc_*)
  if (xc) {
    const q = y as number;
    switch (op) {
      case 0: return ok(cx.crSum(x, q));
      case 10: return ok(cx.crDiff(x, q));
      case 5: return ok(cx.crProd(x, q));
      default: return cx.crQuot(x, q);
    }
  }
  const p = x as number, q = y as cx.Cx;
  switch (op) {
    case 0: return ok(cx.crSum(q, p)); // _Py_rc_sum(a, b) is _Py_cr_sum(b, a)
    case 10: return ok(cx.rcDiff(p, q));
    case 5: return ok(cx.crProd(q, p)); // _Py_rc_prod(a, b) is _Py_cr_prod(b, a)
    default: return cx.rcQuot(p, q);
  }
}

// ---------------------------------------------------------------- dispatch
const NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

/** Objects/abstract.c: binary_op1 on the native numeric types. */
function nativeNumeric(op: number, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyComplex || b instanceof PyComplex) return complexOp(op, a, b);
  const aInt = a instanceof PyInt, bInt = b instanceof PyInt;
  if (aInt && bInt) return intOp(op, (a as PyInt).v, (b as PyInt).v);
  if ((a instanceof PyFloat || aInt) && (b instanceof PyFloat || bInt)) {
    if (op === 1 || op === 7 || op === 12 || op === 3 || op === 9 || op === 4) return NotImplemented;
    return floatOp(op, toFloatOperand(a)!, toFloatOperand(b)!);
  }
  return NotImplemented;
}

function isNativeNumber(o: PyObject): boolean {
  return (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) && !o.type.isHeapType;
}

/** a <op> b for BINARY_OP's arg (0..12 binary, 13..25 in-place). New reference. */
export function binop(a: PyObject, b: PyObject, arg: number): PyObject {
  const inplace = arg >= 13;
  const op = inplace ? arg - 13 : arg;
  if (isNativeNumber(a) && isNativeNumber(b)) {
    const r = nativeNumeric(op, a, b);
    if (r !== NotImplemented) return r;
    return typeError(`unsupported operand type(s) for ${BINOPS[op]}${inplace ? '=' : ''}: '${a.type.name}' and '${b.type.name}'`);
  }
  const name = NAMES[op];
  if (inplace) {
    const im = a.type.lookup(`__i${name}__`);
    if (im) {
      const r = callDescr(im, a, [b], null);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOp1(a, b, name);
  if (r !== NotImplemented) return r;
  // Objects/bytesobject.c: bytes_mod (PEP 461 %-formatting) is not modelled
  if (name === 'mod' && (a.type === T.bytes || a.type === T.bytearray)) notSupported(`${a.type.name} % formatting`);
  // Objects/abstract.c: sequence concat/repeat fallbacks and their messages
  if (op === 0 && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
    const tn = a instanceof PyStr ? 'str' : a instanceof PyList ? 'list' : 'tuple';
    return typeError(`can only concatenate ${tn} (not "${b.type.name}") to ${tn}`);
  }
  if (op === 5 && (isSeq(a) || isSeq(b))) {
    const other = isSeq(a) ? b : a;
    return typeError(`can't multiply sequence by non-int of type '${other.type.name}'`);
  }
  return typeError(`unsupported operand type(s) for ${BINOPS[op]}${inplace ? '=' : ''}: '${a.type.name}' and '${b.type.name}'`);
}

function isSeq(o: PyObject): boolean {
  return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o.type.name === 'bytes';
}

function binaryOp1(a: PyObject, b: PyObject, name: string): PyObject {
  const fwd = a.type.lookup(`__${name}__`);
  const rev = a.type !== b.type ? b.type.lookup(`__r${name}__`) : undefined;
  if (rev && b.type.isSubtypeOf(a.type) && rev !== a.type.lookup(`__r${name}__`)) {
    const r = callDescr(rev, b, [a], null);
    if (r !== NotImplemented) return r;
    if (fwd) { const r2 = callDescr(fwd, a, [b], null); if (r2 !== NotImplemented) return r2; }
    return NotImplemented;
  }
  if (fwd) {
    const r = callDescr(fwd, a, [b], null);
    if (r !== NotImplemented) return r;
  }
  if (rev) {
    const r = callDescr(rev, b, [a], null);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** Native numeric dunders, so that user subclasses and reflected calls work. */
export function numericDunder(op: number, reflected: boolean): (self: PyObject, args: PyObject[]) => PyObject {
  return (self, args) => {
    const other = args[0];
    const a = reflected ? other : self, b = reflected ? self : other;
    if (!(a instanceof PyInt || a instanceof PyFloat) || !(b instanceof PyInt || b instanceof PyFloat)) return NotImplemented;
    return nativeNumeric(op, a, b);
  };
}

export function unaryNeg(v: PyObject): PyObject {
  if (v instanceof PyInt && !v.type.isHeapType) return typeof v.v === 'number' ? newInt(-v.v) : newInt(-v.v);
  if (v instanceof PyFloat && !v.type.isHeapType) return newFloat(-v.v);
  if (v instanceof PyComplex && !v.type.isHeapType) return newComplex(-v.re, -v.im); // complex_neg
  return unaryDunder(v, '__neg__', '-');
}
export function unaryPos(v: PyObject): PyObject {
  if (v instanceof PyInt && !v.type.isHeapType) return v.type === T.bool ? newInt(v.v) : incref(v);
  if ((v instanceof PyFloat || v instanceof PyComplex) && !v.type.isHeapType) return incref(v); // complex_pos: the same object
  return unaryDunder(v, '__pos__', '+');
}
export function unaryInvert(v: PyObject): PyObject {
  if (v instanceof PyInt && !v.type.isHeapType) return typeof v.v === 'number' ? newInt(-v.v - 1) : newInt(-v.v - 1n);
  return unaryDunder(v, '__invert__', '~');
}
function unaryDunder(v: PyObject, name: string, sym: string): PyObject {
  const m = v.type.lookup(name);
  if (!m) typeError(`bad operand type for unary ${sym}: '${v.type.name}'`);
  return callDescr(m, v, [], null);
}

// ---------------------------------------------------------------- float repr
/** Python/pystrtod.c: PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0) — shortest round-trip. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const e = x.toExponential(); // shortest digits, e.g. "1.2345e+2"
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1], digits = m[2] + (m[3] ?? ''), exp = parseInt(m[4], 10);
  const decpt = exp + 1; // position of the decimal point relative to digits
  if (decpt > -4 && decpt <= 16) {
    // fixed notation
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const ee = exp < 0 ? `-${String(-exp).padStart(2, '0')}` : `+${String(exp).padStart(2, '0')}`;
  return `${sign}${mant}e${ee}`;
}

// ---------------------------------------------------------------- complex repr
/** PyOS_double_to_string(x, 'r', 0, flags): the shortest repr, without the ".0" float's repr adds. */
function partRepr(x: number, sign: boolean): string {
  let s = floatRepr(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  // Python/pystrtod.c: format_float_short ignores the sign of a NaN
  if (sign && !s.startsWith('-')) s = '+' + s;
  return s;
}

/** Objects/complexobject.c: complex_repr — `2j` when the real part is +0.0, else `(re+imj)`. */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${partRepr(im, false)}j`;
  return `(${partRepr(re, false)}${partRepr(im, true)}j)`;
}

/**
 * The value of a Unicode decimal digit (category Nd), as Objects/unicodectype.c: _PyUnicode_ToDecimalDigit
 * gives it: Nd characters come in runs of ten starting at zero (some runs follow each other).
 */
export function decimalValue(ch: string): number {
  const isNd = (c: number): boolean => c >= 0 && /\p{Nd}/u.test(String.fromCodePoint(c));
  let c = ch.codePointAt(0)!;
  if (!isNd(c)) return -1;
  const at = c;
  while (isNd(c - 1)) c--;
  return (at - c) % 10;
}

export function intRepr(v: number | bigint): string {
  if (typeof v === 'bigint') {
    const digits = v < 0n ? bitLength(v) * 0.30103 : bitLength(v) * 0.30103;
    if (digits > R.limits.intDigits + 1 && R.rules.version) {
      const s = v.toString();
      const n = s.replace('-', '').length;
      if (n > R.limits.intDigits) raise('ValueError', `Exceeds the limit (${R.limits.intDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
      return s;
    }
    return v.toString();
  }
  return String(v);
}

import * as errorsMod from './errors.js';
export { True, False, None, decref, PyType };

/**
 * Objects/longobject.c: long_pow with a modulus — pow(b, e, m) for ints: m == 0 is a ValueError, a negative e
 * takes b's inverse modulo m first, and the result has m's sign (in (m, 0] for a negative m). `1 % m` is the
 * result of e == 0, so pow(7, 0, 1) is 0.
 */
export function intPowMod(base: PyInt, exp: PyInt, mod: PyInt): PyObject {
  let b = big(base.v), e = big(exp.v);
  const m = big(mod.v);
  if (m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const am = m < 0n ? -m : m;
  if (e < 0n) {
    const inv = modInverse(((b % am) + am) % am, am);
    if (inv === null) raise('ValueError', 'base is not invertible for the given modulus');
    b = inv!; e = -e;
  }
  let r = 1n % am; b = ((b % am) + am) % am;
  while (e > 0n) { if (e & 1n) r = (r * b) % am; b = (b * b) % am; e >>= 1n; }
  if (m < 0n && r > 0n) r += m;
  return newInt(r);
}
function modInverse(a: bigint, m: bigint): bigint | null {
  let [g, x] = egcd(a, m);
  if (g !== 1n) return null;
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b], [oldS, s] = [1n, 0n];
  while (r) { const q = oldR / r; [oldR, r] = [r, oldR - q * r]; [oldS, s] = [s, oldS - q * s]; }
  return [oldR, oldS];
}
