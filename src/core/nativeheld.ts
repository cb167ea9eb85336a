// References the interpreter's C code holds in local variables while it calls back into Python:
// the new object type_call holds while __init__ runs, the object a finalizer resurrects while
// __del__ runs, 3.11's argument array of a **kwargs call. ob_refcnt counts them like any other;
// holders.ts names them (the trace's sys.getrefcount explanation). Each site pushes before the
// call and pops in a finally block.

import type { PyObject } from './object.js';

/** [what holds them (with the CPython source), the objects], innermost call last. */
export const nativeHeld: [string, PyObject[]][] = [];
/** Objects whose reference counts depend on whether CPython specialized the instruction now running
 *  (vm.ts: callType, LOAD_ATTR of a property, BINARY_SUBSCR of a Python __getitem__): [what, objects];
 *  sys.getrefcount refuses them. Kept in every run. */
export const specializationDependent: [string, PyObject[]][] = [];
/** Set by CALL_FUNCTION_EX while it calls a native callable with its own tuple and dict (PyObject_Call
 *  straight to tp_call, no _PyObject_MakeTpCall); read and cleared by that callable (functools.partial). */
export const exCall = { on: false };
/** Kept only while tracing (simulate.ts): untraced runs push nothing. */
export const nativeHeldOn = { on: false };

/**
 * Run `f` with `objs` recorded as held by the interpreter's C code (`what`, with its CPython source);
 * the caller owns the references themselves (increments them before, releases them after).
 */
export function holding<T>(what: string, objs: PyObject[], f: () => T): T {
  if (!nativeHeldOn.on) return f();
  nativeHeld.push([what, objs]);
  try { return f(); } finally { nativeHeld.pop(); }
}
