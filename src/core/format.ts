// Formatting: f-strings (FORMAT_VALUE), format(), str.format and %-formatting.
// Python/formatter_unicode.c (the format-spec mini-language),
// Objects/unicodeobject.c: PyUnicode_Format (%), Objects/stringlib/unicode_format.h.

import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyTuple, PyDict } from './object.js';
import { T } from './types.js';
import { R, newStr, newStrFilled, newInt, decref, incref, raise, typeError, callDescr, PyMethodDescr } from './rt.js';
import * as ops from './ops.js';
import { holding } from './nativeheld.js';
import { floatRepr, intRepr, big } from './num.js';
import { dictGet } from './dict.js';
import { gcTransientAllocation } from './gc.js';

/** FORMAT_VALUE: `specObj` is the spec constant on the stack (it is what a class's __format__ receives). */
export function formatValue(v: PyObject, conv: number, spec: string, specObj?: PyObject): PyObject {
  let o = v;
  let tmp: PyObject | null = null;
  // !s is PyObject_Str (ops.ts: strObject: a __str__'s or an exception's str as it is)
  if (conv === 1) tmp = o = ops.strObject(v);
  else if (conv === 2) tmp = o = newStr(ops.repr(v));
  else if (conv === 3) tmp = o = newStr(ascii(ops.repr(v)));
  try {
    return formatObject(o, spec, specObj);
  } finally { if (tmp) decref(tmp); }
}

/**
 * Objects/abstract.c: PyObject_Format as an object (a new reference): an exact str with an empty spec is itself;
 * what a class's __format__ returns is returned as it is, and object.__format__ with an empty spec is
 * PyObject_Str(self) (Objects/typeobject.c: object___format___impl), so `f"{err}" is err.args[0]`.
 */
export function formatObject(o: PyObject, spec: string, specObj?: PyObject): PyObject {
  if (spec === '' && o instanceof PyStr && o.type === T.str) return incref(o);
  return lookedUpFormat(o, spec, () => formatPlainObject(o, spec, specObj));
}

/**
 * Objects/abstract.c: PyObject_Format — past its fast path (an exact str or int with an empty spec),
 * _PyObject_LookupSpecial makes the bound __format__ (counted on 3.11: VersionRules.tempObjectsCounted), which
 * holds the object while a class's __format__ (or the __str__ that object.__format__ calls) runs `fn`.
 */
function lookedUpFormat<X>(o: PyObject, spec: string, fn: () => X): X {
  if (!(spec === '' && (o.type === T.str || o.type === T.int))) gcTransientAllocation();
  if (!o.type.isHeapType) return fn();
  incref(o);
  try { return holding('format(), holding the bound __format__ method (Objects/abstract.c: PyObject_Format)', [o], fn); } finally { decref(o); }
}

/**
 * The spec object a class's __format__ receives (Objects/abstract.c: PyObject_Format): the caller's own str (the
 * f-string's spec constant, format()'s argument), or with no spec the interpreter's empty str; a new reference.
 */
function specArg(spec: string, specObj?: PyObject): PyObject {
  // (PyObject_CallOneArg passes it borrowed: only a str made here is a reference of ours, released after the call)
  return specObj ?? (spec === '' ? R.emptyStr : newStr(spec));
}
const releaseSpec = (arg: PyObject, specObj?: PyObject): void => { if (arg !== specObj && arg !== R.emptyStr) decref(arg); };
function formatPlainObject(o: PyObject, spec: string, specObj?: PyObject): PyObject {
  const m = o.type.lookup('__format__');
  if (m && !(m instanceof PyMethodDescr)) {
    const arg = specArg(spec, specObj);
    let r: PyObject;
    try { r = callDescr(m, o, [arg], null); } finally { releaseSpec(arg, specObj); }
    if (!(r instanceof PyStr)) { const tn = r.type.name; decref(r); typeError(`__format__ must return a str, not ${tn}`); }
    return r;
  }
  if (spec === '' && !(o instanceof PyFloat || o instanceof PyComplex || o instanceof PyInt || o instanceof PyStr)) return ops.strObject(o);
  // an int's text is written into a new string (Objects/longobject.c: long_to_decimal_string)
  const t = formatPlain(o, spec);
  return o instanceof PyInt ? newStrFilled(t) : newStr(t);
}

export function ascii(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * format(obj, spec): Objects/abstract.c: PyObject_Format looks __format__ up as a bound method
 * (_PyObject_LookupSpecial), which holds the object while a class's __format__ (or the __str__
 * that object.__format__ calls) runs.
 */
export function format(o: PyObject, spec: string): string {
  return lookedUpFormat(o, spec, () => formatPlain(o, spec));
}

function formatPlain(o: PyObject, spec: string): string {
  const m = o.type.lookup('__format__');
  if (m && !(m instanceof PyMethodDescr)) {
    const arg = specArg(spec);
    let r: PyObject;
    try { r = callDescr(m, o, [arg], null); } finally { releaseSpec(arg); }
    try {
      if (!(r instanceof PyStr)) typeError(`__format__ must return a str, not ${r.type.name}`);
      return r.v;
    } finally { decref(r); }
  }
  if (o instanceof PyFloat) return formatFloat(o.v, spec);
  // Objects/complexobject.c: complex___format__ — the empty spec is str(); the rest is not modelled
  if (o instanceof PyComplex) return spec === '' ? ops.str(o) : formatComplex(o.re, o.im, spec);
  if (o instanceof PyInt) return o.type === T.bool && spec === '' ? ops.str(o) : formatInt(o.v, spec);
  if (o instanceof PyStr) return formatStr(o.v, spec);
  if (spec === '') return ops.str(o);
  return typeError(`unsupported format string passed to ${o.type.name}.__format__`);
}

interface Spec {
  fill: string; align: string; alignGiven: boolean; sign: string; alt: boolean; zero: boolean;
  width: number; grouping: string; precision: number; type: string; z: boolean;
}

export function parseSpec(spec: string, what: string): Spec {
  const re = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su;
  const m = re.exec(spec);
  if (!m) {
    if (/^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?\.$/.test(spec)) raise('ValueError', 'Format specifier missing precision');
    raise('ValueError', `Invalid format specifier '${spec}' for object of type '${what}'`);
  }
  // Python/formatter_unicode.c: parse_internal_render_format_spec — the '0' flag fills with '0' unless a fill
  // character was given (with or without an alignment), and makes the alignment '=' only where none was given
  // and the type's default is '>' (numbers; formatStr undoes it for str, whose default is '<')
  return {
    fill: m[1] ?? (m[6] ? '0' : ' '), align: m[2] ?? (m[6] ? '=' : ''), alignGiven: m[2] !== undefined, sign: m[3] ?? '', z: !!m[4], alt: !!m[5], zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : -1, grouping: m[8] ?? '', precision: m[9] !== undefined ? parseInt(m[9], 10) : -1, type: m[10] ?? '',
  };
}

function cpLen(s: string): number { let n = 0; for (const _ of s) n++; return n; }

function pad(body: string, signPrefix: string, sp: Spec, defaultAlign: string): string {
  const total = cpLen(signPrefix) + cpLen(body);
  if (sp.width <= total) return signPrefix + body;
  const n = sp.width - total;
  const align = sp.align || defaultAlign;
  const fill = sp.fill;
  switch (align) {
    case '<': return signPrefix + body + fill.repeat(n);
    case '>': return fill.repeat(n) + signPrefix + body;
    case '^': { const l = n >> 1; return fill.repeat(l) + signPrefix + body + fill.repeat(n - l); }
    case '=': return signPrefix + fill.repeat(n) + body;
  }
  return signPrefix + body;
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const sp = parseSpec(spec, 'str');
  if (sp.type && sp.type !== 's') raise('ValueError', `Unknown format code '${sp.type}' for object of type 'str'`);
  if (sp.sign) raise('ValueError', 'Sign not allowed in string format specifier');
  if (sp.zero && !sp.alignGiven) sp.align = '';
  if (sp.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let body = s;
  if (sp.precision >= 0) body = Array.from(s).slice(0, sp.precision).join('');
  return pad(body, '', sp, '<');
}

export function formatInt(v: number | bigint, spec: string): string {
  if (spec === '') return intRepr(v);
  const sp = parseSpec(spec, 'int');
  if ('eEfFgG%'.includes(sp.type) && sp.type) return formatFloatSpec(Number(v), sp);
  if (sp.precision >= 0) raise('ValueError', 'Precision not allowed in integer format specifier');
  const b = big(v);
  const neg = b < 0n;
  const a = neg ? -b : b;
  let body: string, prefix = '';
  switch (sp.type) {
    case '': case 'd': case 'n': body = a.toString(); break;
    case 'b': body = a.toString(2); if (sp.alt) prefix = '0b'; break;
    case 'o': body = a.toString(8); if (sp.alt) prefix = '0o'; break;
    case 'x': body = a.toString(16); if (sp.alt) prefix = '0x'; break;
    case 'X': body = a.toString(16).toUpperCase(); if (sp.alt) prefix = '0X'; break;
    case 'c': {
      if (sp.sign) raise('ValueError', "Sign not allowed with integer format specifier 'c'");
      return pad(String.fromCodePoint(Number(b)), '', sp, '<');
    }
    default: return raise('ValueError', `Unknown format code '${sp.type}' for object of type 'int'`);
  }
  if (sp.grouping) {
    if ('xXob'.includes(sp.type) && sp.type) body = group(body, sp.grouping === ',' ? raiseGroup(sp) : '_', 4);
    else body = group(body, sp.grouping);
  }
  const sign = neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
  if (sp.fill === '0' && sp.align === '=' && sp.width > 0 && sp.grouping) {
    // zero padding with grouping inserts separators into the padding (Python/formatter_unicode.c:
    // calc_number_widths — n_min_width when the fill is '0' and the alignment '=', however they were given)
    const need = sp.width - sign.length - prefix.length;
    let digits = body.replace(/[,_]/g, '');
    const sep = 'xXob'.includes(sp.type) && sp.type ? '_' : sp.grouping;
    const every = 'xXob'.includes(sp.type) && sp.type ? 4 : 3;
    let grouped = group(digits, sep, every);
    while (grouped.length < need) { digits = '0' + digits; grouped = group(digits, sep, every); }
    return sign + prefix + grouped;
  }
  return pad(body, sign + prefix, sp, '>');
}
function raiseGroup(sp: Spec): never { return raise('ValueError', `Cannot specify ',' with '${sp.type}'.`); }

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  const sp = parseSpec(spec, 'float');
  return formatFloatSpec(x, sp);
}

/**
 * Python/formatter_unicode.c: format_complex_internal — each part formatted as a float (no type: the
 * repr's digits, parenthesised unless the real part is +0.0), the imaginary part always signed unless
 * it stands alone, then the whole padded (right-aligned by default).
 */
function formatComplex(re: number, im: number, spec: string): string {
  const sp = parseSpec(spec, 'complex');
  if (sp.zero) raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (sp.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  if (sp.type && !'eEfFgGn'.includes(sp.type)) raise('ValueError', `Unknown format code '${sp.type}' for object of type 'complex'`);
  // 'n' is 'g' in the C locale Python starts in (as formatFloatSpec takes it)
  let type = sp.type === 'n' ? 'g' : sp.type, skipRe = false, parens = false;
  if (type === '') {
    if (re === 0 && !Object.is(re, -0)) skipRe = true; else parens = true;
  }
  const part = (x: number, sign: string): string => {
    if (type === '' && sp.precision < 0) {
      // PyOS_double_to_string(x, 'r', 0, flags): repr digits without the ".0" float's repr adds;
      // Py_DTSF_ALT keeps a decimal point ("1.", "1.e+20"), Py_DTSF_NO_NEG_0 ('z') drops the sign of -0
      let s = floatRepr(Math.abs(x));
      if (s.endsWith('.0')) s = s.slice(0, -2);
      if (sp.alt && Number.isFinite(x) && !s.includes('.')) s = s.replace(/^(\d+)/, '$1.');
      if (sp.grouping) s = s.replace(/^(\d+)/, (d) => group(d, sp.grouping));
      const neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x) && !(sp.z && x === 0);
      return (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + s;
    }
    return formatFloatSpec(x, { ...sp, sign, type: type === '' ? 'g' : type, fill: ' ', align: '', width: -1, zero: false });
  };
  const reStr = skipRe ? '' : part(re, sp.sign);
  const imStr = part(im, skipRe ? sp.sign : '+');
  const body = (parens ? '(' : '') + reStr + imStr + 'j' + (parens ? ')' : '');
  return pad(body, '', sp, '>');
}

/** Exact decimal digits of a double, rounded half-even at `frac` decimal places: returns [digits string of the integer N, where value ≈ N / 10^frac]. */
function scaledRound(x: number, frac: number): bigint {
  // x = m * 2^e exactly
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (frac >= 0) num *= 10n ** BigInt(frac); else den *= 10n ** BigInt(-frac);
  const q = num / den, r = num % den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}
function decompose(x: number): [bigint, number] {
  // returns m, e with |x| = m * 2^e
  x = Math.abs(x);
  if (x === 0) return [0n, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074; else { mant |= 1n << 52n; e = expBits - 1075; }
  return [mant, e];
}

export function toFixed(x: number, p: number): string {
  const n = scaledRound(x, p);
  let s = n.toString();
  if (p > 0) {
    s = s.padStart(p + 1, '0');
    s = s.slice(0, s.length - p) + '.' + s.slice(s.length - p);
  }
  return s;
}

/** [digits (p+1 of them), exponent] for 'e' formatting. */
export function toExp(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p + 1), 0];
  let exp = Math.floor(Math.log10(Math.abs(x)));
  let n = scaledRound(x, p - exp);
  if (n.toString().length > p + 1) { exp++; n = scaledRound(x, p - exp); }
  if (n.toString().length < p + 1) { exp--; n = scaledRound(x, p - exp); }
  return [n.toString(), exp];
}

function expStr(e: number): string { return (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0'); }

function formatFloatSpec(x: number, sp: Spec): string {
  let t = sp.type;
  const neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  let p = sp.precision;
  // Python/formatter_unicode.c: format_float_internal — type '%' appends its sign to nan and inf as well
  if (Number.isNaN(x)) body = t === '%' ? 'nan%' : 'nan';
  else if (!Number.isFinite(x)) body = t === '%' ? 'inf%' : 'inf';
  else {
    switch (t) {
      case 'f': case 'F': body = toFixed(a, p < 0 ? 6 : p); if (sp.alt && !body.includes('.')) body += '.'; break;
      case '%': body = toFixed(a * 100, p < 0 ? 6 : p) + '%'; break;
      case 'e': case 'E': {
        const [d, e] = toExp(a, p < 0 ? 6 : p);
        body = d.length > 1 ? `${d[0]}.${d.slice(1)}e${expStr(e)}` : `${d}${sp.alt ? '.' : ''}e${expStr(e)}`;
        break;
      }
      case 'g': case 'G': case '': case 'n': {
        if (t === '' && p < 0) {
          body = floatRepr(a);
          break;
        }
        let P = p < 0 ? 6 : p === 0 ? 1 : p;
        const [d, e] = toExp(a, P - 1);
        if (e >= -4 && e < P) {
          body = toFixed(a, P - 1 - e);
          if (!sp.alt && body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
          if (t === '' && !body.includes('.')) body += '.0';
        } else {
          let mant = d.length > 1 ? `${d[0]}.${d.slice(1)}` : d;
          if (!sp.alt && mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
          body = `${mant}e${expStr(e)}`;
        }
        break;
      }
      default: return raise('ValueError', `Unknown format code '${t}' for object of type 'float'`);
    }
  }
  if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
  if (sp.grouping && /^\d/.test(body)) {
    const m = /^(\d+)(.*)$/s.exec(body)!;
    body = group(m[1], sp.grouping) + m[2];
  }
  const zeroNeg = sp.z && neg && Number.isFinite(x) && /^[0.]*(e|%|$)/.test(body.replace(/[^0-9.e%]/g, '')) && !/[1-9]/.test(body);
  const sign = neg && !zeroNeg && !Number.isNaN(x) ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
  if (sp.fill === '0' && sp.align === '=' && sp.grouping && sp.width > 0 && /^\d/.test(body)) {
    const m = /^([\d,_]+)(.*)$/s.exec(body)!;
    let digits = m[1].replace(/[,_]/g, '');
    const need = sp.width - sign.length - m[2].length;
    let grouped = group(digits, sp.grouping);
    while (grouped.length < need) { digits = '0' + digits; grouped = group(digits, sp.grouping); }
    return sign + grouped + m[2];
  }
  return pad(body, sign, sp, '>');
}

// ---------------------------------------------------------------- str.format
export function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject>): string {
  let out = '';
  let auto = 0;
  let manual = false, autoUsed = false;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      // find matching }
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth) { if (fmt[j] === '{') depth++; else if (fmt[j] === '}') depth--; if (depth) j++; }
      if (depth) raise('ValueError', "expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      let m = /^([^!:]*)(?:!([^:]))?(?::(.*))?$/s.exec(field);
      if (!m) raise('ValueError', 'Invalid format string');
      let [, name, conv, spec] = m;
      spec = spec ?? '';
      if (spec.includes('{')) spec = strFormat(spec, args, kw);
      const fm = /^([^.[]*)(.*)$/s.exec(name)!;
      let first = fm[1];
      let obj: PyObject;
      if (first === '') {
        if (manual) raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
        autoUsed = true;
        if (auto >= args.length) raise('IndexError', `Replacement index ${auto} out of range for positional args tuple`);
        obj = incref(args[auto++]);
      } else if (/^\d+$/.test(first)) {
        if (autoUsed) raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
        manual = true;
        const k = parseInt(first, 10);
        if (k >= args.length) raise('IndexError', `Replacement index ${k} out of range for positional args tuple`);
        obj = incref(args[k]);
      } else {
        const v = kw.get(first);
        if (!v) { const k = newStr(first); try { raise('KeyError', k); } finally { decref(k); } }
        obj = incref(v);
      }
      let rest = fm[2];
      while (rest) {
        const am = /^\.([^.[]+)/.exec(rest);
        if (am) { const n = ops.getattr(obj, am[1]); decref(obj); obj = n; rest = rest.slice(am[0].length); continue; }
        const im = /^\[([^\]]+)\]/.exec(rest);
        if (im) {
          const key = /^\d+$/.test(im[1]) ? newIntLocal(parseInt(im[1], 10)) : newStr(im[1]);
          const n = ops.getitem(obj, key); decref(key); decref(obj); obj = n; rest = rest.slice(im[0].length); continue;
        }
        raise('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
      try {
        let s: PyObject = obj;
        let tmp: PyObject | null = null;
        if (conv === 'r') tmp = s = newStr(ops.repr(obj));
        else if (conv === 's') tmp = s = newStr(ops.str(obj));
        else if (conv === 'a') tmp = s = newStr(ascii(ops.repr(obj)));
        else if (conv) raise('ValueError', `Unknown conversion specifier ${conv}`);
        // Objects/stringlib/unicode_format.h: get_field_object's new reference to the field's object
        const held = obj;
        // Objects/stringlib/unicode_format.h: render_field formats an exact str, int, float or complex itself,
        // without PyObject_Format (and its bound __format__)
        const t = s.type;
        const direct = t === T.str || t === T.int || t === T.float || t === T.complex;
        out += holding("str.format's field object (Objects/stringlib/unicode_format.h: get_field_object)", [held], () => direct ? formatPlain(s, spec) : format(s, spec));
        if (tmp) decref(tmp);
      } finally { decref(obj); }
    } else if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      raise('ValueError', "Single '}' encountered in format string");
    } else { out += c; i++; }
  }
  return out;
}

function newIntLocal(n: number): PyObject { return newInt(n); }

// ---------------------------------------------------------------- % formatting
export function percentFormat(fmt: string, arg: PyObject, isBytes = false): string {
  let args: PyObject[];
  let mapping: PyObject | null = null;
  if (arg instanceof PyTuple && arg.type === T.tuple) args = arg.items;
  else { args = [arg]; if (arg instanceof PyDict || (arg.type.lookup('__getitem__') && !(arg instanceof PyStr) && !(arg instanceof PyTuple))) mapping = arg; }
  let ai = 0;
  let out = '';
  let usedMapping = false;
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([hlL])?(.)?/gs;
  let last = 0;
  let m: RegExpExecArray | null;
  const next = (): PyObject => {
    if (ai >= args.length) raise('TypeError', `not enough arguments for format string`);
    return args[ai++];
  };
  while ((m = re.exec(fmt))) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const [, key, flags, widthS, precS, , conv] = m;
    if (conv === undefined) raise('ValueError', 'incomplete format');
    if (conv === '%' && !key && !flags && !widthS && !precS) { out += '%'; continue; }
    let v: PyObject;
    if (key !== undefined) {
      if (!mapping) raise('TypeError', 'format requires a mapping');
      usedMapping = true;
      const k = newStr(key);
      v = ops.getitem(mapping, k);
      decref(k);
      decref(v); // borrowed from the mapping for the duration (still alive there)
    } else v = next();
    let width = widthS === '*' ? Number((next() as PyInt).v) : widthS ? parseInt(widthS, 10) : -1;
    const prec = precS === '*' ? Number((next() as PyInt).v) : precS !== undefined ? parseInt(precS, 10) : -1;
    let spec = '';
    const left = flags.includes('-');
    let s: string;
    switch (conv) {
      case 's': s = ops.str(v); if (prec >= 0) s = Array.from(s).slice(0, prec).join(''); break;
      case 'r': s = ops.repr(v); if (prec >= 0) s = Array.from(s).slice(0, prec).join(''); break;
      case 'a': s = ascii(ops.repr(v)); break;
      case 'd': case 'i': case 'u': {
        const n = toIntForPercent(v, conv);
        spec = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('0') && !left ? '0' : '') + (width > 0 ? String(width) : '') + 'd';
        s = formatInt(n, spec);
        if (left && width > 0) s = s.trimStart().padEnd(width);
        out += s; continue;
      }
      case 'x': case 'X': case 'o': {
        const n = toIntForPercent(v, conv);
        spec = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('#') ? '#' : '') + (flags.includes('0') && !left ? '0' : '') + (width > 0 ? String(width) : '') + conv;
        s = formatInt(n, spec);
        if (left && width > 0) s = s.trimStart().padEnd(width);
        out += s; continue;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = v instanceof PyFloat ? v.v : v instanceof PyInt ? Number(v.v) : raise('TypeError', `must be real number, not ${v.type.name}`);
        spec = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('#') ? '#' : '') + (flags.includes('0') && !left ? '0' : '') + (width > 0 ? String(width) : '') + '.' + (prec >= 0 ? prec : 6) + conv;
        s = formatFloatSpec(x, parseSpec(spec, 'float'));
        if (left && width > 0) s = s.trimStart().padEnd(width);
        out += s; continue;
      }
      case 'c': {
        // Objects/unicodeobject.c: formatchar
        if (v instanceof PyInt) {
          if (v.v < 0 || v.v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
          s = String.fromCodePoint(Number(v.v));
        } else if (v instanceof PyStr && v.len === 1) s = v.v;
        else {
          const m = R.rules.msg.percentC;
          raise('TypeError', m ?? `%c requires an int or a unicode character, not ${v instanceof PyStr ? `a string of length ${v.len}` : v.type.name}`);
        }
        break;
      }
      case '%': s = '%'; break;
      default:
        return raise('ValueError', `unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${m.index + m[0].length - 1}`);
    }
    if (width > cpLen(s)) s = left ? s + ' '.repeat(width - cpLen(s)) : ' '.repeat(width - cpLen(s)) + s;
    out += s;
  }
  out += fmt.slice(last);
  if (ai < args.length && !usedMapping && !(mapping && ai === 0)) raise('TypeError', `not all arguments converted during ${isBytes ? 'bytes' : 'string'} formatting`);
  return out;
}

function toIntForPercent(v: PyObject, conv: string): number | bigint {
  if (v instanceof PyInt) return v.v;
  if (v instanceof PyFloat) {
    if (conv === 'x' || conv === 'X' || conv === 'o') raise('TypeError', `%${conv} format: an integer is required, not float`);
    return BigInt(Math.trunc(v.v));
  }
  // Objects/unicodeobject.c: mainformatlong — %x, %X and %o want an integer, %d/%i/%u a real number
  return raise('TypeError', `%${conv} format: ${'xXo'.includes(conv) ? 'an integer' : 'a real number'} is required, not ${v.type.name}`);
}

export { dictGet };
