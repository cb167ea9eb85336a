// Classes the program defines are never freed by heapsnake (object.ts: PyType is
// NON-CPYTHON: not reference counted). In CPython a class is always part of a
// reference cycle — Objects/typeobject.c: its __mro__ tuple holds the class
// itself, and the __dict__ / __weakref__ getset descriptors in its __dict__ point
// back at it (PyDescr_TYPE) — so a class nobody refers to any more is freed by the
// cycle collector (Python/gc.c), which counts its type object, __dict__, __mro__,
// __bases__ and descriptors in what gc.collect() returns, and only then releases
// the class attributes (running their __del__, clearing weakrefs to the class).
//
// Until heapsnake models that, a collection that would find a class unreachable
// is refused whenever the difference could show: always for gc.collect() (its
// count), and for automatic and interpreter-exit collections when a finalizer or
// a weak reference would notice (a __del__ or weakref reachable only through the
// class, or a weakref to the class). Roots it cannot see make it refuse more,
// never less.

import { PyObject, PyType, PyDict, Label } from './object.js';
import { R } from './rt.js';
import { NotSupported } from './errors.js';
import { PyModule, PyGenerator, Frame } from './func.js';

/** The classes the program created (classes.ts: typeNew registers them). */
export function userClasses(): PyType[] {
  return ((R as any).userClasses ??= []) as PyType[];
}

function isUserClass(o: PyObject): o is PyType {
  return o instanceof PyType && (o as any).userClass === true;
}

/**
 * Called by gc.ts: gcCollect after deduce_unreachable. Leaves the heap untouched; throws NotSupported
 * when CPython would have freed a class here and it could be seen.
 */
export function checkClassGarbage(trigger: 'gc.collect()' | 'automatic' | 'exit'): void {
  const classes = userClasses();
  if (!classes.length) return;
  const globals = (R as any).globalsRef as PyDict | null | undefined;
  // fast path: a class still bound to a name of the module is alive
  if (globals) {
    const bound = new Set<PyObject>();
    for (const e of globals.entries) if (e) bound.add(e.value);
    if (classes.every((c) => bound.has(c))) return;
  }
  const reached = reachableFromRoots();
  const dead = classes.filter((c) => !reached.has(c));
  if (!dead.length) return;
  const c = dead[0];
  if (trigger === 'gc.collect()') {
    refuse(`gc.collect() when class ${c.name} is no longer used`,
      `CPython's cycle collector would free class ${c.name} (its type object, __dict__, __mro__, __bases__ and descriptors count in gc.collect()); heapsnake keeps classes alive for the whole run`);
  }
  for (const d of dead) {
    if (noticeable(d, reached)) {
      refuse(trigger === 'exit' ? `interpreter exit freeing class ${d.name}` : `an automatic garbage collection freeing class ${d.name}`,
        `CPython's cycle collector frees a class nobody uses and then its attributes (running their __del__ and weakref callbacks); heapsnake keeps classes alive for the whole run`);
    }
  }
}

function refuse(what: string, why: string): never {
  throw new NotSupported(what, R.hooks ? R.hooks.line() : null, why);
}

/** Does freeing class `c` show: a weakref to it, or a __del__ / weakref / generator only it keeps alive? */
function noticeable(c: PyType, reached: Set<PyObject>): boolean {
  if (c.weakrefs && c.weakrefs.length) return true;
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [...c.attrs.values()];
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o) || reached.has(o) || o.imm) continue;
    seen.add(o);
    // (a generator once finalized — closed by finalize_garbage, PEP 442 — is freed silently)
    if ((o.type.hasDel && !o.finalized) || (o instanceof PyGenerator && !o.finalized) || (o.weakrefs && o.weakrefs.length)) return true;
    pushRefs(o, stack);
  }
  return false;
}

/**
 * Everything reachable from the interpreter's roots. Not from the objects the collection found
 * reachable: deduce_unreachable counts the references a class holds as external, so what only a
 * dead class keeps alive looks reachable to it.
 */
function reachableFromRoots(): Set<PyObject> {
  const stack: PyObject[] = [];
  const h = R.heap;
  // objects in the generations this collection did not look at stay alive (Python/gc.c: only the
  // collected generations are examined; the older ones count as reachable)
  for (const g of h.gens) for (const o of g) stack.push(o);
  const globals = (R as any).globalsRef as PyDict | null | undefined;
  if (globals) stack.push(globals);
  const modules = (R as any).modules as Map<string, PyModule> | undefined;
  if (modules) for (const m of modules.values()) stack.push(m);
  const vm = (R as any).vmRef as { top: Frame | null } | undefined;
  for (let f = vm?.top ?? null; f; f = f.back) pushFrame(f, stack);
  for (const cb of ((R as any).atexitCallbacks ?? []) as { func: PyObject; args: PyObject; kwargs: PyObject | null }[]) {
    stack.push(cb.func, cb.args);
    if (cb.kwargs) stack.push(cb.kwargs);
  }
  const seen = new Set<PyObject>();
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    pushRefs(o, stack);
  }
  return seen;
}

function pushRefs(o: PyObject, stack: PyObject[]): void {
  // a class of the program holds its attributes and its bases (its __dict__, __mro__, __bases__)
  if (o instanceof PyType) {
    if (isUserClass(o)) stack.push(...o.attrs.values(), ...o.mro, ...o.bases);
    return;
  }
  if (isUserClass(o.type)) stack.push(o.type);
  const out: [Label, PyObject][] = [];
  o.refs(out);
  for (const [, r] of out) stack.push(r);
  if (o instanceof PyDict) for (const e of o.entries) if (e) stack.push(e.key);
  if (o instanceof PyGenerator && o.frame) pushFrame(o.frame, stack);
  if (o instanceof PyModule) stack.push(o.moduleDict);
}

function pushFrame(f: Frame, stack: PyObject[]): void {
  for (const v of f.lp) if (v) stack.push(v);
  for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v) stack.push(v); }
  if (f.ns) stack.push(f.ns);
  stack.push(f.globals);
  if (f.func) stack.push(f.func);
  if (f.gen) stack.push(f.gen);
  if (f.frameObj) stack.push(f.frameObj);
}
