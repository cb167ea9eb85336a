// The atexit module: Modules/atexitmodule.c. The registered callbacks live in
// the interpreter state (not in a Python object): each keeps references to its
// function, its argument tuple and its keyword dict (or none), counted here and
// by the audit. Interpreter exit calls them newest first (Python/pylifecycle.c:
// Py_FinalizeEx -> _PyAtExit_Call, before the first exit collection; see
// simulate.ts: shutdown and docs/cpython-rules.md §5); weakref.finalize
// registers its _exitfunc here.
//
// NON-CPYTHON: _ncallbacks() is refused (3.11 reports the size of its
// callback array, not the number of live callbacks).

import { PyObject, PyDict, PyTuple } from '../object.js';
import { R, None, incref, decref, newTuple, newDict, typeError, notSupported, call } from '../rt.js';
import { dictSetStr } from '../dict.js';
import { PyExc } from '../errors.js';
import { registerModule, makeModule } from '../modules.js';
import * as ops from '../ops.js';
import { bfn } from './util.js';
import { isCallable } from '../bltins.js';
import { nativeHeld } from '../nativeheld.js';

export interface AtexitCallback { func: PyObject; args: PyTuple; kwargs: PyDict | null }

/** The interpreter's list of callbacks (oldest first); its references are counted. */
export function atexitCallbacks(): AtexitCallback[] {
  return ((R as any).atexitCallbacks ??= []) as AtexitCallback[];
}

function release(cbs: AtexitCallback[]): void {
  for (const cb of cbs) { decref(cb.func); decref(cb.args); if (cb.kwargs) decref(cb.kwargs); }
}

/**
 * Modules/atexitmodule.c: atexit_callfuncs — newest first; an exception is reported as
 * unraisable and the next callback runs. Callbacks registered meanwhile are dropped without
 * being called (atexit_cleanup), as measured on both versions.
 */
export function runExitFuncs(report: (func: PyObject, e: PyExc) => void): void {
  const cbs = atexitCallbacks();
  const todo = cbs.splice(0, cbs.length);
  try {
    while (todo.length) {
      const cb = todo[todo.length - 1];
      const kw = cb.kwargs ? [...cb.kwargs.entries].filter((e) => e) : [];
      // Modules/atexitmodule.c: atexit_callfuncs — the callbacks still to run stay referenced while one runs
      // (taken off the module's list first, here; the audit and the trace see them as held by atexit)
      const held: PyObject[] = [];
      for (const t of todo) { held.push(t.func, t.args); if (t.kwargs) held.push(t.kwargs); }
      try {
        // (listed even when nothing is traced: the audit runs at the callbacks' lines too; there are few of them)
        nativeHeld.push(['atexit callbacks being run', held]);
        let r: PyObject;
        try { r = call(cb.func, [...cb.args.items, ...kw.map((e) => e!.value)], kw.length ? kw.map((e) => ops.str(e!.key)) : null); } finally { nativeHeld.pop(); }
        decref(r);
      } catch (e) {
        if (e instanceof PyExc) report(cb.func, e); else throw e;
      }
      release(todo.splice(todo.length - 1, 1));
    }
  } finally {
    release(todo);
    release(cbs.splice(0, cbs.length));
  }
}

registerModule('atexit', () => makeModule('atexit', {
  register: bfn('register', (a, kw) => {
    const nkw = kw ? kw.length : 0;
    const pos = a.slice(0, a.length - nkw);
    if (!pos.length) typeError('register() takes at least 1 argument (0 given)');
    const func = pos[0];
    if (!isCallable(func)) typeError('the first argument must be callable');
    let kwargs: PyDict | null = null;
    if (nkw) {
      kwargs = newDict();
      kw!.forEach((n, i) => dictSetStr(kwargs!, n, a[pos.length + i]));
    }
    atexitCallbacks().push({ func: incref(func), args: newTuple(pos.slice(1).map((x) => incref(x))), kwargs });
    return incref(func);
  }),
  unregister: bfn('unregister', (a) => {
    // atexit_unregister: every callback whose function == func is removed
    if (a.length !== 1) typeError(`atexit.unregister() takes exactly one argument (${a.length} given)`);
    const cbs = atexitCallbacks();
    for (let i = 0; i < cbs.length; i++) {
      if (ops.eq(cbs[i].func, a[0])) { release(cbs.splice(i, 1)); i--; }
    }
    return None;
  }),
  _clear: bfn('_clear', () => { const cbs = atexitCallbacks(); release(cbs.splice(0, cbs.length)); return None; }),
  _run_exitfuncs: bfn('_run_exitfuncs', () => notSupported('atexit._run_exitfuncs()')),
  _ncallbacks: bfn('_ncallbacks', () => notSupported('atexit._ncallbacks()')),
}));
