// str.maketrans and str.translate (Objects/unicodeobject.c: unicode_maketrans_impl, unicode_translate,
// _PyUnicode_TranslateCharmap / charmaptranslate_lookup).
import { PyObject, PyStr, PyInt, PyDict } from './object.js';
import { T, EXC } from './types.js';
import { R, None, newInt, newStr, newDict, incref, decref, raise, typeError, notSupported, isInstance, splitKw } from './rt.js';
import { PyExc } from './errors.js';
import { dictSet, dictItems } from './dict.js';
import { defMethod as def } from './classes.js';
import * as ops from './ops.js';
import { message } from './versionnote.js';

/** One code point's key: an int (the small ones are cached, PyLong_FromLong). */
function put(d: PyDict, cp: number, v: PyObject): void {
  const k = newInt(cp);
  try { dictSet(d, k, v); } finally { decref(k); }
}

/** unicode_maketrans_impl: maketrans(dict), maketrans(x, y) or maketrans(x, y, z) — a new dict. */
def(T.str, 'maketrans', (_c, a, kw) => {
  if (kw && kw.length) typeError('maketrans() takes no keyword arguments');
  if (a.length < 1 || a.length > 3) typeError(a.length < 1 ? `maketrans expected at least 1 argument, got ${a.length}` : `maketrans expected at most 3 arguments, got ${a.length}`);
  const [x, y, z] = a;
  if (y !== undefined && !(y instanceof PyStr)) typeError(`maketrans() argument 2 must be str, not ${y.type.name}`);
  if (z !== undefined && !(z instanceof PyStr)) typeError(`maketrans() argument 3 must be str, not ${z.type.name}`);
  const d = newDict();
  try {
    if (y !== undefined) {
      if (!(x instanceof PyStr)) typeError('first maketrans argument must be a string if there is a second argument');
      const xs = Array.from((x as PyStr).v), ys = Array.from((y as PyStr).v);
      if (xs.length !== ys.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
      xs.forEach((c, i) => { const v = newInt(ys[i].codePointAt(0)!); try { put(d, c.codePointAt(0)!, v); } finally { decref(v); } });
      if (z !== undefined) for (const c of (z as PyStr).v) put(d, c.codePointAt(0)!, None);
      return d;
    }
    if (!(x instanceof PyDict) || !isInstance(x, T.dict)) typeError('if you give only one argument to maketrans it must be a dict');
    if (x.type !== T.dict) notSupported('str.maketrans of a dict subclass');
    for (const [k, v] of dictItems(x as PyDict)) {
      if (k instanceof PyStr) {
        if (k.len !== 1) raise('ValueError', message('maketransKeyLength'));
        put(d, k.v.codePointAt(0)!, v);
      } else if (k instanceof PyInt) dictSet(d, k, v);
      else typeError(message('maketransKeyType'));
    }
    return d;
  } catch (e) { decref(d); throw e; }
}, 'static');

/**
 * unicode_translate: each character looked up in the table by its code point (PyObject_GetItem): a
 * LookupError keeps it, None drops it, an int is a code point, a str is inserted.
 * NON-CPYTHON guard: CPython's ASCII fast path (unicode_fast_translate) looks each distinct character up
 * only once; a table of a user-defined class could tell, so it is refused.
 */
def(T.str, 'translate', (self, a, kw) => {
  const [pos, kws] = splitKw(a, kw);
  if (kws.size) typeError('str.translate() takes no keyword arguments');
  if (pos.length !== 1) typeError(`str.translate() takes exactly one argument (${pos.length} given)`);
  const table = pos[0];
  if (table.type.isHeapType) notSupported('str.translate with a table of a user-defined class');
  let out = '';
  for (const c of (self as PyStr).v) {
    const key = newInt(c.codePointAt(0)!);
    let item: PyObject;
    try { item = ops.getitem(table, key); } catch (e) {
      if (e instanceof PyExc && isInstance(e.exc, EXC.LookupError)) { decref(e.exc); out += c; continue; }
      throw e;
    } finally { decref(key); }
    try {
      if (item === None) continue;
      if (item instanceof PyInt) {
        const v = Number(item.v);
        if (!(v >= 0 && v <= 0x10ffff)) raise('ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(v);
      } else if (item instanceof PyStr) out += item.v;
      else typeError('character mapping must return integer, None or str');
    } finally { decref(item); }
  }
  return newStr(out);
});

export { incref };
