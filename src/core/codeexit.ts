// The end of the script: CPython frees the module's code object as soon as it has run
// (Python/pythonrun.c: run_mod — Py_DECREF(co) right after run_eval_code_obj), before the parser's
// arena (pyrun_file: _PyArena_Free) and before interpreter shutdown. With it go the code objects only
// its co_consts held: class bodies, 3.11's comprehensions, functions whose function objects are gone.
// Each one's co_consts tuple is freed (Objects/codeobject.c: code_dealloc -> Py_XDECREF(co->co_consts);
// Objects/tupleobject.c: tupledealloc releases the items last first), so the constants lose the
// reference the picture would otherwise still count after the program ended.

import { Code } from './code.js';
import { decref } from './rt.js';

/** Free the module's code object and the code objects nothing else holds (their constants' references go). */
export function releaseModuleCode(root: Code): void {
  const all: Code[] = [];
  const walk = (c: Code) => { all.push(c); for (const k of c.consts) if (k instanceof Code) walk(k); };
  walk(root);
  // A code object stays while a function, generator or frame object made from it lives.
  // NON-CPYTHON: a code object the program was handed (f.__code__, frame.f_code, co_consts) is kept
  // whole: what holds it then is not followed, so its constants keep their references.
  const alive = new Set<Code>();
  const keep = (c: Code) => { if (alive.has(c)) return; alive.add(c); for (const k of c.consts) if (k instanceof Code) keep(k); };
  for (const c of all) if (c.escaped || (c.users ?? []).some((u) => !u.dead)) keep(c);
  // 3.11: a code object whose co_consts equal another's holds that one's tuple (compile.ts: mergeCodeConsts),
  // which then lives while either does
  for (const c of all) if (c.sharedConsts && alive.has(c)) keep(c.sharedConsts);
  const free = (c: Code) => {
    if (alive.has(c) || c.released) return;
    c.released = true;
    if (c.sharedConsts) return; // its tuple is its owner's (freed with the owner, or kept by it)
    for (let i = c.consts.length - 1; i >= 0; i--) {
      const k = c.consts[i];
      if (k instanceof Code) free(k);
      else decref(k);
    }
  };
  free(root);
}
