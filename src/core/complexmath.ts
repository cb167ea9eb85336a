// Complex arithmetic on pairs of doubles: Objects/complexobject.c (_Py_c_sum,
// _Py_c_diff, _Py_c_prod, _Py_c_quot, _Py_c_pow, c_powu, c_powi, _Py_c_abs,
// and 3.14's mixed real/complex forms _Py_cr_* / _Py_rc_*).  No PyObjects here:
// errors come back as C's errno would (EDOM / ERANGE), the caller raises.
//
// The libm calls of _Py_c_pow and _Py_c_abs (hypot, pow, atan2, exp, log, cos,
// sin) are the correctly rounded ones of stdlib/crmath.ts, which agree with
// glibc wherever glibc is correctly rounded (see there).
// NON-CPYTHON: glibc's sin and cos are not correctly rounded for every input
// (cos(4.435718024707296) is one ulp off), so a complex power with a
// non-integer exponent can differ from CPython's in the last digit (about 1 in
// 200 random cases); integer exponents up to 100 only multiply and divide, as in CPython.
// The sign of a NaN is not tracked (JavaScript engines do not keep it, and on
// x86 a NaN made by an invalid operation such as 0 * inf is negative while
// float('nan') is positive): C99 Annex G's recovery of infinities copies the
// sign of a NaN (copysign(0.0, nan)): an operation that reads one is computed
// with both signs (withNanSigns) and refused (NotSupported) where the two
// outcomes differ.

import { crAtan2, crExp, crLogD, crCos, crSin, crPowPos, decompose } from './stdlib/crmath.js';
import { notSupported } from './rt.js';

export interface Cx { re: number; im: number }
export type Errno = 0 | 'EDOM' | 'ERANGE';

const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
const isFin = Number.isFinite;
let nanNeg = false, nanSignRead = false;
/** copysign(mag, sgn), the sign of a NaN being the one withNanSigns is trying (see the header). */
function copysign(mag: number, sgn: number): number {
  let neg: boolean;
  if (Number.isNaN(sgn)) { nanSignRead = true; neg = nanNeg; } else neg = sgn < 0 || Object.is(sgn, -0);
  return neg ? -Math.abs(mag) : Math.abs(mag);
}
const same = (x: number, y: number): boolean => Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));
/** f's outcome; if it read the sign of a NaN, computed again with the other sign and refused unless both agree. */
export function withNanSigns(f: () => { r: Cx; errno: Errno }): { r: Cx; errno: Errno } {
  nanNeg = false; nanSignRead = false;
  const p = f();
  if (!nanSignRead) return p;
  nanNeg = true;
  let n: { r: Cx; errno: Errno };
  try { n = f(); } finally { nanNeg = false; nanSignRead = false; }
  const outcome = (x: { r: Cx; errno: Errno }): string => (x.errno ? x.errno : '');
  if (outcome(p) !== outcome(n) || (!p.errno && (!same(p.r.re, n.r.re) || !same(p.r.im, n.r.im)))) {
    notSupported('complex arithmetic whose result depends on the sign of a NaN');
  }
  return p;
}

/** _Py_c_sum */
export function cSum(a: Cx, b: Cx): Cx { return { re: a.re + b.re, im: a.im + b.im }; }
/** _Py_c_diff */
export function cDiff(a: Cx, b: Cx): Cx { return { re: a.re - b.re, im: a.im - b.im }; }

/**
 * _Py_c_prod.  annexG (3.14): infinities that computed as nan+nanj are
 * recovered as in C11 Annex G.5.1 (_Cmultd); 3.11 has the textbook formula only.
 */
export function cProd(z: Cx, w: Cx, annexG: boolean): Cx {
  const ac = z.re * w.re, bd = z.im * w.im, ad = z.re * w.im, bc = z.im * w.re;
  const r = { re: ac - bd, im: ad + bc };
  if (annexG && Number.isNaN(r.re) && Number.isNaN(r.im)) return prodRecover(z, w, r);
  return r;
}
function prodRecover(z: Cx, w: Cx, r0: Cx): Cx {
  let a = z.re, b = z.im, c = w.re, d = w.im;
  const ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  const r = { re: r0.re, im: r0.im };
  {
    let recalc = false;
    if (isInf(a) || isInf(b)) { // z is infinite: "box" the infinity, change NaNs in the other factor to 0
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) { // w is infinite
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      // recover infinities from overflow by changing NaNs to 0
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      r.re = Infinity * (a * c - b * d);
      r.im = Infinity * (a * d + b * c);
    }
  }
  return r;
}

/**
 * _Py_c_quot: Smith's algorithm (CACM 116).  annexG (3.14): infinities and
 * zeros that computed as nan+nanj are recovered (C11 Annex G.5.2, _Cdivd).
 */
export function cQuot(a: Cx, b: Cx, annexG: boolean): { r: Cx; errno: Errno } {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  let r: Cx;
  let errno: Errno = 0;
  if (absBr >= absBi) {
    if (absBr === 0) { errno = 'EDOM'; r = { re: 0, im: 0 }; }
    else {
      const ratio = b.im / b.re;
      const denom = b.re + b.im * ratio;
      r = { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
    }
  } else if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    r = { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  } else {
    r = { re: NaN, im: NaN }; // at least one of b.re, b.im is a NaN
  }
  if (annexG && Number.isNaN(r.re) && Number.isNaN(r.im)) {
    if ((isInf(a.re) || isInf(a.im)) && isFin(b.re) && isFin(b.im)) {
      const x = copysign(isInf(a.re) ? 1 : 0, a.re);
      const y = copysign(isInf(a.im) ? 1 : 0, a.im);
      r = { re: Infinity * (x * b.re + y * b.im), im: Infinity * (y * b.re - x * b.im) };
    } else if ((isInf(absBr) || isInf(absBi)) && isFin(a.re) && isFin(a.im)) {
      const x = copysign(isInf(b.re) ? 1 : 0, b.re);
      const y = copysign(isInf(b.im) ? 1 : 0, b.im);
      r = { re: 0 * (a.re * x + a.im * y), im: 0 * (a.im * x - a.re * y) };
    }
  }
  return { r, errno };
}

// ---------------------------------------------------------------- 3.14: a real operand stays real
/** _Py_cr_sum (and _Py_rc_sum, its mirror) */
export function crSum(a: Cx, b: number): Cx { return { re: a.re + b, im: a.im }; }
/** _Py_cr_diff */
export function crDiff(a: Cx, b: number): Cx { return { re: a.re - b, im: a.im }; }
/** _Py_rc_diff */
export function rcDiff(a: number, b: Cx): Cx { return { re: a - b.re, im: -b.im }; }
/** _Py_cr_prod (and _Py_rc_prod) */
export function crProd(a: Cx, b: number): Cx { return { re: a.re * b, im: a.im * b }; }
/** _Py_cr_quot */
export function crQuot(a: Cx, b: number): { r: Cx; errno: Errno } {
  if (b) return { r: { re: a.re / b, im: a.im / b }, errno: 0 };
  return { r: { re: a.re, im: a.im }, errno: 'EDOM' };
}
/** _Py_rc_quot: _Py_c_quot with a real dividend. */
export function rcQuot(a: number, b: Cx): { r: Cx; errno: Errno } {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  let r: Cx = { re: 0, im: 0 };
  let errno: Errno = 0;
  if (absBr >= absBi) {
    if (absBr === 0) errno = 'EDOM';
    else {
      const ratio = b.im / b.re;
      const denom = b.re + b.im * ratio;
      r = { re: a / denom, im: (-a * ratio) / denom };
    }
  } else if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    r = { re: (a * ratio) / denom, im: (-a) / denom };
  } else {
    r = { re: NaN, im: NaN };
  }
  if (Number.isNaN(r.re) && Number.isNaN(r.im) && isFin(a) && (isInf(absBr) || isInf(absBi))) {
    const x = copysign(isInf(b.re) ? 1 : 0, b.re);
    const y = copysign(isInf(b.im) ? 1 : 0, b.im);
    r = { re: 0 * (a * x), im: 0 * (-a * y) };
  }
  return { r, errno };
}

// ---------------------------------------------------------------- libm with glibc's special cases and errno
/** hypot, correctly rounded (C99 F.9.4.3 special cases: an infinity wins over a NaN). */
export function hypot(x: number, y: number): number {
  if (isInf(x) || isInf(y)) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  x = Math.abs(x); y = Math.abs(y);
  if (x === 0) return y;
  if (y === 0) return x;
  // exact x*x + y*y as m * 2**(2e), then a correctly rounded square root
  const dx = decompose(x), dy = decompose(y);
  const e = Math.min(dx.e, dy.e);
  const mx = dx.m << BigInt(dx.e - e), my = dy.m << BigInt(dy.e - e);
  const s = mx * mx + my * my; // value = s * 2**(2e)
  // sqrt(s) with 60 extra bits: q = floor(sqrt(s * 4**k))
  const bits = s.toString(2).length;
  const k = Math.max(0, 120 + 2 - Math.floor(bits / 2));
  const S = s << BigInt(2 * k);
  let q = isqrt(S);
  if (q * q !== S) q |= 1n; // sticky bit: not exact
  // value = q * 2**(e - k)
  return scaleRound(q, e - k);
}
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from above (a power of two >= sqrt(n)) decreases to floor(sqrt(n))
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
/** q * 2**e rounded to a double (round half to even; q carries a sticky bit where inexact). */
function scaleRound(q: bigint, e: number): number {
  const bl = q.toString(2).length;
  const topExp = bl - 1 + e; // exponent of the leading bit (>= -1074 here: hypot >= its larger operand)
  const keep = topExp < -1022 ? Math.max(1, 53 - (-1022 - topExp)) : 53; // fewer bits for subnormals
  const drop = bl - keep;
  if (drop <= 0) return Number(q) * Math.pow(2, e);
  const half = 1n << BigInt(drop - 1);
  let m = q >> BigInt(drop);
  const rem = q & ((1n << BigInt(drop)) - 1n);
  if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  // m has at most 54 bits and the result is representable (or overflows): the product is exact
  return Number(m) * Math.pow(2, e + drop);
}

/** glibc pow for x >= 0 or NaN (the only bases _Py_c_pow gives it): C99 F.9.4.4. */
function powNonNeg(x: number, y: number): { v: number; erange: boolean } {
  if (y === 0 || x === 1) return { v: 1, erange: false };
  if (Number.isNaN(x) || Number.isNaN(y)) return { v: NaN, erange: false };
  if (x === 0) return y < 0 ? { v: Infinity, erange: true } : { v: 0, erange: false };
  if (x === Infinity) return { v: y < 0 ? 0 : Infinity, erange: false };
  if (isInf(y)) return { v: (x < 1) === (y > 0) ? 0 : Infinity, erange: false };
  const v = crPowPos(x, y);
  return { v, erange: !isFin(v) || v === 0 };
}
function expC(x: number): { v: number; erange: boolean } {
  const v = crExp(x);
  return { v, erange: isFin(x) && (!isFin(v) || v === 0) };
}
function logPos(x: number): number {
  if (x === Infinity || Number.isNaN(x)) return x;
  return crLogD(x);
}

/**
 * _Py_c_pow, with the errno glibc leaves: sin and cos of an infinity set EDOM.
 * expNeg (3.14): the modulus is multiplied by exp(-at*b.imag) where 3.11 divides by exp(at*b.imag)
 * (checked against both interpreters: the results differ in the last bit).
 */
export function cPowGeneral(a: Cx, b: Cx, expNeg: boolean): { r: Cx; errno: Errno } {
  if (b.re === 0 && b.im === 0) return { r: { re: 1, im: 0 }, errno: 0 };
  if (a.re === 0 && a.im === 0) {
    return { r: { re: 0, im: 0 }, errno: b.im !== 0 || b.re < 0 ? 'EDOM' : 0 };
  }
  let errno: Errno = 0;
  const vabs = hypot(a.re, a.im);
  if (isFin(a.re) && isFin(a.im) && !isFin(vabs)) errno = 'ERANGE';
  const p = powNonNeg(vabs, b.re);
  let len = p.v;
  if (p.erange) errno = 'ERANGE';
  const at = crAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    const ex = expC(expNeg ? -at * b.im : at * b.im);
    if (ex.erange) errno = 'ERANGE';
    if (expNeg) len *= ex.v; else len /= ex.v;
    phase += b.im * logPos(vabs);
  }
  if (isInf(phase)) errno = 'EDOM'; // cos(±inf), sin(±inf): glibc sets EDOM
  return { r: { re: len * crCos(phase), im: len * crSin(phase) }, errno };
}

/** c_powu: binary powering, n >= 1 */
function cPowu(x: Cx, n: number, annexG: boolean): Cx {
  let r: Cx = { re: 1, im: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p, annexG);
    mask <<= 1;
    // C squares once more after the last bit; the unused square is skipped here (it has no effect,
    // and under Annex G it could be refused for a NaN's sign no one reads)
    if (n >= mask) p = cProd(p, p, annexG);
  }
  return r;
}
/** c_powi */
function cPowi(x: Cx, n: number, annexG: boolean): { r: Cx; errno: Errno } {
  if (n > 0) return { r: cPowu(x, n, annexG), errno: 0 };
  return cQuot({ re: 1, im: 0 }, cPowu(x, -n, annexG), annexG);
}

/**
 * complex_pow without the modulo: small integer exponents by repeated
 * multiplication, the rest by _Py_c_pow; then _Py_ADJUST_ERANGE2 (an infinite
 * part is an overflow, a finite result clears ERANGE).
 */
export function cPow(a: Cx, b: Cx, annexG: boolean, expNeg: boolean): { r: Cx; errno: Errno } {
  let res: { r: Cx; errno: Errno };
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) res = cPowi(a, b.re, annexG);
  else res = cPowGeneral(a, b, expNeg);
  let errno = res.errno;
  const p = res.r;
  if (isInf(p.re) || isInf(p.im)) { if (errno === 0) errno = 'ERANGE'; }
  else if (errno === 'ERANGE') errno = 0;
  return { r: p, errno };
}

/** _Py_c_abs: C99 rules (an infinite part wins over a NaN); ERANGE when the result overflows. */
export function cAbs(z: Cx): { v: number; erange: boolean } {
  if (!isFin(z.re) || !isFin(z.im)) {
    if (isInf(z.re)) return { v: Math.abs(z.re), erange: false };
    if (isInf(z.im)) return { v: Math.abs(z.im), erange: false };
    return { v: NaN, erange: false };
  }
  const v = hypot(z.re, z.im);
  return { v, erange: !isFin(v) };
}
