// bytearray (Objects/bytearrayobject.c). A bytearray is a PyBytes-like object
// whose contents can change, plus the C object's allocation state: ob_alloc
// (what sys.getsizeof reports beyond the 56-byte struct) and the logical offset
// ob_start - ob_bytes that deleting from the front leaves behind. Every rule
// below was measured identical on 3.11.7 and 3.14.10 (tests/stdlib/bytearray.test.ts).

import { checkKwNames } from './kwcheck.js';
import { PyObject, PyBytes, PyInt, PyFloat, PyStr, PySlice, PyList, PyTuple, PyType } from './object.js';
import { T } from './types.js';
import {
  R, None, NotImplemented, newInt, newBool, newBytes, newBytesFilled, newList, incref, decref, raise, typeError,
  argCount, splitKw, notSupported, callMethod, asIndex, newNative,
} from './rt.js';
import * as ops from './ops.js';
import { defMethod as def } from './classes.js';
import { sliceIndices } from './slice.js';
import { LimitExceeded, PyExc } from './errors.js';

export class PyByteArray extends PyBytes {
  /** ob_alloc: bytes allocated for ob_bytes (0 when ob_bytes is NULL). */
  alloc = 0;
  /** ob_start - ob_bytes: bytes dropped from the front without reallocating. */
  offset = 0;
}

const ba = (o: PyObject): PyByteArray => o as PyByteArray;

function checkAlloc(n: number): void {
  if (n > R.limits.maxAlloc) throw new LimitExceeded('heap', `the program tried to allocate ${n.toLocaleString('en-US')} bytes`);
}

/** Objects/bytearrayobject.c: PyByteArray_FromStringAndSize — alloc = size + 1, or no buffer at all when empty. */
export function newByteArray(v: Uint8Array, type: PyType = T.bytearray): PyByteArray {
  checkAlloc(v.length);
  const o = new PyByteArray(type, v);
  o.alloc = v.length === 0 ? 0 : v.length + 1;
  return o;
}

/**
 * Objects/bytearrayobject.c: PyByteArray_Resize (bytearray_resize_lock_held in 3.14) —
 * only the allocation bookkeeping; callers then store the new contents.
 */
function resize(o: PyByteArray, size: number, cur = o.v.length): void {
  if (size === cur) return;
  checkAlloc(size);
  let alloc = o.alloc;
  if (size + o.offset + 1 <= alloc) {
    // the buffer is large enough: below half of it, shrink to the exact size; otherwise keep it
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else return; // minor downsize: quick exit, ob_start stays where it is
  } else if (size <= alloc * 1.125) {
    // moderate upsize: overallocate similar to list_resize()
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // major upsize: exact size
    alloc = size + 1;
  }
  o.alloc = alloc;
  o.offset = 0;
}

function setContents(o: PyByteArray, v: Uint8Array): void { resize(o, v.length); o.v = v; }

/** Objects/bytearrayobject.c: _getbytevalue — an integer (via __index__) in range(0, 256). */
function byteValue(x: PyObject): number {
  let n: number;
  if (x instanceof PyInt) n = typeof x.v === 'number' ? x.v : (x.v > 0n ? 256 : -1);
  else if (x.type.lookup('__index__')) n = idx(x);
  else return typeError(`'${x.type.name}' object cannot be interpreted as an integer`);
  if (n < 0 || n >= 256) raise('ValueError', 'byte must be in range(0, 256)');
  return n;
}

/** PyNumber_AsSsize_t for a Py_ssize_t argument or an index. */
function idx(x: PyObject): number {
  if (!(x instanceof PyInt) && !x.type.lookup('__index__')) typeError(`'${x.type.name}' object cannot be interpreted as an integer`);
  return asIndex(x);
}

const isIterable = (o: PyObject): boolean => {
  const m = o.type.lookup('__iter__');
  return (m !== undefined && m !== None) || o.type.lookup('__getitem__') !== undefined;
};

/** Objects/bytearrayobject.c: bytearray_setslice_linear — replace [lo:hi] with `bytes`. */
function setSliceLinear(o: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  const v = o.v, size = v.length;
  const growth = bytes.length - (hi - lo);
  const out = new Uint8Array(size + growth);
  out.set(v.subarray(0, lo)); out.set(bytes, lo); out.set(v.subarray(hi), lo + bytes.length);
  if (growth < 0) {
    // deleting from the front advances ob_start instead of moving the tail
    if (lo === 0) o.offset += -growth;
    resize(o, size + growth);
  } else if (growth > 0) {
    resize(o, size + growth);
  }
  o.v = out;
}

/** Objects/bytearrayobject.c: bytearray___init___impl on a fresh (empty, ob_alloc 0) object. */
function init(o: PyByteArray, args: PyObject[], kw: string[] | null): void {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length > 3) typeError(`bytearray() takes at most 3 arguments (${pos.length} given)`);
  const arg = pos[0] ?? kws.get('source');
  const enc = pos[1] ?? kws.get('encoding');
  const errors = pos[2] ?? kws.get('errors');
  if (arg === undefined) {
    if (enc !== undefined || errors !== undefined) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  if (arg instanceof PyStr) {
    if (enc === undefined) typeError('string argument without an encoding');
    if (errors !== undefined) notSupported('bytearray(str, encoding, errors)');
    // PyUnicode_AsEncodedString, then bytearray_iconcat
    const encoded = callMethod(arg, 'encode', [enc!]) as PyBytes;
    try { setContents(o, encoded.v.slice()); } finally { decref(encoded); }
    return;
  }
  if (enc !== undefined || errors !== undefined) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  if (arg instanceof PyInt) {
    const n = typeof arg.v === 'number' ? arg.v : (arg.v > 0n ? Infinity : -Infinity);
    if (n === Infinity || n === -Infinity) raise('OverflowError', `cannot fit 'int' into an index-sized integer`);
    if (n < 0) raise('ValueError', 'negative count');
    if (n > 0) setContents(o, new Uint8Array(n));
    return;
  }
  if (arg.type.lookup('__index__')) return notSupported('bytearray() of an object with __index__');
  if (arg instanceof PyBytes) { setContents(o, arg.v.slice()); return; } // the buffer API
  if (arg.type === T.list || arg.type === T.tuple) {
    // fast path for exact lists and tuples: size it once, fall back when an item is not an exact int
    const items = (arg as PyList | PyTuple).items;
    resize(o, items.length);
    o.v = new Uint8Array(items.length);
    let slow = false;
    for (let i = 0; i < items.length; i++) {
      if (items[i].type !== T.int) { slow = true; break; }
      o.v[i] = byteValue(items[i]);
    }
    if (!slow) return;
    resize(o, 0); o.v = new Uint8Array(0);
  }
  if (!isIterable(arg)) typeError(`cannot convert '${arg.type.name}' object to bytearray`);
  const out: number[] = [];
  ops.forEach(arg, (x) => {
    const b = byteValue(x);
    // append one byte: a bump while size + 1 < ob_alloc, else PyByteArray_Resize(size + 1)
    const n = out.length;
    if (!(n + 1 < o.alloc)) resize(o, n + 1, n);
    out.push(b);
  });
  o.v = Uint8Array.from(out);
}

T.bytearray.newFn = (t, args, kw) => {
  checkKwNames('bytearray', kw, ['source', 'encoding', 'errors'], args.length, 3);
  if (t !== T.bytearray) return notSupported('subclasses of bytearray');
  const o = newByteArray(new Uint8Array(0));
  try { init(o, args, kw); } catch (e) { decref(o); throw e; }
  return o;
};
T.bytearray.attrs.set('__hash__', None);
// Objects/bytearrayobject.c: bytearray_sizeof — sizeof(PyByteArrayObject) (56) + ob_alloc
(T.bytearray as any).sizeof = (o: PyObject) => 56 + ba(o).alloc;

/** The bytes of a buffer-protocol object (bytes, bytearray), or undefined. */
const bufferOf = (o: PyObject): Uint8Array | undefined => (o instanceof PyBytes ? o.v : undefined);

def(T.bytearray, '__len__', (self) => newInt(ba(self).v.length));
def(T.bytearray, '__getitem__', (self, a) => {
  // Objects/bytearrayobject.c: bytearray_subscript
  const v = ba(self).v, k = a[0];
  if (k instanceof PyInt || (!(k instanceof PySlice) && k.type.lookup('__index__'))) {
    let i = idx(k);
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) raise('IndexError', 'bytearray index out of range');
    return newInt(v[i]);
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, v.length);
    const out = new Uint8Array(Math.max(n, 0));
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = v[j];
    return newByteArray(out);
  }
  return typeError(`bytearray indices must be integers or slices, not ${k.type.name}`);
});

/** Objects/bytearrayobject.c: bytearray_ass_subscript (values null: del). */
function assSubscript(o: PyByteArray, index: PyObject, values: PyObject | null): void {
  let start: number, stop: number, step: number, slicelen: number;
  if (index instanceof PyInt || (!(index instanceof PySlice) && index.type.lookup('__index__'))) {
    let i = idx(index);
    // GH-91153: the value is checked before the index
    const ival = values ? byteValue(values) : -1;
    if (i < 0) i += o.v.length;
    if (i < 0 || i >= o.v.length) raise('IndexError', 'bytearray index out of range');
    if (values) { o.v[i] = ival; return; }
    start = i; stop = i + 1; step = 1; slicelen = 1;
  } else if (index instanceof PySlice) {
    [start, stop, step, slicelen] = sliceIndices(index, o.v.length);
  } else {
    return typeError(`bytearray indices must be integers or slices, not ${index.type.name}`);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = new Uint8Array(0);
  else if (values === o || values.type !== T.bytearray) {
    if (values instanceof PyInt || values instanceof PyFloat || values.type === T.complex || values instanceof PyStr) {
      typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    // a temporary bytearray made from the values (PyByteArray_FromObject)
    const tmp = T.bytearray.newFn!(T.bytearray, [values], null) as PyByteArray;
    bytes = tmp.v.slice();
    decref(tmp);
  } else bytes = (values as PyByteArray).v;
  // b[5:2] = ... inserts before 5
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) { setSliceLinear(o, start, stop, bytes); return; }
  if (bytes.length === 0) {
    if (slicelen === 0) return;
    const drop = new Set<number>();
    for (let i = 0, c = start; i < slicelen; i++, c += step) drop.add(c);
    const out = o.v.filter((_, i) => !drop.has(i));
    resize(o, out.length);
    o.v = out;
    return;
  }
  if (bytes.length !== slicelen) raise('ValueError', `attempt to assign bytes of size ${bytes.length} to extended slice of size ${slicelen}`);
  for (let i = 0, c = start; i < slicelen; i++, c += step) o.v[c] = bytes[i];
}
def(T.bytearray, '__setitem__', (self, a) => { assSubscript(ba(self), a[0], a[1]); return None; });
def(T.bytearray, '__delitem__', (self, a) => { assSubscript(ba(self), a[0], null); return None; });

// Objects/bytearrayobject.c: bytearray_iter — reads the live bytearray, so bytes appended while looping are seen
def(T.bytearray, '__iter__', (self) => newNative(T.bytearray_iterator, [self], ['bytearray'], 0));
def(T.bytearray, '__contains__', (self, a) => {
  // Objects/bytes_methods.c: _Py_bytes_contains — an int in range(256) or a bytes-like object
  const v = ba(self).v, x = a[0];
  if (x instanceof PyInt || (!(x instanceof PyBytes) && x.type.lookup('__index__'))) return newBool(v.includes(byteValue(x)));
  const sub = bufferOf(x);
  if (!sub) typeError(`a bytes-like object is required, not '${x.type.name}'`);
  outer: for (let i = 0; i + sub!.length <= v.length; i++) { for (let j = 0; j < sub!.length; j++) if (v[i + j] !== sub![j]) continue outer; return newBool(true); }
  return newBool(false);
});
// Objects/bytearrayobject.c: bytearray_richcompare — against any buffer, byte by byte
for (const [n, op] of [['__lt__', '<'], ['__le__', '<='], ['__eq__', '=='], ['__ne__', '!='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  def(T.bytearray, n, (self, a) => {
    const y = bufferOf(a[0]);
    if (!y) return NotImplemented;
    const x = ba(self).v;
    let c = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i] - y[i];
    if (c === 0) c = x.length - y.length;
    const r = op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '>' ? c > 0 : c >= 0;
    return newBool(r);
  });
}
// Objects/bytearrayobject.c: PyByteArray_Concat — a new bytearray of exactly the two sizes
def(T.bytearray, '__add__', (self, a) => {
  const y = bufferOf(a[0]);
  if (!y) typeError(`can't concat ${a[0].type.name} to bytearray`);
  const x = ba(self).v;
  const out = new Uint8Array(x.length + y!.length); out.set(x); out.set(y!, x.length);
  return newByteArray(out);
});
// Objects/bytearrayobject.c: bytearray_iconcat — PyByteArray_Resize(size + len)
def(T.bytearray, '__iadd__', (self, a) => {
  const y = bufferOf(a[0]);
  if (!y) typeError(`can't concat ${a[0].type.name} to bytearray`);
  const o = ba(self), x = o.v;
  const out = new Uint8Array(x.length + y!.length); out.set(x); out.set(y!, x.length);
  setContents(o, out);
  return incref(self);
});
function repeat(v: Uint8Array, n: number): Uint8Array {
  checkAlloc(v.length * n);
  const out = new Uint8Array(v.length * n);
  for (let i = 0; i < n; i++) out.set(v, i * v.length);
  return out;
}
const count = (n: PyObject): number | undefined => (n instanceof PyInt ? Math.max(0, idx(n)) : undefined);
// Objects/bytearrayobject.c: bytearray_repeat — PyByteArray_FromStringAndSize(size * count)
def(T.bytearray, '__mul__', (self, a) => { const k = count(a[0]); return k === undefined ? NotImplemented : newByteArray(repeat(ba(self).v, k)); });
def(T.bytearray, '__rmul__', (self, a) => { const k = count(a[0]); return k === undefined ? NotImplemented : newByteArray(repeat(ba(self).v, k)); });
// Objects/bytearrayobject.c: bytearray_irepeat — count 1 leaves it alone, else PyByteArray_Resize(size * count)
def(T.bytearray, '__imul__', (self, a) => {
  const k = count(a[0]);
  if (k === undefined) return NotImplemented;
  if (k !== 1) setContents(ba(self), repeat(ba(self).v, k));
  return incref(self);
});

// Objects/bytearrayobject.c: bytearray_append_impl — PyByteArray_Resize(n + 1)
def(T.bytearray, 'append', (self, a) => {
  argCount('bytearray.append', a, 1, 1);
  const o = ba(self), b = byteValue(a[0]);
  const out = new Uint8Array(o.v.length + 1); out.set(o.v); out[o.v.length] = b;
  setContents(o, out);
  return None;
});
// Objects/bytearrayobject.c: bytearray_extend_impl — a buffer goes straight to bytearray_setslice;
// anything else is collected in a temporary bytearray first, then appended the same way
def(T.bytearray, 'extend', (self, a) => {
  argCount('bytearray.extend', a, 1, 1);
  const o = ba(self), x = a[0];
  let add = bufferOf(x)?.slice();
  if (!add) {
    if (!isIterable(x)) typeError(`can't extend bytearray with ${x.type.name}`);
    const vals: number[] = [];
    try {
      ops.forEach(x, (it) => { vals.push(byteValue(it)); });
    } catch (e) {
      // 3.12+ names the str (3.11 reports the first character's own TypeError)
      if (x instanceof PyStr && R.rules.version !== '3.11' && e instanceof PyExc && e.exc.type.name === 'TypeError') typeError(`expected iterable of integers; got: 'str'`);
      throw e;
    }
    add = Uint8Array.from(vals);
  }
  setSliceLinear(o, o.v.length, o.v.length, add);
  return None;
});
// Objects/bytearrayobject.c: bytearray_pop_impl — PyByteArray_Resize(n - 1)
def(T.bytearray, 'pop', (self, a) => {
  argCount('pop', a, 0, 1);
  const o = ba(self), n = o.v.length;
  if (n === 0) raise('IndexError', 'pop from empty bytearray');
  let i = a.length ? idx(a[0]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
  const value = o.v[i];
  const out = new Uint8Array(n - 1); out.set(o.v.subarray(0, i)); out.set(o.v.subarray(i + 1), i);
  setContents(o, out);
  return newInt(value);
});
// Objects/bytearrayobject.c: bytearray_clear_impl — PyByteArray_Resize(0)
def(T.bytearray, 'clear', (self, a) => { argCount('bytearray.clear', a, 0, 0); setContents(ba(self), new Uint8Array(0)); return None; });
// Objects/bytearrayobject.c: bytearray_copy_impl — PyByteArray_FromStringAndSize
def(T.bytearray, 'copy', (self, a) => { argCount('bytearray.copy', a, 0, 0); return newByteArray(ba(self).v.slice()); });

// methods whose results are not bytes objects work on any buffer: bytes' own implementations
for (const name of ['decode', 'hex', 'count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith',
  'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper']) {
  const d = T.bytes.attrs.get(name) as any;
  if (d && typeof d.fn === 'function') def(T.bytearray, name, d.raw ?? d.fn);
}

// bytes(bytearray): Objects/bytesobject.c: _PyBytes_FromBuffer
const bytesNew = T.bytes.newFn!;
T.bytes.newFn = (t, args, kw) => {
  checkKwNames('bytes', kw, ['source', 'encoding', 'errors'], args.length, 3);
  if (t === T.bytes && args.length === 1 && !kw && args[0].type === T.bytearray) return newBytesFilled(ba(args[0]).v.slice());
  return bytesNew(t, args, kw);
};
