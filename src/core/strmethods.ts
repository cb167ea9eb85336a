// str and bytes methods: Objects/unicodeobject.c, Objects/bytesobject.c.
// Strings are JS strings; indexing and lengths count code points.

import { checkKwNames } from './kwcheck.js';
import { holding } from './nativeheld.js';
import { PyObject, PyStr, PyInt, PyTuple, PySlice, PyList, PyBytes, PyFloat } from './object.js';
import { T } from './types.js';
import {
  R, None, True, False, NotImplemented, newInt, newStr, newStrFilled, newList, newTuple, newBytes, newBytesFilled, newBool, incref, decref, raise, typeError,
  argCount, splitKw, asIndex, asIntArg, asSliceIndex, noKw, newNative, notSupported, callMethod, callDescr, callSpecial,
} from './rt.js';
import * as ops from './ops.js';
import { defMethod as def } from './classes.js';
import { sliceIndices } from './slice.js';
import { strFormat, percentFormat, format as formatObj } from './format.js';
import { isPrintable } from './repr.js';
import { bytesRepr } from './repr.js';
import { LimitExceeded } from './errors.js';
import { splitList, appendedList, selfList, strSplitMaxcount } from './splitlist.js';
import { checkIndexSized } from './typemethods.js';
import { hashBuffer } from './strhash.js';
import { TITLE_NOT_UPPER } from './titlecase.js';
import { FOLD_NOT_LOWER } from './casefold.js';
import { encodeUcs1, encodeUtf8, decodeAscii, decodeUtf8 } from './codecs.js';

function s(o: PyObject): string { return (o as PyStr).v; }
/** Objects/unicodetype_db.h: _PyUnicode_IsWhitespace — not JavaScript's \s (which has U+FEFF and lacks U+001C–U+001F, U+0085). */
export const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function isAstral(x: PyStr): boolean { return x.len !== x.v.length; }
function cps(x: PyStr): string[] { return Array.from(x.v); }

function argStr(o: PyObject, fn: string, pos = 1): string {
  if (!(o instanceof PyStr)) typeError(`${fn} arg ${pos} must be str, not ${o.type.name}`);
  return o.v;
}
function mustStr(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) typeError(`${what}, not ${o.type.name}`);
  return o.v;
}

def(T.str, '__len__', (self) => newInt((self as PyStr).len));
def(T.str, '__getitem__', (self, a) => {
  const x = self as PyStr, k = a[0];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, x.len);
    // Objects/unicodeobject.c: unicode_subscript — the whole string of an exact str is the string itself
    if (step === 1 && n === x.len && x.type === T.str) return incref(x);
    if (step === 1 && !isAstral(x)) return newStr(x.v.slice(start, start + n));
    const c = cps(x);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += c[j];
    return newStr(out);
  }
  if (!(k instanceof PyInt) && !k.type.lookup('__index__')) typeError(`string indices must be integers, not '${k.type.name}'`);
  let i = asIndex(k);
  if (i < 0) i += x.len;
  if (i < 0 || i >= x.len) raise('IndexError', 'string index out of range');
  return newStr(isAstral(x) ? cps(x)[i] : x.v[i]);
});
def(T.str, '__contains__', (self, a) => {
  if (!(a[0] instanceof PyStr)) typeError(`'in <string>' requires string as left operand, not ${a[0].type.name}`);
  return newBool(s(self).includes(s(a[0])));
});
def(T.str, '__iter__', (self) => newNative((self as PyStr).maxChar < 128 ? T.str_iterator : T.str_iterator_u, [self], ['str'], 0));
def(T.str, '__hash__', (self) => newInt(ops.hashStr(self as PyStr)));
def(T.str, '__add__', (self, a) => {
  if (!(a[0] instanceof PyStr)) return NotImplemented;
  // Objects/unicodeobject.c: PyUnicode_Concat — adding an empty string gives back the other one (exact str)
  if ((a[0] as PyStr).len === 0 && self.type === T.str) return incref(self);
  if ((self as PyStr).len === 0 && a[0].type === T.str) return incref(a[0]);
  const r = s(self) + s(a[0]);
  checkLen(r.length);
  const out = newStr(r);
  // Python/ceval.c: unicode_concatenate / PyUnicode_Append — `s += t` (or s = s + t) may resize s in place
  // when nothing else refers to it, so the result can keep s's address (ops.ts: checkIdCompare)
  // (the chain is remembered by the id of its first string, a number: no reference that would keep
  // every intermediate string of a `s += …` loop alive in JavaScript)
  if (self.type === T.str && !self.imm && !out.imm) (out as any).concatRoot = (self as any).concatRoot ?? self.id;
  return out;
});
def(T.str, '__mul__', (self, a) => strRepeat(self as PyStr, a[0]));
def(T.str, '__rmul__', (self, a) => strRepeat(self as PyStr, a[0]));
// Objects/unicodeobject.c: PyUnicode_Format writes through a _PyUnicodeWriter, which adopts
// an exact str written whole into an empty writer: "%s" % s is s itself
def(T.str, '__mod__', (self, a) => {
  const arg = a[0] instanceof PyTuple && a[0].type === T.tuple && a[0].items.length === 1 ? a[0].items[0] : a[0];
  if (s(self) === '%s' && arg.type === T.str) return incref(arg);
  return newStr(percentFormat(s(self), a[0]));
});
def(T.str, '__rmod__', () => NotImplemented);
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(T.str, n, (self, a) => (a[0] instanceof PyStr ? ops.richCompare(newStrPlain(self), newStrPlain(a[0]), op) : NotImplemented));
}
function newStrPlain(o: PyObject): PyObject { return o.type === T.str ? o : newStr(s(o)); }
const strStr = def(T.str, '__str__', (self) => (self.type === T.str ? incref(self) : newStr(s(self))));
(strStr as any).reprFast = (o: PyObject) => s(o);
def(T.str, '__format__', (self, a) => newStr(formatObj(newStr(s(self)), s(a[0]))));

function checkLen(n: number): void {
  if (n > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to build a string of ${n.toLocaleString('en-US')} characters (more than heapsnake's limit of ${R.limits.maxAlloc.toLocaleString('en-US')})`);
}
function strRepeat(x: PyStr, n: PyObject): PyObject {
  if (!(n instanceof PyInt)) return NotImplemented;
  checkIndexSized(n.v);
  const k = Number(n.v);
  if (k <= 0 || x.v.length === 0) return newStr('');
  if (k === 1 && x.type === T.str) return incref(x);
  if (x.v.length * k > 2 ** 62) raise('MemoryError');
  checkLen(x.v.length * k);
  return newStr(x.v.repeat(k));
}

T.str.newFn = (t, args, kw) => {
  checkKwNames('str', kw, ['object', 'encoding', 'errors'], args.length, 3);
  const [pos, kws] = splitKw(args, kw);
  if (pos.length === 0 && !kws.size) return newStr('');
  const o = pos[0] ?? kws.get('object');
  if (pos.length >= 2 || kws.has('encoding')) {
    if (!(o instanceof PyBytes)) typeError(`decoding to str: need a bytes-like object, ${o!.type.name} found`);
    return newStr(new TextDecoder('utf-8').decode((o as PyBytes).v));
  }
  // Objects/unicodeobject.c: unicode_new_impl — PyObject_Str's result as it is (ops.ts: strObject; a str made
  // from a built-in value is a new object: str(7) is not the cached '7')
  if (t === T.str) return ops.strObject(o!);
  const r = ops.str(o!);
  const x = new PyStr(t, r);
  return x;
};

// --- case & predicates
def(T.str, 'upper', (self) => newStrFilled(s(self).toUpperCase()));
def(T.str, 'lower', (self) => newStrFilled(s(self).toLowerCase()));
// Objects/unicodeobject.c: do_casefold — each character's full folding, no context (casefold.ts)
def(T.str, 'casefold', (self) => newStrFilled(Array.from(s(self), (c) => FOLD_NOT_LOWER[c.codePointAt(0)!] ?? c.toLowerCase()).join('')));
// Objects/unicodeobject.c: do_swapcase — an uppercase character is lowered (lower_ucs4), a lowercase one raised, others kept
def(T.str, 'swapcase', (self) => {
  const c = Array.from(s(self));
  return newStrFilled(c.map((x, i) => (UPPER.test(x) ? lowerAt(c, i) : LOWER.test(x) ? x.toUpperCase() : x)).join(''));
});
// Objects/unicodeobject.c: do_capitalize (3.8+) — the first character in titlecase, the rest lowercase
def(T.str, 'capitalize', (self) => { const v = s(self); const c = Array.from(v); return newStrFilled(c.length ? titleChar(c[0]) + c.slice(1).map((_, i) => lowerAt(c, i + 1)).join('') : ''); });
def(T.str, 'title', (self) => newStrFilled(titleWord(s(self))));
/** Objects/unicodectype.c: _PyUnicode_ToTitleFull — the uppercase except where the tables say otherwise (titlecase.ts). */
function titleChar(c: string): string { return TITLE_NOT_UPPER[c.codePointAt(0)!] ?? c.toUpperCase(); }
/** Objects/unicodectype.c: _PyUnicode_IsCased, _PyUnicode_IsCaseIgnorable, _PyUnicode_IsUppercase / IsLowercase (DerivedCoreProperties). */
const CASED = /^\p{Cased}$/u, CASE_IGNORABLE = /^\p{Case_Ignorable}$/u, UPPER = /^\p{Uppercase}$/u, LOWER = /^\p{Lowercase}$/u;
/**
 * Objects/unicodeobject.c: lower_ucs4 — a capital sigma becomes final sigma (handle_capital_sigma) after a
 * cased character and not before one, case-ignorable characters skipped on both sides.
 */
function lowerAt(c: string[], i: number): string {
  if (c[i] !== '\u03a3') return c[i].toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(c[j])) j--;
  let final = j >= 0 && CASED.test(c[j]);
  if (final) {
    let k = i + 1;
    while (k < c.length && CASE_IGNORABLE.test(c[k])) k++;
    final = k === c.length || !CASED.test(c[k]);
  }
  return final ? '\u03c2' : '\u03c3';
}
function titleWord(w: string): string {
  // Objects/unicodeobject.c: do_title — lowercase after a cased character, titlecase otherwise
  const c = Array.from(w);
  let out = '', prevCased = false;
  for (let i = 0; i < c.length; i++) {
    out += prevCased ? lowerAt(c, i) : titleChar(c[i]);
    prevCased = CASED.test(c[i]);
  }
  return out;
}
const pred = (name: string, re: RegExp, emptyFalse = true) => def(T.str, name, (self) => {
  const v = s(self);
  if (!v.length) return emptyFalse ? False : True;
  return newBool(Array.from(v).every((c) => re.test(c)));
});
pred('isdigit', /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]$/u);
pred('isdecimal', /^\p{Nd}$/u);
pred('isnumeric', /^[\p{N}]$/u);
pred('isalpha', /^\p{L}$/u);
pred('isalnum', /^[\p{L}\p{N}]$/u);
pred('isspace', new RegExp(`^${PY_SPACE.source}$`));
pred('isascii', /^[\x00-\x7f]$/, false);
pred('isidentifier', /^[\p{L}\p{N}_]$/u);
def(T.str, 'isidentifier', (self) => newBool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s(self))));
def(T.str, 'isprintable', (self) => newBool(Array.from(s(self)).every((c) => isPrintable(c.codePointAt(0)!))));
// Objects/unicodeobject.c: unicode_isupper_impl / unicode_islower_impl / unicode_istitle_impl, over
// the Uppercase / Lowercase properties and the titlecase letters (Lt)
const TITLE_LT = /^\p{Lt}$/u;
def(T.str, 'isupper', (self) => {
  let cased = false;
  for (const c of s(self)) { if (LOWER.test(c) || TITLE_LT.test(c)) return False; if (UPPER.test(c)) cased = true; }
  return newBool(cased);
});
def(T.str, 'islower', (self) => {
  let cased = false;
  for (const c of s(self)) { if (UPPER.test(c) || TITLE_LT.test(c)) return False; if (LOWER.test(c)) cased = true; }
  return newBool(cased);
});
def(T.str, 'istitle', (self) => {
  let cased = false, prev = false;
  for (const c of s(self)) {
    if (UPPER.test(c) || TITLE_LT.test(c)) { if (prev) return False; prev = cased = true; }
    else if (LOWER.test(c)) { if (!prev) return False; prev = cased = true; }
    else prev = false;
  }
  return newBool(cased);
});

// --- search
function cpIndexToUnit(v: string, i: number): number {
  if (v.length === Array.from(v).length) return i;
  return Array.from(v).slice(0, i).join('').length;
}
function unitToCp(v: string, u: number): number {
  if (u < 0) return u;
  return Array.from(v.slice(0, u)).length;
}
function range(self: PyObject, a: PyObject[], from: number): [string, number, number] {
  const v = s(self);
  const n = (self as PyStr).len;
  let start = a.length > from && a[from] !== None ? asSliceIndex(a[from]) : 0;
  let end = a.length > from + 1 && a[from + 1] !== None ? asSliceIndex(a[from + 1]) : n;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (end < 0) { end += n; if (end < 0) end = 0; }
  if (end > n) end = n;
  return [v, start, end];
}
function findImpl(self: PyObject, a: PyObject[], rev: boolean, name: string): number {
  argCount(name, a, 1, 3);
  const sub = argStr(a[0], name === 'find' || name === 'rfind' || name === 'index' || name === 'rindex' ? 'must be str' : name);
  const [v, start, end] = range(self, a, 1);
  if (start > end) return -1;
  const us = cpIndexToUnit(v, start), ue = cpIndexToUnit(v, end);
  const hay = v.slice(us, ue);
  const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (i < 0) return -1;
  return unitToCp(v, us + i);
}
def(T.str, 'find', (self, a) => newInt(findImpl(self, a, false, 'find')));
def(T.str, 'rfind', (self, a) => newInt(findImpl(self, a, true, 'rfind')));
def(T.str, 'index', (self, a) => { const i = findImpl(self, a, false, 'index'); if (i < 0) raise('ValueError', 'substring not found'); return newInt(i); });
def(T.str, 'rindex', (self, a) => { const i = findImpl(self, a, true, 'rindex'); if (i < 0) raise('ValueError', 'substring not found'); return newInt(i); });
def(T.str, 'count', (self, a) => {
  argCount('count', a, 1, 3);
  const sub = mustStr(a[0], 'must be str');
  const [v, start, end] = range(self, a, 1);
  if (start > end) return newInt(0);
  const hay = v.slice(cpIndexToUnit(v, start), cpIndexToUnit(v, end));
  if (sub === '') return newInt(Array.from(hay).length + 1);
  let c = 0, i = 0;
  for (;;) { const j = hay.indexOf(sub, i); if (j < 0) break; c++; i = j + sub.length; }
  return newInt(c);
});
for (const [name, ends] of [['startswith', false], ['endswith', true]] as const) {
  def(T.str, name, (self, a) => {
    argCount(name, a, 1, 3);
    const [v, start, end] = range(self, a, 1);
    const hay = start > end ? null : v.slice(cpIndexToUnit(v, start), cpIndexToUnit(v, end));
    const test = (p: PyObject): boolean => {
      if (!(p instanceof PyStr)) typeError(`tuple for ${name} must only contain str, not ${p.type.name}`);
      if (hay === null) return false;
      return ends ? hay.endsWith(p.v) : hay.startsWith(p.v);
    };
    if (a[0] instanceof PyTuple) return newBool(a[0].items.some(test));
    if (!(a[0] instanceof PyStr)) typeError(`${name} first arg must be str or a tuple of str, not ${a[0].type.name}`);
    return newBool(test(a[0]));
  });
}

// --- strip / split / join / replace
function stripChars(a: PyObject[], name: string): string | null {
  argCount(name, a, 0, 1);
  if (!a.length || a[0] === None) return null;
  return mustStr(a[0], `${name} arg must be None or str`);
}
function stripImpl(v: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? null : new Set(Array.from(chars));
  const isS = (c: string) => (set ? set.has(c) : PY_SPACE.test(c));
  const c = Array.from(v);
  let i = 0, j = c.length;
  if (left) while (i < j && isS(c[i])) i++;
  if (right) while (j > i && isS(c[j - 1])) j--;
  return c.slice(i, j).join('');
}
def(T.str, 'strip', (self, a) => newStr(stripImpl(s(self), stripChars(a, 'strip'), true, true)));
def(T.str, 'lstrip', (self, a) => newStr(stripImpl(s(self), stripChars(a, 'lstrip'), true, false)));
def(T.str, 'rstrip', (self, a) => newStr(stripImpl(s(self), stripChars(a, 'rstrip'), false, true)));
def(T.str, 'removeprefix', (self, a) => { const p = argStr(a[0], 'removeprefix'); const v = s(self); return newStr(v.startsWith(p) ? v.slice(p.length) : v); });
def(T.str, 'removesuffix', (self, a) => { const p = argStr(a[0], 'removesuffix'); const v = s(self); return newStr(p && v.endsWith(p) ? v.slice(0, v.length - p.length) : v); });

function splitWhitespace(v: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = v.length;
  const ws = (c: string) => PY_SPACE.test(c);
  while (i < n) {
    while (i < n && ws(v[i])) i++;
    if (i >= n) break;
    // Objects/stringlib/split.h: split_whitespace — past maxsplit, the rest from its first non-space to the end
    if (max >= 0 && out.length === max) { out.push(v.slice(i)); return out; }
    let j = i;
    while (j < n && !ws(v[j])) j++;
    out.push(v.slice(i, j));
    i = j;
  }
  return out;
}
function splitArgs(a: PyObject[], kw: string[] | null, name: string): [string | null, number] {
  const [pos, kws] = splitKw(a, kw);
  const sep = pos[0] ?? kws.get('sep') ?? None;
  const mx = pos[1] ?? kws.get('maxsplit');
  const max = mx ? asIntArg(mx) : -1;
  if (sep === None) return [null, max];
  const sv = mustStr(sep, `must be str or None`);
  if (sv === '') raise('ValueError', 'empty separator');
  return [sv, max];
}
/** PEP 393 kind of a str: 1, 2 or 4 bytes per character (its widest code point). */
function kindOf(v: string): number {
  let k = 1;
  for (const c of v) { const cp = c.codePointAt(0)!; if (cp > 0xffff) return 4; if (cp > 0xff) k = 2; }
  return k;
}
const cpLen = (v: string): number => { let n = 0; for (const _ of v) n++; return n; };
/**
 * The parts of a split as objects: the string itself where stringlib hands it back (an
 * exact str split into one part that is all of it: split.h's "No match in str_obj, so
 * just use it as list[0]"), else new strings.
 */
function splitItems(self: PyObject, parts: string[], whole: boolean): PyObject[] {
  if (whole && parts.length === 1 && self.type === T.str) return [incref(self)];
  return parts.map((p) => newStr(p));
}
/** Objects/unicodeobject.c: split/rsplit — a separator longer or wider (PEP 393 kind) than the string: [self]. */
function sepShortcut(v: string, sep: string): boolean {
  return cpLen(v) < cpLen(sep) || kindOf(v) < kindOf(sep);
}
/** The list split/rsplit return (splitlist.ts); split_whitespace hands the string back only from
 *  inside its maxcount loop (not for maxsplit=0), the separator forms whenever nothing was split. */
function splitResult(self: PyObject, v: string, sep: string | null, max: number, parts: string[]): PyObject {
  const whole = sep === null ? max !== 0 && parts[0] === v : true;
  return splitList(splitItems(self, parts, whole), strSplitMaxcount(max, cpLen(v), sep === null ? null : cpLen(sep)));
}
def(T.str, 'split', (self, a, kw) => {
  const [sep, max] = splitArgs(a, kw, 'split');
  const v = s(self);
  let parts: string[];
  if (sep === null) parts = splitWhitespace(v, max);
  else {
    if (sepShortcut(v, sep)) return selfList(self);
    parts = [];
    let i = 0;
    for (;;) {
      if (max >= 0 && parts.length === max) { parts.push(v.slice(i)); break; }
      const j = v.indexOf(sep, i);
      if (j < 0) { parts.push(v.slice(i)); break; }
      parts.push(v.slice(i, j));
      i = j + sep.length;
    }
  }
  return splitResult(self, v, sep, max, parts);
});
def(T.str, 'rsplit', (self, a, kw) => {
  const [sep, max] = splitArgs(a, kw, 'rsplit');
  const v = s(self);
  let parts: string[];
  if (sep === null) {
    if (max < 0) parts = splitWhitespace(v, -1);
    else {
      const rev = splitWhitespace(Array.from(v).reverse().join(''), max).map((p) => Array.from(p).reverse().join(''));
      parts = rev.reverse();
    }
  } else {
    if (sepShortcut(v, sep)) return selfList(self);
    parts = [];
    let end = v.length;
    for (;;) {
      if (max >= 0 && parts.length === max) { parts.unshift(v.slice(0, end)); break; }
      const j = v.lastIndexOf(sep, end - sep.length);
      if (j < 0 || end - sep.length < 0) { parts.unshift(v.slice(0, end)); break; }
      parts.unshift(v.slice(j + sep.length, end));
      end = j;
    }
  }
  return splitResult(self, v, sep, max, parts);
});
def(T.str, 'splitlines', (self, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  const keep = (pos[0] ?? kws.get('keepends')) ? ops.truthy((pos[0] ?? kws.get('keepends'))!) : false;
  const v = s(self);
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(v))) { out.push(v.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
  if (last < v.length) out.push(v.slice(last));
  // Objects/stringlib/split.h: splitlines — a first line that is the whole string is the string itself
  return appendedList(splitItems(self, out, true));
});
def(T.str, 'join', (self, a) => {
  argCount('join', a, 1, 1);
  const parts: string[] = [];
  let i = 0;
  ops.forEach(a[0], (x) => {
    if (!(x instanceof PyStr)) typeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
    parts.push(x.v); i++;
  });
  // Objects/stringlib/join.h: a single exact str item is returned itself
  if (parts.length === 1) {
    const only = ops.toArray(a[0]);
    const it = only.length === 1 && only[0].type === T.str ? only[0] : null;
    for (const x of only) if (x !== it) decref(x);
    if (it) return it;
  }
  const r = parts.join(s(self));
  checkLen(r.length);
  return newStr(r);
});
def(T.str, 'replace', (self, a) => {
  argCount('replace', a, 2, 3);
  const old = argStr(a[0], 'replace', 1), nw = argStr(a[1], 'replace', 2);
  let count = a.length > 2 ? Number((a[2] as PyInt).v) : -1;
  const v = s(self);
  if (count < 0) count = Infinity;
  let out = '', i = 0, done = 0;
  if (old === '') {
    const c = Array.from(v);
    for (let k = 0; k <= c.length; k++) {
      if (done < count) { out += nw; done++; }
      if (k < c.length) out += c[k];
    }
    return newStr(out);
  }
  while (done < count) {
    const j = v.indexOf(old, i);
    if (j < 0) break;
    out += v.slice(i, j) + nw;
    i = j + old.length;
    done++;
  }
  out += v.slice(i);
  checkLen(out.length);
  return newStrFilled(out);
});
for (const [name, rev] of [['partition', false], ['rpartition', true]] as const) {
  def(T.str, name, (self, a) => {
    const sep = argStr(a[0], name);
    if (sep === '') raise('ValueError', 'empty separator');
    const v = s(self);
    const j = rev ? v.lastIndexOf(sep) : v.indexOf(sep);
    // Objects/stringlib/partition.h: not found — the string itself (an exact str) and two empty strings
    const whole = (): PyObject => (self.type === T.str ? incref(self) : newStr(v));
    if (j < 0) return rev ? newTuple([newStr(''), newStr(''), whole()]) : newTuple([whole(), newStr(''), newStr('')]);
    return newTuple([newStr(v.slice(0, j)), newStr(sep), newStr(v.slice(j + sep.length))]);
  });
}

// --- padding
function fillArg(a: PyObject[], name: string): string {
  if (a.length < 2) return ' ';
  const f = a[1];
  if (!(f instanceof PyStr) || f.len !== 1) typeError(`The fill character must be exactly one character long`);
  return (f as PyStr).v;
}
def(T.str, 'center', (self, a) => {
  argCount('center', a, 1, 2);
  const x = self as PyStr, w = asIntArg(a[0]), f = fillArg(a, 'center');
  if (w <= x.len) return newStr(x.v);
  const marg = w - x.len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return newStr(f.repeat(left) + x.v + f.repeat(marg - left));
});
def(T.str, 'ljust', (self, a) => { const x = self as PyStr, w = asIntArg(a[0]); return newStr(w <= x.len ? x.v : x.v + fillArg(a, 'ljust').repeat(w - x.len)); });
def(T.str, 'rjust', (self, a) => { const x = self as PyStr, w = asIntArg(a[0]); return newStr(w <= x.len ? x.v : fillArg(a, 'rjust').repeat(w - x.len) + x.v); });
def(T.str, 'zfill', (self, a) => {
  const x = self as PyStr, w = asIntArg(a[0]);
  if (w <= x.len) return newStr(x.v);
  const v = x.v;
  const sign = v[0] === '+' || v[0] === '-' ? v[0] : '';
  return newStr(sign + '0'.repeat(w - x.len) + v.slice(sign.length));
});
def(T.str, 'expandtabs', (self, a) => {
  const ts = a.length ? asIntArg(a[0]) : 8;
  let out = '', col = 0;
  for (const c of s(self)) {
    if (c === '\t') { if (ts > 0) { const n = ts - (col % ts); out += ' '.repeat(n); col += n; } }
    else if (c === '\n' || c === '\r') { out += c; col = 0; }
    else { out += c; col++; }
  }
  return newStr(out);
});

// --- formatting & encoding
def(T.str, 'format', (self, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  // Objects/stringlib/unicode_format.h: the writer adopts a whole piece written into it first —
  // a format without fields is the string itself, "{}".format(s) is s
  const f = s(self);
  if (!f.includes('{') && !f.includes('}') && self.type === T.str) return incref(self);
  if ((f === '{}' || f === '{0}') && pos.length >= 1 && pos[0].type === T.str) return incref(pos[0]);
  // str.format is METH_VARARGS | METH_KEYWORDS: its positional arguments are in a tuple for the call
  for (const o of pos) incref(o);
  try {
    return newStr(holding("str.format's argument tuple (Objects/unicodeobject.c: unicode_format, METH_VARARGS)", pos, () => strFormat(f, pos, kws)));
  } finally { for (const o of pos) decref(o); }
});
def(T.str, 'format_map', (self, a) => {
  const m = new Map<string, PyObject>();
  const mapping = a[0];
  // look keys up lazily through the mapping
  const proxy = new Proxy(m, { get: (t, p) => (p === 'get' ? (k: string) => { const key = newStr(k); try { return ops.getitem(mapping, key); } finally { decref(key); } } : (t as any)[p]) });
  return newStr(strFormat(s(self), [], proxy as Map<string, PyObject>));
});
/** The errors argument of str.encode / bytes.decode (positional 2nd or keyword), 'strict' by default. */
function errorsArg(pos: PyObject[], kws: Map<string, PyObject>): string {
  const e = pos[1] ?? kws.get('errors');
  if (e === undefined) return 'strict';
  if (!(e instanceof PyStr)) return notSupported('an errors argument that is not a str');
  return e.v;
}
def(T.str, 'encode', (self, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  const enc = (pos[0] ?? kws.get('encoding')) as PyStr | undefined;
  const e = enc ? enc.v.toLowerCase().replace('_', '-') : 'utf-8';
  const errors = errorsArg(pos, kws);
  if (e === 'utf-8' || e === 'utf8') return newBytes(encodeUtf8(s(self), errors));
  if (e === 'ascii' || e === 'latin-1' || e === 'latin1') return newBytes(encodeUcs1(self, s(self), e === 'ascii' ? 'ascii' : 'latin-1', errors));
  return notSupported(`the '${e}' codec`);
});
function ascii1(cp: number): string { return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0'); }
// str.maketrans / str.translate: translate.ts

// ------------------------------------------------------------------ bytes
function b(o: PyObject): Uint8Array { return (o as PyBytes).v; }
def(T.bytes, '__len__', (self) => newInt(b(self).length));
def(T.bytes, '__getitem__', (self, a) => {
  const v = b(self), k = a[0];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, v.length);
    // Objects/bytesobject.c: bytes_subscript — the whole of an exact bytes object is itself
    if (step === 1 && n === v.length && self.type === T.bytes) return incref(self);
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = v[j];
    return newBytes(out);
  }
  let i = asIndex(k, 'byte indices');
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) raise('IndexError', 'index out of range');
  return newInt(v[i]);
});
// Objects/bytesobject.c: bytes_iter — a striterobject over the bytes object itself
def(T.bytes, '__iter__', (self) => newNative(T.bytes_iterator, [self], ['bytes'], 0));
// Objects/bytesobject.c: bytes_hash — _Py_HashBytes over the buffer (strhash.ts)
def(T.bytes, '__hash__', (self) => newInt(ops.exactHash(hashBuffer(b(self)))));
def(T.bytes, '__eq__', (self, a) => {
  if (!(a[0] instanceof PyBytes)) return NotImplemented;
  const x = b(self), y = b(a[0]);
  return newBool(x.length === y.length && x.every((c, i) => c === y[i]));
});
def(T.bytes, '__add__', (self, a) => {
  if (!(a[0] instanceof PyBytes)) return NotImplemented;
  const x = b(self), y = b(a[0]);
  // Objects/bytesobject.c: bytes_concat — an empty operand gives back the other one (exact bytes)
  if (!y.length && self.type === T.bytes) return incref(self);
  if (!x.length && a[0].type === T.bytes) return incref(a[0]);
  const out = new Uint8Array(x.length + y.length); out.set(x); out.set(y, x.length);
  return newBytes(out);
});
def(T.bytes, '__contains__', (self, a) => {
  const v = b(self);
  // Objects/bytes_methods.c: _Py_bytes_contains — an int is a byte value, else a bytes-like object
  if (a[0] instanceof PyInt) {
    const n = a[0].v;
    if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
    return newBool(v.includes(Number(n)));
  }
  if (!(a[0] instanceof PyBytes) && a[0].type !== T.bytearray && !a[0].type.isSubtypeOf(T.bytearray)) typeError(`a bytes-like object is required, not '${a[0].type.name}'`);
  const sub = b(a[0]);
  outer: for (let i = 0; i + sub.length <= v.length; i++) { for (let j = 0; j < sub.length; j++) if (v[i + j] !== sub[j]) continue outer; return True; }
  return False;
});
def(T.bytes, 'decode', (self, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  const enc = (pos[0] ?? kws.get('encoding')) as PyStr | undefined;
  const e = enc ? enc.v.toLowerCase().replace('_', '-') : 'utf-8';
  const errors = errorsArg(pos, kws);
  if (e === 'utf-8' || e === 'utf8') return newStr(decodeUtf8(b(self), errors));
  if (e === 'ascii') return newStr(decodeAscii(self, b(self), errors));
  if (e === 'latin-1' || e === 'latin1') return newStr(String.fromCharCode(...b(self)));
  return notSupported(`the '${e}' codec`);
});
def(T.bytes, 'upper', (self) => newBytesFilled(b(self).map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
def(T.bytes, 'lower', (self) => newBytesFilled(b(self).map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
T.bytes.newFn = (_t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  if (!pos.length) return newBytes(new Uint8Array(0));
  const o = pos[0];
  // Objects/bytesobject.c: bytes_new_impl → PyBytes_FromObject — an exact bytes object is returned itself
  if (o.type === T.bytes && pos.length === 1 && _t === T.bytes) return incref(o);
  // bytes_new_impl: an object with __bytes__ (_PyObject_LookupSpecial) is converted by it, before the str/int/iterable cases
  const bm = pos.length === 1 && !kws.size && !(o instanceof PyBytes) ? o.type.lookup('__bytes__') : undefined;
  if (bm) {
    const r = callSpecial(bm, o, [], null);
    if (!(r instanceof PyBytes)) { const n = r.type.name; decref(r); typeError(`__bytes__ returned non-bytes (type ${n})`); }
    if (_t !== T.bytes) { decref(r); notSupported('a bytes subclass made from an object with __bytes__'); }
    return r;
  }
  if (o instanceof PyStr) {
    const enc = pos[1] ?? kws.get('encoding');
    if (!enc) typeError('string argument without an encoding');
    // Objects/bytesobject.c: bytes_new_impl — the str's own encode()
    return callMethod(o, "encode", [enc!]);
  }
  if (o instanceof PyInt) {
    const n = Number(o.v);
    if (n < 0) raise('ValueError', 'negative count');
    if (n > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to allocate ${n.toLocaleString('en-US')} bytes`);
    return newBytesFilled(new Uint8Array(n));
  }
  const vals: number[] = [];
  ops.forEach(o, (x) => {
    if (!(x instanceof PyInt)) typeError(`'${x.type.name}' object cannot be interpreted as an integer`);
    const v = Number(x.v);
    if (v < 0 || v > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    vals.push(v);
  });
  return newBytes(Uint8Array.from(vals));
};
void bytesRepr; void PyFloat; void noKw;

// Objects/unicodeobject.c: unicode_result_unchanged — these return the string itself (an exact str) when
// nothing changes: strip/lstrip/rstrip, replace (nothing found, count 0, same text), center/ljust/rjust/zfill
// (width not larger), removeprefix/removesuffix (no match), expandtabs (no tab)
for (const name of ['strip', 'lstrip', 'rstrip', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'removeprefix', 'removesuffix', 'expandtabs']) {
  const d = T.str.attrs.get(name) as any;
  if (!d || typeof d.fn !== 'function') continue;
  const inner = d.fn;
  d.fn = (self: PyObject, a: PyObject[], kw: string[] | null) => {
    const r = inner(self, a, kw);
    if (self.type === T.str && r instanceof PyStr && r !== self && r.v === (self as PyStr).v) { decref(r); return incref(self); }
    return r;
  };
}
