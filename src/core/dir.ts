// dir(obj): Objects/object.c: PyObject_Dir → _dir_object calls type(obj).__dir__(obj), copies the answer
// into a new list (PySequence_List) and sorts it.
//  - object.__dir__ (Objects/typeobject.c: object___dir___impl): a copy of obj.__dict__ (read through the
//    __dict__ attribute, which materialises an instance's inline values), updated with merge_class_dict of
//    obj.__class__;
//  - type.__dir__ (type___dir___impl): merge_class_dict(cls) alone — the metaclass's names are not listed;
//  - merge_class_dict: the keys of cls.__dict__, then merge_class_dict of each of cls.__bases__.
// A built-in type's __dict__ keys and bases come from the real interpreters (cpython-typedicts.ts, one table
// per version); a class statement's __dict__ is the one heapsnake keeps (mappingproxy.ts: classDictSnapshot
// lists the same keys). Anything else (a module's namespace, a __dir__ the program defines, a built-in type
// missing from the table) raises NotSupported.
// NON-CPYTHON: the temporaries CPython makes on the way (the copy of __dict__, a mappingproxy per class, the
// list __dir__ returns) are not on the heap here; on 3.11 they only mark gc's count as inexact.

import { PyObject, PyType, PyDict, PyStr, PyList } from './object.js';
import { T } from './types.js';
import { R, incref, decref, newList, notSupported } from './rt.js';
import { dictItems } from './dict.js';
import { listExtend } from './list.js';
import { materializeDict } from './classes.js';
import { gcTransientAllocation } from './gc.js';
import { CPYTHON_TYPE_DICTS } from './cpython-typedicts.js';

/** str ordering: by code point (JavaScript's default compares UTF-16 units). */
export function codePointCompare(a: string, b: string): number {
  const A = [...a], B = [...b];
  for (let i = 0; i < Math.min(A.length, B.length); i++) {
    const x = A[i].codePointAt(0)!, y = B[i].codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return A.length - B.length;
}

/** Does a class the program wrote (in `t`'s MRO) define `name`? */
function programDefines(t: PyType, name: string): boolean {
  return t.mro.some((c) => c.isHeapType && c.attrs.has(name));
}

/** Objects/typeobject.c: merge_class_dict — the keys of `t.__dict__` and of its bases', into `out`. */
function mergeClassDict(t: PyType, out: Map<string, PyStr | null>): void {
  gcTransientAllocation(); // PyObject_GetAttr(aclass, "__dict__"): a mappingproxy
  if (t.isHeapType) {
    if (!(t as any).classStatement) notSupported(`dir() of the class ${t.name}`, 'heapsnake does not keep the full namespace of a class it made itself');
    const why = (t as any).incompleteDict as string | undefined;
    if (why) notSupported(`dir() of class ${t.name}`, why);
    for (const k of t.attrs.keys()) if (!out.has(k)) out.set(k, null);
    for (const k of ((t as any).addedGetsets ?? []) as string[]) if (!out.has(k)) out.set(k, null);
    for (const b of t.bases) mergeClassDict(b, out);
    return;
  }
  const table = CPYTHON_TYPE_DICTS[R.rules.version];
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const e = table[name];
    if (!e) notSupported(`dir() of the built-in type ${name}`, `heapsnake has no list of ${name}'s attributes for Python ${R.rules.version}`);
    for (const k of e.keys) if (!out.has(k)) out.set(k, null);
    for (const b of e.bases) walk(b);
  };
  walk(t.name);
}

/** builtin_dir with an argument (new reference to a sorted list of str). */
export function dirOf(o: PyObject): PyList {
  const names = new Map<string, PyStr | null>();
  if (o.type === T.module) notSupported('dir() of a module', 'heapsnake\'s modules lack some of the names CPython\'s have');
  if (programDefines(o.type, '__dir__')) notSupported('dir() of an object whose class defines __dir__');
  if (o instanceof PyType) {
    mergeClassDict(o, names); // type.__dir__
  } else {
    // object.__dir__: the instance's own names first (PyDict_Copy of obj.__dict__)
    if (o.dict) {
      const d = materializeDict(o) as PyDict;
      gcTransientAllocation();
      for (const [k] of dictItems(d)) {
        if (!(k instanceof PyStr) || k.type !== T.str) notSupported('dir() of an object whose __dict__ has a key that is not a str');
        names.set(k.v, k);
      }
    }
    mergeClassDict(o.type, names);
  }
  const sorted = [...names.keys()].sort(codePointCompare);
  // __dir__ answers PyDict_Keys(dict) (a list of exactly its length); PySequence_List copies it, then it is sorted
  const keys = newList(sorted.map((k) => incref(names.get(k) ?? R.intern(k))));
  const out = newList([]);
  try { listExtend(out, keys); } finally { decref(keys); }
  return out;
}
