// dir(obj): Objects/object.c: PyObject_Dir → _dir_object calls type(obj).__dir__(obj), copies the answer
// into a new list (PySequence_List) and sorts it.
//  - object.__dir__ (Objects/typeobject.c: object___dir___impl): a copy of obj.__dict__ (read through the
//    __dict__ attribute, which materialises an instance's inline values), updated with merge_class_dict of
//    obj.__class__;
//  - type.__dir__ (type___dir___impl): merge_class_dict(cls) alone — the metaclass's names are not listed;
//  - merge_class_dict: the keys of cls.__dict__, then merge_class_dict of each of cls.__bases__.
// A built-in type's __dict__ keys and bases come from the real interpreters (cpython-typedicts.ts, one table
// per version); a class statement's __dict__ is the one heapsnake keeps (mappingproxy.ts: classDictSnapshot
// lists the same keys); a __dir__ the program defines is called. Anything else (a module's namespace, a built-in type
// missing from the table) raises NotSupported.
// NON-CPYTHON: the temporaries CPython makes on the way (the copy of __dict__, a mappingproxy per class, the
// list __dir__ returns) are not on the heap here; on 3.11 they only mark gc's count as inexact.

import { PyObject, PyType, PyDict, PyStr, PyList } from './object.js';
import { T } from './types.js';
import { R, incref, decref, newList, notSupported, callMethod, callSpecial } from './rt.js';
import { listSort } from './typemethods.js';
import { dictItems } from './dict.js';
import { listExtend } from './list.js';
import { materializeDict } from './classes.js';
import { gcTransientAllocation } from './gc.js';
import { CPYTHON_TYPE_DICTS } from './cpython-typedicts.js';
import type { PyVersion } from './version.js';
import { noteRule } from './versionnote.js';

/** While tracing: what of dir()'s answer is the version's — the built-in types' names (dirNames), a class
 *  statement's 3.14 names (classBodyNames). */
function noteVersions(o: PyObject, names: Map<string, PyStr | null>, classes: PyType[]): void {
  if (!(R as any).explainer) return;
  if (classes.length) noteRule('classBodyNames');
  const other: PyVersion = R.rules.version === '3.14' ? '3.11' : '3.14';
  const theirs = new Map<string, PyStr | null>();
  try { mergeClassDict(classOf(o), theirs, other, []); } catch { noteRule('dirNames'); return; }
  for (const k of theirs.keys()) if (!names.has(k)) { noteRule('dirNames'); return; }
  for (const k of names.keys()) if (!theirs.has(k) && !(o.dict && dictHas(o, k))) { noteRule('dirNames'); return; }
}
function dictHas(o: PyObject, k: string): boolean {
  for (const [key] of dictItems(o.dict as PyDict)) if (key instanceof PyStr && key.v === k) return true;
  return false;
}

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

/** Objects/typeobject.c: merge_class_dict — the keys of `t.__dict__` and of its bases', into `out` (`v`: whose
 *  table of built-in types; `seen`: the class statements met, whose 3.14 names differ: classBodyNames). */
function mergeClassDict(t: PyType, out: Map<string, PyStr | null>, v: PyVersion, classes: PyType[]): void {
  if (t.isHeapType) {
    if (!(t as any).classStatement) notSupported(`dir() of the class ${t.name}`, 'heapsnake does not keep the full namespace of a class it made itself');
    const why = (t as any).incompleteDict as string | undefined;
    if (why) notSupported(`dir() of class ${t.name}`, why);
    classes.push(t);
    for (const k of t.attrs.keys()) if (!out.has(k)) out.set(k, null);
    for (const k of ((t as any).addedGetsets ?? []) as string[]) if (!out.has(k)) out.set(k, null);
    for (const b of t.bases) mergeClassDict(b, out, v, classes);
    return;
  }
  const table = CPYTHON_TYPE_DICTS[v];
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const e = table[name];
    if (!e) notSupported(`dir() of the built-in type ${name}`, `heapsnake has no list of ${name}'s attributes for Python ${v}`);
    for (const k of e.keys) if (!out.has(k)) out.set(k, null);
    for (const b of e.bases) walk(b);
  };
  walk(t.name);
}

/** The classes whose __dict__ dir(o) reads: `o` itself (a type) or type(o). */
function classOf(o: PyObject): PyType { return o instanceof PyType ? o : o.type; }

/** builtin_dir with an argument (new reference to a sorted list of str). */
export function dirOf(o: PyObject): PyList {
  const names = new Map<string, PyStr | null>();
  if (o.type === T.module) notSupported('dir() of a module', 'heapsnake\'s modules lack some of the names CPython\'s have');
  if (programDefines(o.type, '__dir__')) {
    // a __dir__ the program wrote: its answer, copied into a new list and sorted (a TypeError for unorderable items)
    // Objects/object.c: _dir_object — _PyObject_LookupSpecial binds __dir__
    const r = callSpecial(o.type.lookup('__dir__')!, o, []);
    const out = newList([]);
    try { listExtend(out, r); listSort(out, [], null); } catch (e) { decref(out); throw e; } finally { decref(r); }
    return out;
  }
  const v = R.rules.version;
  const classes: PyType[] = [];
  if (o instanceof PyType) {
    gcTransientAllocation(); // each class's mappingproxy (PyObject_GetAttr(aclass, "__dict__"))
    mergeClassDict(o, names, v, classes); // type.__dir__
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
    gcTransientAllocation();
    mergeClassDict(o.type, names, v, classes);
  }
  noteVersions(o, names, classes);
  const sorted = [...names.keys()].sort(codePointCompare);
  // __dir__ answers PyDict_Keys(dict) (a list of exactly its length); PySequence_List copies it, then it is sorted
  const keys = newList(sorted.map((k) => incref(names.get(k) ?? R.intern(k))));
  const out = newList([]);
  try { listExtend(out, keys); } finally { decref(keys); }
  return out;
}
