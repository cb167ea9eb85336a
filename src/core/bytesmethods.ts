// The common methods of bytes (Objects/bytesobject.c, Objects/bytes_methods.c,
// Objects/stringlib/*). A bytes value is worked on as a "binary string": one
// JavaScript char per byte (0-255), so JavaScript's string search is byte search.
// Whitespace and letter classes are ASCII only (Python/pyctype.c), unlike str's.

import { PyObject, PyBytes, PyInt, PyTuple, PyStr } from './object.js';
import { T } from './types.js';
import { R, None, newBool, newInt, newList, newBytes, newStr, raise, typeError, asIndex, asIntArg, asSliceIndex, notSupported, decref, incref } from './rt.js';
import * as ops from './ops.js';
import { defMethod as def } from './classes.js';
import { parseArgs } from './stdlib/util.js';
import { splitList, appendedList } from './splitlist.js';

const bin = (o: PyObject): string => latin1((o as PyBytes).v);
function latin1(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 8192) s += String.fromCharCode(...v.subarray(i, i + 8192));
  return s;
}
function fromBin(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return newBytes(out);
}
const typeName = (o: PyObject): string => o.type.name;
/** Objects/bytesobject.c: an unchanged result is the object itself for an exact bytes (a new reference), else a copy. */
const same = (self: PyObject): PyObject => (self.type === T.bytes ? incref(self) : fromBin(bin(self)));

/** Objects/abstract.c: PyObject_GetBuffer's refusal, as bytes methods word it. */
function bytesArg(o: PyObject): string {
  if (o instanceof PyBytes) return bin(o);
  return typeError(`a bytes-like object is required, not '${typeName(o)}'`);
}
/** Objects/bytes_methods.c: parse_args_finds_byte — a bytes-like object or an int in range(256). */
function subArg(o: PyObject): string {
  if (o instanceof PyInt) {
    const n = Number(o.v);
    if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  if (o instanceof PyBytes) return bin(o);
  return typeError(`argument should be integer or bytes-like object, not '${typeName(o)}'`);
}
/**
 * start/end of find/count/startswith: None or an index (Objects/stringlib/find.h:
 * ADJUST_INDICES) — negative ones count from the end, end is clamped to the
 * length, start is not (a start past the end finds nothing, not even b"").
 */
function span(len: number, start: PyObject | undefined, end: PyObject | undefined): [number, number] {
  const idx = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === None) return dflt;
    let n = asSliceIndex(o);
    if (n < 0) { n += len; if (n < 0) n = 0; }
    return n;
  };
  return [idx(start, 0), Math.min(idx(end, len), len)];
}

const ASCII_SPACE = ' \t\n\r\x0b\x0c';
const isSpace = (c: string): boolean => ASCII_SPACE.includes(c);

// ---------------------------------------------------------------- split
function splitArgs(name: string, a: PyObject[], kw: string[] | null): [string | null, number] {
  const [sep, mx] = parseArgs(name, a, kw, ['sep', 'maxsplit'], 0);
  const max = mx === undefined ? -1 : asIntArg(mx);
  if (sep === undefined || sep === None) return [null, max];
  const s = bytesArg(sep);
  if (s === '') raise('ValueError', 'empty separator');
  return [s, max];
}
function splitSpace(v: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < v.length) {
    while (i < v.length && isSpace(v[i])) i++;
    if (i >= v.length) break;
    // Objects/stringlib/split.h: split_whitespace — past maxsplit, the rest from its first non-space to the end
    if (max >= 0 && out.length === max) { out.push(v.slice(i)); break; }
    let j = i;
    while (j < v.length && !isSpace(v[j])) j++;
    out.push(v.slice(i, j));
    i = j;
  }
  return out;
}
function splitSep(v: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const j = max >= 0 && out.length === max ? -1 : v.indexOf(sep, i);
    if (j < 0) { out.push(v.slice(i)); return out; }
    out.push(v.slice(i, j));
    i = j + sep.length;
  }
}
const rev = (s: string): string => s.split('').reverse().join('');
def(T.bytes, 'split', (self, a, kw) => {
  const [sep, max] = splitArgs('split', a, kw);
  const v = bin(self);
  const parts = sep === null ? splitSpace(v, max) : splitSep(v, sep, max);
  return splitList(bytesSplitItems(self, v, parts, sep === null ? max !== 0 : true), max < 0 ? Infinity : max);
});
def(T.bytes, 'rsplit', (self, a, kw) => {
  const [sep, max] = splitArgs('rsplit', a, kw);
  // splitting the reversed bytes from the left is splitting from the right
  const v = bin(self);
  const parts = (sep === null ? splitSpace(rev(v), max) : splitSep(rev(v), rev(sep), max)).reverse().map(rev);
  return splitList(bytesSplitItems(self, v, parts, sep === null ? max !== 0 : true), max < 0 ? Infinity : max);
});
def(T.bytes, 'splitlines', (self, a, kw) => {
  const [ke] = parseArgs('splitlines', a, kw, ['keepends'], 0, 1);
  const keep = ke !== undefined && ops.truthy(ke);
  const v = bin(self);
  // Objects/stringlib/split.h: splitlines — bytes break lines at \n, \r and \r\n only
  const out: string[] = [];
  const re = /\r\n|[\n\r]/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(v))) { out.push(v.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
  if (last < v.length) out.push(v.slice(last));
  return appendedList(bytesSplitItems(self, v, out, true));
});
/** Objects/stringlib/split.h: an exact bytes object split into one part that is all of it is handed back itself. */
function bytesSplitItems(self: PyObject, v: string, parts: string[], whole: boolean): PyObject[] {
  if (whole && parts.length === 1 && parts[0] === v && self.type === T.bytes) return [incref(self)];
  return parts.map(fromBin);
}

// ---------------------------------------------------------------- strip
function stripper(name: string, left: boolean, right: boolean): void {
  def(T.bytes, name, (self, a, kw) => {
    const [chars] = parseArgs(name, a, kw, ['bytes'], 0, 1);
    const set = chars === undefined || chars === None ? ASCII_SPACE : bytesArg(chars);
    const v = bin(self);
    let i = 0, j = v.length;
    if (left) while (i < j && set.includes(v[i])) i++;
    if (right) while (j > i && set.includes(v[j - 1])) j--;
    return i === 0 && j === v.length ? same(self) : fromBin(v.slice(i, j));
  });
}
stripper('strip', true, true);
stripper('lstrip', true, false);
stripper('rstrip', false, true);

// ---------------------------------------------------------------- search
function finder(name: string, fromRight: boolean, raises: boolean): void {
  def(T.bytes, name, (self, a, kw) => {
    const [sub, start, end] = parseArgs(name, a, kw, ['sub', 'start', 'end'], 1, 3);
    const v = bin(self), s = subArg(sub!);
    const [i, j] = span(v.length, start, end);
    let at = -1;
    if (j - i >= s.length) {
      const hay = v.slice(i, j);
      const k = fromRight ? hay.lastIndexOf(s) : hay.indexOf(s);
      if (k >= 0) at = i + k;
    }
    if (at < 0 && raises) raise('ValueError', 'subsection not found');
    return newInt(at);
  });
}
finder('find', false, false);
finder('rfind', true, false);
finder('index', false, true);
finder('rindex', true, true);
def(T.bytes, 'count', (self, a, kw) => {
  const [sub, start, end] = parseArgs('count', a, kw, ['sub', 'start', 'end'], 1, 3);
  const v = bin(self), s = subArg(sub!);
  const [i, j] = span(v.length, start, end);
  if (j - i < s.length) return newInt(0);
  if (s === '') return newInt(j - i + 1);
  let n = 0;
  for (let k = v.indexOf(s, i); k >= 0 && k + s.length <= j; k = v.indexOf(s, k + s.length)) n++;
  return newInt(n);
});
function affix(name: 'startswith' | 'endswith'): void {
  def(T.bytes, name, (self, a, kw) => {
    const [what, start, end] = parseArgs(name, a, kw, ['prefix', 'start', 'end'], 1, 3);
    const v = bin(self);
    const [i, j] = span(v.length, start, end);
    const one = (o: PyObject): boolean => {
      const s = o instanceof PyBytes ? bin(o) : typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(o)}`);
      if (j - i < s.length) return false;
      return name === 'startswith' ? v.startsWith(s, i) : v.slice(i, j).endsWith(s);
    };
    if (what instanceof PyTuple) return newBool(what.items.some(one));
    return newBool(one(what!));
  });
}
affix('startswith');
affix('endswith');

// ---------------------------------------------------------------- building
def(T.bytes, 'replace', (self, a, kw) => {
  if (kw && kw.length) typeError('bytes.replace() takes no keyword arguments');
  const [o, n, c] = parseArgs('replace', a, kw, ['old', 'new', 'count'], 2, 3);
  const v = bin(self), old = bytesArg(o!), nw = bytesArg(n!);
  const count = c === undefined ? -1 : asIntArg(c);
  if (count === 0) return same(self);
  let out = '', done = 0, i = 0;
  if (old === '') {
    // Objects/bytesobject.c: replace_interleave — the new bytes before every byte and at the end
    for (; i <= v.length && (count < 0 || done < count); i++, done++) out += nw + (i < v.length ? v[i] : '');
    return fromBin(out + v.slice(i));
  }
  for (;;) {
    const k = count >= 0 && done >= count ? -1 : v.indexOf(old, i);
    if (k < 0) break;
    out += v.slice(i, k) + nw;
    i = k + old.length;
    done++;
  }
  return done === 0 ? same(self) : fromBin(out + v.slice(i));
});
def(T.bytes, 'join', (self, a, kw) => {
  const [it] = parseArgs('join', a, kw, ['iterable_of_bytes'], 1, 1);
  // Objects/stringlib/join.h: a single exact bytes item is returned itself
  if (self.type === T.bytes) {
    const only = ops.toArray(it!);
    const one = only.length === 1 && only[0].type === T.bytes ? only[0] : null;
    for (const x of only) if (x !== one) decref(x);
    if (one) return one;
  }
  const parts: string[] = [];
  let k = 0;
  ops.forEach(it!, (x) => {
    if (!(x instanceof PyBytes)) typeError(`sequence item ${k}: expected a bytes-like object, ${typeName(x)} found`);
    parts.push(bin(x));
    k++;
  });
  return fromBin(parts.join(bin(self)));
});
function trim(name: 'removeprefix' | 'removesuffix'): void {
  def(T.bytes, name, (self, a, kw) => {
    const [x] = parseArgs(name, a, kw, [name === 'removeprefix' ? 'prefix' : 'suffix'], 1, 1);
    const v = bin(self), s = bytesArg(x!);
    if (s === '') return same(self);
    if (name === 'removeprefix') return v.startsWith(s) ? fromBin(v.slice(s.length)) : same(self);
    return v.endsWith(s) ? fromBin(v.slice(0, v.length - s.length)) : same(self);
  });
}
trim('removeprefix');
trim('removesuffix');

// ---------------------------------------------------------------- ASCII classes (Python/pyctype.c)
const upper = (c: string): boolean => c >= 'A' && c <= 'Z';
const lower = (c: string): boolean => c >= 'a' && c <= 'z';
const digit = (c: string): boolean => c >= '0' && c <= '9';
function predicate(name: string, each: (c: string) => boolean): void {
  def(T.bytes, name, (self) => { const v = bin(self); return newBool(v.length > 0 && [...v].every(each)); });
}
predicate('isdigit', digit);
predicate('isalpha', (c) => upper(c) || lower(c));
predicate('isalnum', (c) => upper(c) || lower(c) || digit(c));
predicate('isspace', isSpace);
def(T.bytes, 'isascii', (self) => newBool([...bin(self)].every((c) => c < '\x80')));
// Objects/bytes_methods.c: _Py_bytes_islower/isupper — at least one cased byte, none of the other case
def(T.bytes, 'islower', (self) => { const v = [...bin(self)]; return newBool(v.some(lower) && !v.some(upper)); });
def(T.bytes, 'isupper', (self) => { const v = [...bin(self)]; return newBool(v.some(upper) && !v.some(lower)); });

// ---------------------------------------------------------------- hex
/** Objects/bytesobject.c: bytes.hex(sep=<unset>, bytes_per_sep=1) (Python/pystrhex.c). */
def(T.bytes, 'hex', (self, a, kw) => {
  const [sep, per] = parseArgs('hex', a, kw, ['sep', 'bytes_per_sep'], 0);
  const hex = Array.from((self as PyBytes).v, (x) => x.toString(16).padStart(2, '0'));
  if (sep === undefined) return newStr(hex.join(''));
  const s = sep instanceof PyStr ? sep.v : sep instanceof PyBytes ? bin(sep) : typeError(`sep must be str or bytes.`);
  if (s.length !== 1) raise('ValueError', 'sep must be length 1.');
  if (s > '\x7f') raise('ValueError', 'sep must be ASCII.');
  if (per !== undefined && Number(asIndex(per)) !== 1) return notSupported('bytes.hex() with bytes_per_sep other than 1');
  return newStr(hex.join(s));
});
/** Objects/bytesobject.c: _PyBytes_FromHex — pairs of hex digits, ASCII whitespace allowed between pairs. */
def(T.bytes, 'fromhex', (_c, a, kw) => {
  const [arg] = parseArgs('fromhex', a, kw, ['string'], 1, 1);
  if (!(arg instanceof PyStr)) typeError(`fromhex() argument must be str, not ${typeName(arg!)}`);
  const h = (arg as PyStr).v;
  const out: number[] = [];
  const hexv = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  for (let i = 0; i < h.length;) {
    if (isSpace(h[i])) { i++; continue; }
    const hi = hexv(h[i]), lo = hexv(h[i + 1]);
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (lo < 0 && i + 1 >= h.length && R.rules.msg.fromhexOdd) raise('ValueError', R.rules.msg.fromhexOdd);
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return newBytes(Uint8Array.from(out));
}, 'class');
