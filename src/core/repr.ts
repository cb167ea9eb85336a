// repr() of the builtin types: Objects/*object.c *_repr functions, with
// Py_ReprEnter / Py_ReprLeave guarding self-referencing containers.

import { checkWeakRead } from './gcwatch.js';
import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, PySlice, PyBaseException, PyCell, PyNative, PyWeakref } from './object.js';
import { T } from './types.js';
import { installReprStr, None, True, False, NotImplemented, Ellipsis, R, raise, notSupported, PyGetSet, incref, decref } from './rt.js';
import { holding } from './nativeheld.js';
import { getVM } from './classes.js';
import * as ops from './ops.js';
import { floatRepr, intRepr, complexRepr } from './num.js';
import { setKeys, checkOrderKnown } from './set.js';
import { PyFunction, PyMethod, PyGenerator, PyModule } from './func.js';
import { fakeAddress } from './ops.js';
import { PyType } from './object.js';

/** Objects/unicodeobject.c: unicode_repr — quote choice and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Py_UNICODE_ISPRINTABLE approximated with Unicode general categories (Objects/unicodectype.c). */
export function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  const ch = String.fromCodePoint(c);
  // Not printable: Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space)
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
}

export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

const inRepr = new Set<PyObject>();
let reprDepth = 0;

/**
 * Objects/object.c: Py_ReprEnter/Py_ReprLeave (a container already being
 * printed shows as [...]) and the recursion guard of PyObject_Repr: 3.11
 * counts nesting against the recursion limit; 3.14 checks the C stack, whose
 * size depends on the machine, so deep nesting is refused there.
 */
function guarded(o: PyObject, empty: string, f: () => string): string {
  if (inRepr.has(o)) return empty;
  if (R.rules.version === '3.11') {
    if (reprDepth + getVM().depth >= R.rules.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded while getting the repr of an object');
  } else if (reprDepth > 500) {
    notSupported('the repr of a structure nested more than 500 levels deep on Python 3.14',
      "CPython 3.14 stops at a C-stack limit that depends on the machine, so the result cannot be predicted");
  }
  inRepr.add(o);
  reprDepth++;
  // Py_ReprEnter appends the container to the thread state's repr list (PyList_Append): a counted reference
  // while its items' reprs run, which getrefcount inside a __repr__ shows
  try { return heldRepr([o], 'repr, the thread state\'s list of containers being repr\'d (Objects/object.c: Py_ReprEnter)', f); } finally { inRepr.delete(o); reprDepth--; }
}

export function builtinRepr(o: PyObject): string | null {
  const t = o.type;
  if (o === None) return 'None';
  if (o === True) return 'True';
  if (o === False) return 'False';
  if (o === NotImplemented) return 'NotImplemented';
  if (o === Ellipsis) return 'Ellipsis';
  if (o instanceof PyInt) return intRepr(o.v);
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyComplex) return complexRepr(o.re, o.im);
  if (o instanceof PyGetSet) {
    // Objects/descrobject.c: getset_repr / member_repr (the owner's tp_name: module-qualified for a static type outside builtins)
    const ow = o.owner;
    const tn = !ow.isHeapType && ow.module && ow.module !== 'builtins' ? `${ow.module}.${ow.name}` : ow.name;
    return `<${o.type === T.member_descriptor ? 'member' : 'attribute'} '${o.name}' of '${tn}' objects>`;
  }
  if (o instanceof PyStr) return strRepr(o.v);
  if (o instanceof PyBytes) return t === T.bytearray ? `bytearray(${bytesRepr(o.v)})` : bytesRepr(o.v);
  if (o instanceof PyList) return guarded(o, '[...]', () => '[' + o.items.map((x) => listItemRepr(x)).join(', ') + ']');
  if (o instanceof PyTuple) {
    if (o.items.length === 0) return '()';
    return guarded(o, '(...)', () => o.items.length === 1 ? `(${ops.repr(o.items[0])},)` : '(' + o.items.map((x) => ops.repr(x)).join(', ') + ')');
  }
  if (o instanceof PyDict) {
    return guarded(o, '{...}', () => {
      const parts: string[] = [];
      // Objects/dictobject.c: dict_repr — Py_INCREF(key) and Py_INCREF(value) while both are repr'd
      for (const e of o.entries.slice()) if (e) parts.push(heldRepr([e.key, e.value], 'dict repr, holding the key and value (Objects/dictobject.c: dict_repr)', () => `${ops.repr(e.key)}: ${ops.repr(e.value)}`));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (o instanceof PySet) {
    const name = t === T.frozenset ? 'frozenset' : t === T.set ? '' : t.name;
    if (o.used === 0) return `${name || 'set'}()`;
    return guarded(o, `${name || t.name}(...)`, () => {
      // Objects/setobject.c: set_repr — the keys are copied into a list first (held by it), then that list is repr'd
      checkOrderKnown(o, 'printing');
      const keys = setKeys(o);
      const inner = '{' + heldRepr(keys, 'set repr, the list of its keys (Objects/setobject.c: set_repr)', () => keys.map((x) => listItemRepr(x)).join(', ')) + '}';
      return name ? `${name}(${inner})` : inner;
    });
  }
  if (o instanceof PyRange) {
    const st = o.step.v;
    return st == 1 ? `range(${intRepr(o.start.v)}, ${intRepr(o.stop.v)})` : `range(${intRepr(o.start.v)}, ${intRepr(o.stop.v)}, ${intRepr(st)})`;
  }
  if (o instanceof PySlice) return `slice(${ops.repr(o.start)}, ${ops.repr(o.stop)}, ${ops.repr(o.step)})`;
  if (o instanceof PyBaseException) {
    const args = o.args ? o.args.items : [];
    const name = t.isHeapType ? t.name : t.name;
    if (args.length === 1) return `${name}(${ops.repr(args[0])})`;
    return `${name}(${args.map((a) => ops.repr(a)).join(', ')})`;
  }
  if (o instanceof PyFunction) return `<function ${o.qualname} at 0x${fakeAddress(o).toString(16)}>`;
  if (o instanceof PyMethod) {
    const f = o.func;
    const fq = f instanceof PyFunction ? f.qualname : '?';
    return `<bound method ${fq} of ${ops.repr(o.self)}>`;
  }
  if (o instanceof PyGenerator) return `<generator object ${o.qualname} at 0x${fakeAddress(o).toString(16)}>`;
  if (o instanceof PyCell) return o.ref ? `<cell at 0x${fakeAddress(o).toString(16)}: ${o.ref.type.name} object at 0x${fakeAddress(o.ref).toString(16)}>` : `<cell at 0x${fakeAddress(o).toString(16)}: empty>`;
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
  if (o instanceof PyWeakref) {
    checkWeakRead(o);
    const r = o.referent;
    return r ? `<weakref at 0x${fakeAddress(o).toString(16)}; to '${r.type.name}' at 0x${fakeAddress(r).toString(16)}>` : `<weakref at 0x${fakeAddress(o).toString(16)}; dead>`;
  }
  if (o instanceof PyType) return null;
  void PyNative;
  return null;
}

installReprStr(ops.repr, ops.str);

/** repr() with `objs` held by the C code calling it (a new reference each, released after). */
function heldRepr(objs: PyObject[], what: string, f: () => string): string {
  for (const x of objs) incref(x);
  try { return holding(what, objs, f); } finally { for (const x of objs) decref(x); }
}
/** Objects/listobject.c: list_repr — 3.14 holds each item (Py_NewRef) while it is repr'd (version rule listReprHoldsItem). */
function listItemRepr(x: PyObject): string {
  return R.rules.listReprHoldsItem ? heldRepr([x], 'list repr, holding the item (Objects/listobject.c: list_repr)', () => ops.repr(x)) : ops.repr(x);
}
