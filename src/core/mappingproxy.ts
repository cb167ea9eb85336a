// mappingproxy (Objects/descrobject.c: mappingproxyobject) — the read-only view
// `C.__dict__` returns for a class, and types.MappingProxyType(mapping).
//
// A class's namespace is kept as PyType.attrs (a Map) here, not as a dict, so a
// proxy over a class builds the dict CPython would show — its entries in CPython's
// order, with the `__dict__` / `__weakref__` getset descriptors type_new adds —
// each time it is read (classDictSnapshot).
// NON-CPYTHON: while such a snapshot is in use (iterating the proxy, a view from
// .items()), it holds one more reference to each class attribute than CPython's
// live view would.

import { PyObject, PyType, PyDict, PyStr } from './object.js';
import { T } from './types.js';
import { R, True, False, newInt, newStr, newDict, incref, decref, typeError, notSupported, PyGetSet } from './rt.js';
import { dictSetStr } from './dict.js';
import * as ops from './ops.js';
import { def } from './stdlib/util.js';

class PyMappingProxy extends PyObject {
  constructor(public mapping: PyObject | null) { super(T.mappingproxy); }
  override refs(out: [string, PyObject][]): void { if (this.mapping) out.push(['mapping', this.mapping]); }
  override clear(): void { const m = this.mapping; this.mapping = null; if (m) decref(m); }
}

/** A new proxy over `mapping` (a dict, or a class whose namespace it shows). */
export function newMappingProxy(mapping: PyObject): PyObject {
  const o = new PyMappingProxy(incref(mapping));
  R.heap.track(o);
  return o;
}

T.mappingproxy.newFn = (_t, a) => {
  if (a.length !== 1) typeError(`mappingproxy() missing required argument 'mapping' (pos 1)`);
  if (!(a[0] instanceof PyDict)) typeError(`mappingproxy() argument must be a mapping, not ${a[0].type.name}`);
  return newMappingProxy(a[0]);
};

/**
 * The dict CPython keeps for class `t` (new reference). Objects/typeobject.c: type_new copies the class body's
 * namespace (without __qualname__ / __classcell__), adds the slots' member descriptors, then PyType_Ready adds
 * the __dict__ / __weakref__ getset descriptors the class introduces (type_new_descriptors, add_getset),
 * __doc__ = None when the body set none, and __hash__ = None for __eq__ without __hash__ (classes.ts: typeNew
 * records where the getsets go).
 */
export function classDictSnapshot(t: PyType): PyDict {
  if (!(t as any).userClass) {
    notSupported(`the __dict__ of the built-in type ${t.name}`, 'heapsnake models the attributes of built-in types, not the contents of their dicts');
  }
  const why = (t as any).incompleteDict as string | undefined;
  // CPython's own library code (dataclasses) reads the annotations heapsnake keeps there
  const top = (R.hooks as any)?.topCode?.();
  if (why && !(top && top.library)) notSupported(`the __dict__ of class ${t.name}`, why);
  const d = newDict();
  const at = ((t as any).getsetAt as number | undefined) ?? t.attrs.size;
  const getsets = classGetsets(t);
  let i = 0;
  for (const [k, v] of t.attrs) {
    if (i++ === at) for (const g of getsets) dictSetStr(d, g.name, g);
    dictSetStr(d, k, v);
  }
  if (i <= at) for (const g of getsets) dictSetStr(d, g.name, g);
  return d;
}

/** The getset descriptors class `t` adds (made once, interpreter-owned like the class itself). */
function classGetsets(t: PyType): PyGetSet[] {
  const names = ((t as any).addedGetsets ?? []) as string[];
  if (!names.length) return [];
  return ((t as any).getsetObjs ??= R.heap.internal(() => names.map((n) => new PyGetSet(t, n, (o) => ops.getattr(o, n)))));
}

/** The mapping a proxy reads: its dict, or a class's snapshot (a new reference either way). */
function view(p: PyObject): PyObject {
  const m = (p as PyMappingProxy).mapping!;
  return m instanceof PyType ? classDictSnapshot(m) : incref(m);
}
function withView<X>(p: PyObject, f: (m: PyObject) => X): X {
  const m = view(p);
  try { return f(m); } finally { decref(m); }
}

def(T.mappingproxy, '__repr__', (s) => withView(s, (m) => newStr(`mappingproxy(${ops.repr(m)})`)));
def(T.mappingproxy, '__str__', (s) => withView(s, (m) => newStr(ops.str(m))));
def(T.mappingproxy, '__getitem__', (s, a) => withView(s, (m) => ops.getitem(m, a[0])));
def(T.mappingproxy, '__len__', (s) => withView(s, (m) => newInt(ops.len(m))));
def(T.mappingproxy, '__contains__', (s, a) => withView(s, (m) => (ops.contains(m, a[0]) ? True : False)));
def(T.mappingproxy, '__iter__', (s) => withView(s, (m) => ops.iter(m)));
for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
  def(T.mappingproxy, name, (s, a, kw) => withView(s, (m) => {
    const f = ops.getattr(m, name);
    try { return ops.call(f, a, kw); } finally { decref(f); }
  }));
}

// Objects/descrobject.c: getset_repr / member_repr
def(T.getset_descriptor, '__repr__', (s) => newStr(`<attribute '${(s as PyGetSet).name}' of '${ownerName(s as PyGetSet)}' objects>`));
def(T.member_descriptor, '__repr__', (s) => newStr(`<member '${(s as PyGetSet).name}' of '${ownerName(s as PyGetSet)}' objects>`));
function ownerName(g: PyGetSet): string {
  const t = g.owner;
  return (t as any).tpName && !t.isHeapType ? (t as any).tpName : t.name;
}

export { PyStr };
