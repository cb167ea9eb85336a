// The ascii / latin-1 / utf-8 codecs with the error handlers learners use (Objects/unicodeobject.c:
// unicode_encode_ucs1, ascii_decode / PyUnicode_DecodeASCII, Python/codecs.c: the *_errors handlers).
import { PyObject, PyBytes } from './object.js';
import { EXC } from './types.js';
import { PyExc } from './errors.js';
import { notSupported, newException, newStr, newInt, newBytes, incref } from './rt.js';

/**
 * Objects/exceptions.c: UnicodeEncodeError / UnicodeDecodeError carry (encoding, object, start, end,
 * reason) as their args; their __str__ is built from those (typemethods.ts: unicodeErrorStr).
 */
function codecError(kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', codec: string, obj: PyObject, start: number, end: number, reason: string): never {
  // Objects/exceptions.c: PyUnicodeDecodeError_Create makes its object from the decoder's buffer: a new bytes
  // (`e.object is data` is False), where an encode error keeps the str itself
  const object = kind === 'UnicodeDecodeError' && obj instanceof PyBytes ? newBytes(obj.v.slice()) : incref(obj);
  const args = [newStr(codec), object, newInt(start), newInt(end), newStr(reason)];
  const e = newException(EXC[kind]!, args);
  // UnicodeEncodeError_init / UnicodeDecodeError_init keep encoding, object and reason as members too (counted
  // references besides the args tuple's: getrefcount of the str being encoded is one more while the error lives)
  e.setExtra('encoding', args[0]!); e.setExtra('object', args[1]!); e.setExtra('reason', args[4]!);
  throw new PyExc(e);
}

/** The standard error handlers modelled here; any other name is refused. */
const HANDLERS = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace'];

export function checkErrors(errors: string): void {
  if (!HANDLERS.includes(errors)) notSupported(`the '${errors}' error handler`);
}

export function hexEsc(cp: number): string {
  return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
}

/**
 * Objects/unicodeobject.c: unicode_encode_ucs1 — `limit` 128 (ascii) or 256 (latin-1). An unencodable
 * character starts a run that ends at the next encodable one ("collend"); strict names the run
 * ("characters in position 1-3"), the handlers replace each of its characters (Python/codecs.c).
 */
export function encodeUcs1(obj: PyObject, text: string, codec: 'ascii' | 'latin-1', errors: string): Uint8Array {
  checkErrors(errors);
  const limit = codec === 'ascii' ? 128 : 256;
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  const out: number[] = [];
  const put = (s: string): void => { for (const ch of s) out.push(ch.charCodeAt(0)); };
  for (let i = 0; i < cps.length;) {
    if (cps[i] < limit) { out.push(cps[i]); i++; continue; }
    let end = i + 1;
    while (end < cps.length && cps[end] >= limit) end++;
    if (errors === 'strict') codecError('UnicodeEncodeError', codec, obj, i, end, `ordinal not in range(${limit})`);
    for (let k = i; k < end; k++) {
      if (errors === 'replace') put('?');
      else if (errors === 'xmlcharrefreplace') put(`&#${cps[k]};`);
      else if (errors === 'backslashreplace') put(hexEsc(cps[k]));
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** UTF-8: a lone surrogate is refused (CPython: "surrogates not allowed"; TextEncoder writes U+FFFD). */
export function encodeUtf8(text: string, errors: string): Uint8Array {
  checkErrors(errors);
  if (/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) notSupported('encoding a lone surrogate');
  return new TextEncoder().encode(text);
}

/** Objects/unicodeobject.c: PyUnicode_DecodeASCII — each byte >= 0x80 is an error of its own. */
export function decodeAscii(obj: PyObject, bytes: Uint8Array, errors: string): string {
  checkErrors(errors);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c < 0x80) { out += String.fromCharCode(c); continue; }
    if (errors === 'strict') codecError('UnicodeDecodeError', 'ascii', obj, i, i + 1, 'ordinal not in range(128)');
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') out += '\\x' + c.toString(16).padStart(2, '0');
    else if (errors === 'xmlcharrefreplace') notSupported("decoding with the 'xmlcharrefreplace' error handler");
  }
  return out;
}

/**
 * UTF-8 with 'replace' / 'ignore': one U+FFFD per maximal invalid subsequence, which CPython's decoder
 * (Objects/stringlib/codecs.h: utf8_decode) and the WHATWG decoder (TextDecoder) both follow. Strict
 * decoding of invalid bytes is refused (CPython's message names the byte and the reason).
 */
export function decodeUtf8(bytes: Uint8Array, errors: string): string {
  checkErrors(errors);
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* invalid: below */ }
  if (errors === 'replace') return new TextDecoder('utf-8').decode(bytes);
  if (errors === 'ignore') {
    const valid = new TextDecoder('utf-8').decode(bytes);
    // a U+FFFD of the input itself could not be told from a replaced byte
    if (hasRealFffd(bytes)) notSupported('decoding invalid UTF-8 that also holds U+FFFD');
    return valid.replace(/\ufffd/g, '');
  }
  return notSupported(errors === 'strict' ? 'decoding bytes that are not valid UTF-8' : `decoding invalid UTF-8 with the '${errors}' error handler`);
}

function hasRealFffd(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  return false;
}
