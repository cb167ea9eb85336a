// The math module: Modules/mathmodule.c (3.11.7 and 3.14.10).
// 3.14 reworded the ValueErrors of the one-argument functions ("expected a
// positive input, got 0.0" instead of "math domain error").
// NON-CPYTHON: the transcendental functions use the JavaScript engine's libm,
// which can differ from glibc's in the last bit for some inputs; gamma,
// lgamma, erf and erfc are refused (no faithful implementation here).

import { messageOf } from '../versionnote.js';
import { PyObject, PyInt, PyFloat } from '../object.js';
import { gcTransientAllocation } from '../gc.js';
import { T } from '../types.js';
import {
  R, None, True, False, newInt, newFloat, newBool, newTuple, incref, decref, raise, typeError, callDescr, notSupported, splitKw,
} from '../rt.js';
import { registerModule, makeModule } from '../modules.js';
import { big, bitLength, floatRepr, binop, intToFloat } from '../num.js';
import * as ops from '../ops.js';
import { LimitExceeded } from '../errors.js';
import * as cr from './crmath.js';
import { bfn, moduleOf, asDouble, indexValue, indexBig, parseArgs, checkPositional, noKwargs } from './util.js';

const is314 = (): boolean => R.rules.version !== '3.11';

function domain(msg314: string | null, x: number): never {
  return raise('ValueError', messageOf('mathDomain', msg314, floatRepr(x)));
}

/** Modules/mathmodule.c: math_1 — NaN from non-NaN is a domain error, inf from finite overflows (or is a domain error). */
function math1(arg: PyObject, f: (x: number) => number, canOverflow: boolean, msg314: string | null): PyObject {
  const x = asDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domain(msg314, x);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) raise('OverflowError', 'math range error');
    domain(msg314, x);
  }
  return newFloat(r);
}

/** math_2: the two-argument libm wrappers. */
function math2(name: string, args: PyObject[], f: (x: number, y: number) => number): PyObject {
  checkPositional(name, args.length, 2, 2);
  const x = asDouble(args[0]), y = asDouble(args[1]);
  const r = f(x, y);
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raise('ValueError', 'math domain error');
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) raise('OverflowError', 'math range error');
  return newFloat(r);
}

function one(name: string, args: PyObject[], kw: string[] | null): PyObject {
  noKwargs(`math.${name}`, kw);
  if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

// ---------------------------------------------------------------- float helpers
/** frexp(x) for a finite nonzero double: [m, e] with 0.5 <= |m| < 1. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x) || Number.isNaN(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  // correct the exponent estimate
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}
function ldexp(m: number, e: number): number {
  if (m === 0 || !Number.isFinite(m)) return m;
  // scale in steps so intermediate powers never overflow/underflow prematurely
  let r = m;
  while (e > 1000) { r *= Math.pow(2, 1000); e -= 1000; if (!Number.isFinite(r)) return r; }
  while (e < -1000) { r *= Math.pow(2, -1000); e += 1000; if (r === 0) return r; }
  // the last step may round (subnormal results): do it in one multiplication by an exact power of two when possible
  if (e >= -1022) return r * Math.pow(2, e);
  return (r * Math.pow(2, e + 1022)) * Math.pow(2, -1022);
}

/** _PyLong_Frexp: a correctly rounded mantissa of a huge int. */
function bigFrexp(v: bigint): [number, number] {
  const neg = v < 0n;
  if (neg) v = -v;
  const bits = bitLength(v);
  let top: bigint;
  if (bits > 60) {
    const shift = BigInt(bits - 60);
    top = v >> shift;
    if ((top << shift) !== v) top |= 1n; // sticky bit: exact round-half-even below
  } else top = v << BigInt(60 - bits);
  const m = Number(top) / 2 ** 60;
  return [neg ? -m : m, bits];
}

// ---------------------------------------------------------------- logs
function mLog(x: number): number {
  if (Number.isFinite(x)) { if (x > 0) return cr.crLogD(x); return x === 0 ? -Infinity : NaN; }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}
function mLog2(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : x > 0 ? x : NaN;
  if (x > 0) return cr.crLog2(x);
  return x === 0 ? -Infinity : NaN;
}
function mLog10(x: number): number {
  if (Number.isFinite(x)) { if (x > 0) return cr.glibcLog10(x); return x === 0 ? -Infinity : NaN; }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}

/** loghelper: ints are handled exactly (huge ones through frexp). */
function logHelper(arg: PyObject, f: (x: number) => number): number {
  if (arg instanceof PyInt) {
    const v = big(arg.v);
    if (v <= 0n) raise('ValueError', messageOf('mathDomain', 'expected a positive input', ''));
    const x = Number(v);
    if (!Number.isFinite(x)) {
      const [m, e] = bigFrexp(v);
      return f(m) + f(2.0) * e;
    }
    return f(x);
  }
  const x = asDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domain('expected a positive input, got %s', x);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) domain('expected a positive input, got %s', x);
  return r;
}

// ---------------------------------------------------------------- fsum (msum)
function fsum(seq: PyObject): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  ops.forEach(seq, (item) => {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  });
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0, lo = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- vector_norm (hypot, dist)
const T27 = 134217729.0;
function split(x: number): [number, number] { const t = x * T27; const hi = t - (t - x); return [hi, x - hi]; }
/** Dekker's exact product: [x*y rounded, error]. */
function dlMul(x: number, y: number): [number, number] {
  const z = x * y;
  const [xh, xl] = split(x), [yh, yl] = split(y);
  const zz = (((xh * yh - z) + xh * yl) + xl * yh) + xl * yl;
  return [z, zz];
}

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  const n = vec.length;
  if (max === 0 || n <= 1) return max;
  const [, maxE] = frexp(max);
  if (R.rules.version === '3.11') {
    // Modules/mathmodule.c (3.11): Veltkamp-Dekker splitting, three accumulators
    let csum = 1.0, frac1 = 0, frac2 = 0, frac3 = 0;
    if (maxE >= -1023) {
      const scale = ldexp(1.0, -maxE);
      for (let i = 0; i < n; i++) {
        let x = vec[i] * scale;
        const [hi, lo] = split(x);
        x = hi * hi;
        let old = csum; csum += x; frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum; csum += x; frac2 += (old - csum) + x;
        frac3 += lo * lo;
      }
      const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
      const [hi, lo] = split(h);
      let x = -hi * hi;
      let old = csum; csum += x; frac1 += (old - csum) + x;
      x = -2.0 * hi * lo;
      old = csum; csum += x; frac2 += (old - csum) + x;
      x = -lo * lo;
      old = csum; csum += x; frac3 += (old - csum) + x;
      x = csum - 1.0 + (frac1 + frac2 + frac3);
      return (h + x / (2.0 * h)) / scale;
    }
    for (let i = 0; i < n; i++) {
      let x = vec[i] / max;
      x = x * x;
      const old = csum; csum += x; frac1 += (old - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  // 3.12+: exact squaring (dl_mul) and lossless fast-two-sum
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, false);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0, frac2 = 0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [ph, pl] = dlMul(x, x);
    const s = csum + ph; const z = s - csum; const sl = ph - z;
    csum = s;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const s = csum + ph; const z = s - csum; const sl = ph - z;
  csum = s;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---------------------------------------------------------------- integers
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton iterations from a good start (exact on bigints)
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      // x may be one too large or too small
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}

const MAX_BITS = 4_000_000;
function checkBitsEstimate(bits: number): void {
  if (bits > MAX_BITS) throw new LimitExceeded('int size', `an integer would have more than ${MAX_BITS.toLocaleString('en-US')} bits`);
}

/** Product of the integers lo..hi (inclusive), by binary splitting. */
function rangeProd(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) { let r = 1n; for (let i = lo; i <= hi; i++) r *= i; return r; }
  const mid = (lo + hi) >> 1n;
  return rangeProd(lo, mid) * rangeProd(mid + 1n, hi);
}

function factorial(n: bigint): bigint {
  const nn = Number(n);
  if (nn > 2) checkBitsEstimate(nn * Math.log2(nn) - nn * 1.4426950408889634);
  return rangeProd(2n, n);
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) { const t = a % b; a = b; b = t; }
  return a;
}

/** math.floor / math.ceil: exact floats directly, else __floor__/__ceil__, else via float. */
function floorCeil(x: PyObject, which: 'floor' | 'ceil'): PyObject {
  const f = which === 'floor' ? Math.floor : Math.ceil;
  if (x instanceof PyFloat && x.type === T.float) return floatToIntObj(f(x.v));
  gcTransientAllocation(); // (math_floor / math_ceil: _PyObject_LookupSpecial binds __floor__ / __ceil__)
  if (x instanceof PyInt && x.type === T.int) return incref(x);
  const m = x.type.lookup(`__${which}__`);
  if (m) return callDescr(m, x, [], null);
  // int.__floor__ / float.__floor__ of the builtin bases
  if (x instanceof PyInt) return newInt(x.v);
  if (x instanceof PyFloat) return floatToIntObj(f(x.v));
  return floatToIntObj(f(asDouble(x)));
}
function floatToIntObj(v: number): PyObject {
  if (Number.isNaN(v)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) raise('OverflowError', 'cannot convert float infinity to integer');
  return newInt(Number.isSafeInteger(v) ? v : BigInt(v));
}

function nonNegIndex(o: PyObject, what: string): bigint {
  const v = indexBig(o);
  if (v < 0n) raise('ValueError', `${what} must be a non-negative integer`);
  return v;
}

// ---------------------------------------------------------------- the module
registerModule('math', () => {
  const m: Record<string, PyObject> = {};
  const f = (name: string, fn: (a: PyObject[], kw: string[] | null) => PyObject) => { m[name] = bfn(name, fn); };
  const f1 = (name: string, fn: (x: number) => number, canOverflow: boolean, msg314: string | null = null) =>
    f(name, (a, kw) => math1(one(name, a, kw), fn, canOverflow, msg314));

  const v14 = is314();
  f1('acos', cr.crAcos, false, 'expected a number in range from -1 up to 1, got %s');
  f1('acosh', v14 ? cr.crAcosh : cr.fdlibmAcosh, false, 'expected argument value not less than 1, got %s');
  f1('asin', cr.crAsin, false, 'expected a number in range from -1 up to 1, got %s');
  f1('asinh', v14 ? cr.crAsinh : cr.fdlibmAsinh, false);
  f1('atan', cr.crAtan, false);
  f1('atanh', v14 ? cr.crAtanh : (x) => (Math.abs(x) >= 1 ? (Math.abs(x) === 1 ? Infinity * x : NaN) : Math.atanh(x)), false, 'expected a number between -1 and 1, got %s');
  f1('cbrt', cr.glibcCbrt, false);
  f1('cos', cr.crCos, false, 'expected a finite input, got %s');
  f1('cosh', cr.glibcCosh, true);
  f1('exp', cr.crExp, true);
  f1('exp2', cr.crExp2, true);
  f1('expm1', Math.expm1, true);
  f1('fabs', Math.abs, false);
  f1('log1p', (x) => (x === -1 ? NaN : Math.log1p(x)), false, 'expected argument value > -1, got %s');
  f1('sin', cr.crSin, false, 'expected a finite input, got %s');
  f1('sinh', cr.glibcSinh, true);
  f1('sqrt', Math.sqrt, false, 'expected a nonnegative input, got %s');
  f1('tan', cr.crTan, false, 'expected a finite input, got %s');
  f1('tanh', Math.tanh, false);
  for (const n of ['erf', 'erfc', 'gamma', 'lgamma']) f(n, () => notSupported(`math.${n}()`));
  f('degrees', (a, kw) => math1(one('degrees', a, kw), (x) => x * (180.0 / Math.PI), false, null));
  f('radians', (a, kw) => math1(one('radians', a, kw), (x) => x * (Math.PI / 180.0), false, null));

  f('atan2', (a, kw) => { noKwargs('atan2', kw); return math2('atan2', a, cr.crAtan2); });
  f('copysign', (a, kw) => {
    noKwargs('copysign', kw);
    return math2('copysign', a, (x, y) => {
      const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false);
      return neg ? -Math.abs(x) : Math.abs(x);
    });
  });
  f('remainder', (a, kw) => {
    noKwargs('remainder', kw);
    checkPositional('remainder', a.length, 2, 2);
    const x = asDouble(a[0]), y = asDouble(a[1]);
    if (Number.isNaN(x)) return newFloat(x);
    if (Number.isNaN(y)) return newFloat(y);
    if (!Number.isFinite(x) || y === 0) raise('ValueError', 'math domain error');
    if (!Number.isFinite(y)) return newFloat(x);
    // Modules/mathmodule.c: m_remainder
    const absx = Math.abs(x), absy = Math.abs(y);
    const mm = absx % absy;
    const c = absy - mm;
    let r: number;
    if (mm < c) r = mm;
    else if (mm > c) r = -c;
    else r = mm - 2.0 * ((0.5 * (absx - mm)) % absy);
    return newFloat(x < 0 || Object.is(x, -0) ? -r : r);
  });
  f('fmod', (a, kw) => {
    noKwargs('fmod', kw);
    checkPositional('fmod', a.length, 2, 2);
    const x = asDouble(a[0]), y = asDouble(a[1]);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raise('ValueError', 'math domain error');
    return newFloat(r);
  });
  f('pow', (a, kw) => {
    noKwargs('pow', kw);
    checkPositional('pow', a.length, 2, 2);
    const x = asDouble(a[0]), y = asDouble(a[1]);
    // Modules/mathmodule.c: math_pow_impl — special cases first
    let r: number;
    let odd = false;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (Number.isNaN(x)) r = y === 0 ? 1.0 : x;
      else if (Number.isNaN(y)) r = x === 1.0 ? 1.0 : y;
      else if (!Number.isFinite(x)) {
        odd = Number.isFinite(y) && Math.abs(y % 2.0) === 1.0;
        if (y > 0) r = odd ? x : Math.abs(x);
        else if (y === 0) r = 1.0;
        else r = odd ? (x < 0 ? -0.0 : 0.0) : 0.0;
      } else {
        if (Math.abs(x) === 1.0) r = 1.0;
        else if (y > 0 && Math.abs(x) > 1.0) r = y;
        else if (y < 0 && Math.abs(x) < 1.0) r = -y;
        else r = 0.0;
      }
      return newFloat(r);
    }
    if (x === 0 && y < 0) raise('ValueError', 'math domain error');
    if (x < 0 && !Number.isInteger(y)) raise('ValueError', 'math domain error');
    if (x === 0) r = (y > 0 && Number.isInteger(y) && Math.abs(y % 2) === 1) ? x : 0.0;
    else {
      r = cr.crPowPos(Math.abs(x), y);
      if (x < 0 && Math.abs(y % 2) === 1) r = -r;
    }
    if (!Number.isFinite(r)) raise('OverflowError', 'math range error');
    return newFloat(r);
  });

  f('ceil', (a, kw) => floorCeil(one('ceil', a, kw), 'ceil'));
  f('floor', (a, kw) => floorCeil(one('floor', a, kw), 'floor'));
  f('trunc', (a, kw) => {
    const x = one('trunc', a, kw);
    if (x instanceof PyFloat && x.type === T.float) return floatToIntObj(Math.trunc(x.v));
    gcTransientAllocation(); // (math_trunc: _PyObject_LookupSpecial binds __trunc__)
    if (x instanceof PyInt && x.type === T.int) return incref(x);
    const mm = x.type.lookup('__trunc__');
    if (!mm && x instanceof PyInt) return newInt(x.v);
    if (!mm && x instanceof PyFloat) return floatToIntObj(Math.trunc(x.v));
    if (!mm) typeError(`type ${x.type.name} doesn't define __trunc__ method`);
    return callDescr(mm!, x, [], null);
  });
  f('isfinite', (a, kw) => newBool(Number.isFinite(asDouble(one('isfinite', a, kw)))));
  f('isinf', (a, kw) => { const x = asDouble(one('isinf', a, kw)); return newBool(!Number.isFinite(x) && !Number.isNaN(x)); });
  f('isnan', (a, kw) => newBool(Number.isNaN(asDouble(one('isnan', a, kw)))));
  f('isclose', (a, kw) => {
    const [x, y, rt, at] = parseArgs('isclose', a, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
    const av = asDouble(x!), bv = asDouble(y!);
    const relTol = rt ? asDouble(rt) : 1e-9, absTol = at ? asDouble(at) : 0.0;
    if (relTol < 0 || absTol < 0) raise('ValueError', 'tolerances must be non-negative');
    if (av === bv) return True;
    if ((!Number.isFinite(av) && !Number.isNaN(av)) || (!Number.isFinite(bv) && !Number.isNaN(bv))) return False;
    const diff = Math.abs(bv - av);
    return newBool(diff <= Math.abs(relTol * bv) || diff <= Math.abs(relTol * av) || diff <= absTol);
  });
  f('modf', (a, kw) => {
    const x = asDouble(one('modf', a, kw));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
      return newTuple([newFloat(x > 0 ? 0.0 : -0.0), newFloat(x)]);
    }
    const ip = Math.trunc(x);
    let fp = x - ip;
    if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0.0 : 0.0;
    return newTuple([newFloat(fp), newFloat(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : ip)]);
  });
  f('frexp', (a, kw) => {
    const x = asDouble(one('frexp', a, kw));
    if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return newTuple([newFloat(x), newInt(0)]);
    const [mm, e] = frexp(x);
    return newTuple([newFloat(mm), newInt(e)]);
  });
  f('ldexp', (a, kw) => {
    noKwargs('ldexp', kw);
    checkPositional('ldexp', a.length, 2, 2);
    const x = asDouble(a[0]);
    if (!(a[1] instanceof PyInt)) typeError('Expected an int as second argument to ldexp.');
    const e = big((a[1] as PyInt).v);
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    if (e > 100000n) raise('OverflowError', 'math range error');
    if (e < -100000n) return newFloat(x < 0 ? -0.0 : 0.0);
    const r = ldexp(x, Number(e));
    if (!Number.isFinite(r)) raise('OverflowError', 'math range error');
    return newFloat(r);
  });

  f('log', (a, kw) => {
    noKwargs('log', kw);
    if (a.length < 1 || a.length > 2) {
      if (is314()) checkPositional('log', a.length, 1, 2);
      typeError('math.log requires 1 to 2 arguments');
    }
    const num = logHelper(a[0], mLog);
    if (a.length === 1) return newFloat(num);
    const den = logHelper(a[1], mLog);
    const n = newFloat(num), d = newFloat(den);
    try { return binop(n, d, 11); } finally { decref(n); decref(d); }
  });
  f('log2', (a, kw) => newFloat(logHelper(one('log2', a, kw), mLog2)));
  f('log10', (a, kw) => newFloat(logHelper(one('log10', a, kw), mLog10)));

  f('fsum', (a, kw) => newFloat(fsum(one('fsum', a, kw))));
  f('prod', (a, kw) => {
    const [it, start] = parseArgs('prod', a, kw, ['', 'start'], 1, 1);
    let acc: PyObject = incref(start ?? newInt(1));
    try {
      ops.forEach(it!, (x) => {
        const r = binop(acc, x, 5);
        decref(acc);
        acc = r;
      });
    } catch (e) { decref(acc); throw e; }
    return acc;
  });
  if (is314()) {
    f('sumprod', (a, kw) => {
      noKwargs('sumprod', kw);
      checkPositional('sumprod', a.length, 2, 2);
      const p = ops.toArray(a[0]), q = ops.toArray(a[1]);
      try {
        if (p.length !== q.length) raise('ValueError', 'Inputs are not the same length');
        // NON-CPYTHON: only exact int inputs (CPython sums float products in extended precision)
        if ([...p, ...q].some((x) => x.type !== T.int && x.type !== T.bool)) return notSupported('math.sumprod() of non-int values');
        let acc = 0n;
        for (let i = 0; i < p.length; i++) acc += big((p[i] as PyInt).v) * big((q[i] as PyInt).v);
        return newInt(acc);
      } finally { for (const x of p) decref(x); for (const x of q) decref(x); }
    });
    f('fma', (a, kw) => {
      noKwargs('fma', kw);
      checkPositional('fma', a.length, 3, 3);
      const x = asDouble(a[0]), y = asDouble(a[1]), z = asDouble(a[2]);
      let r: number;
      if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) r = cr.exactFma(x, y, z);
      else r = x * y + z;
      if (!Number.isFinite(r)) {
        if (Number.isNaN(r)) {
          if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) raise('ValueError', 'invalid operation in fma');
        } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) raise('OverflowError', 'overflow in fma');
      }
      return newFloat(r);
    });
  }
  f('hypot', (a, kw) => {
    noKwargs('hypot', kw);
    let max = 0, nan = false;
    const vec = a.map((o) => { const x = Math.abs(asDouble(o)); if (Number.isNaN(x)) nan = true; if (x > max) max = x; return x; });
    return newFloat(vectorNorm(vec, max, nan));
  });
  f('dist', (a, kw) => {
    noKwargs('dist', kw);
    checkPositional('dist', a.length, 2, 2);
    const p = ops.toArray(a[0]), q = ops.toArray(a[1]);
    try {
      if (p.length !== q.length) raise('ValueError', 'both points must have the same number of dimensions');
      let max = 0, nan = false;
      const vec = p.map((o, i) => {
        const x = Math.abs(asDouble(o) - asDouble(q[i]));
        if (Number.isNaN(x)) nan = true;
        if (x > max) max = x;
        return x;
      });
      return newFloat(vectorNorm(vec, max, nan));
    } finally { for (const x of p) decref(x); for (const x of q) decref(x); }
  });

  f('isqrt', (a, kw) => {
    const n = indexBig(one('isqrt', a, kw));
    if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
    return newInt(isqrt(n));
  });
  f('factorial', (a, kw) => {
    const x = one('factorial', a, kw);
    if (x instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const n = indexBig(x);
    if (n > 9223372036854775807n) raise('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
    if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
    return newInt(factorial(n));
  });
  f('gcd', (a, kw) => {
    noKwargs('gcd', kw);
    if (!a.length) return newInt(0);
    let g = indexBig(a[0]);
    if (a.length === 1) return newInt(g < 0n ? -g : g);
    for (let i = 1; i < a.length; i++) g = gcd2(g, indexBig(a[i]));
    return newInt(g);
  });
  f('lcm', (a, kw) => {
    noKwargs('lcm', kw);
    if (!a.length) return newInt(1);
    let l = indexBig(a[0]);
    if (a.length === 1) return newInt(l < 0n ? -l : l);
    for (let i = 1; i < a.length; i++) {
      const b = indexBig(a[i]);
      if (l === 0n || b === 0n) { l = 0n; for (let j = i + 1; j < a.length; j++) indexBig(a[j]); break; }
      const g = gcd2(l, b);
      l = (l / g) * b;
      if (l < 0n) l = -l;
    }
    return newInt(l);
  });
  f('comb', (a, kw) => {
    noKwargs('comb', kw);
    checkPositional('comb', a.length, 2, 2);
    const n = nonNegIndex(a[0], 'n');
    const k = nonNegIndex(a[1], 'k');
    if (k > n) return newInt(0);
    const kk = k < n - k ? k : n - k;
    if (kk > 100000n) checkBitsEstimate(Number(kk) * Math.log2(Number(n)));
    return newInt(rangeProd(n - kk + 1n, n) / rangeProd(1n, kk));
  });
  f('perm', (a, kw) => {
    noKwargs('perm', kw);
    checkPositional('perm', a.length, 1, 2);
    if (a.length === 1 || a[1] === None) {
      const x = a[0];
      const n = indexBig(x);
      if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
      return newInt(factorial(n));
    }
    const n = nonNegIndex(a[0], 'n');
    const k = nonNegIndex(a[1], 'k');
    if (k > n) return newInt(0);
    if (k > 100000n) checkBitsEstimate(Number(k) * Math.log2(Number(n)));
    return newInt(rangeProd(n - k + 1n, n));
  });
  f('nextafter', (a, kw) => {
    let steps: PyObject | undefined;
    let pos = a;
    if (is314()) {
      const [, kws] = splitKw(a, kw);
      for (const k of kws.keys()) if (k !== 'steps') typeError(`nextafter() got an unexpected keyword argument '${k}'`);
      steps = kws.get('steps');
      pos = a.slice(0, a.length - (kw ? kw.length : 0));
    } else noKwargs('math.nextafter', kw);
    checkPositional('nextafter', pos.length, 2, 2);
    let x = asDouble(pos[0]);
    const y = asDouble(pos[1]);
    let n = 1n;
    if (steps !== undefined && steps !== None) {
      n = indexBig(steps);
      if (n < 0n) raise('ValueError', 'steps must be a non-negative integer');
    }
    for (let i = 0n; i < n; i++) {
      const nx = nextafter(x, y);
      if (nx === x) break;
      x = nx;
    }
    return newFloat(x);
  });
  f('ulp', (a, kw) => {
    const x = asDouble(one('ulp', a, kw));
    if (Number.isNaN(x)) return newFloat(x);
    const ax = Math.abs(x);
    if (!Number.isFinite(ax)) return newFloat(ax);
    const x2 = nextafter(ax, Infinity);
    if (!Number.isFinite(x2)) { const x3 = nextafter(ax, -Infinity); return newFloat(ax - x3); }
    return newFloat(x2 - ax);
  });

  m.pi = newFloat(Math.PI);
  m.e = newFloat(Math.E);
  m.tau = newFloat(2 * Math.PI);
  m.inf = newFloat(Infinity);
  m.nan = newFloat(NaN);
  return moduleOf('math', m);
});

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n; else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

export { intToFloat, indexValue };
