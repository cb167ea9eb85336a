// Every reference the model holds, in one walk: the invariant audit (audit.ts)
// counts them per object; the trace's sys.getrefcount explanation (explain.ts)
// names the ones that point at one object. Sources: other heap objects, class
// namespaces, frames (locals and the value stack), the handled exception,
// interpreter-owned dicts (module globals, imported modules), the collector's
// lists, atexit, code-object constants and the parser arena.
// 3.14's borrowed references (Python/flowgraph.c: optimize_load_fast →
// LOAD_FAST_BORROW; a callee's parameters borrowed from the caller's argument
// array) are visited too, marked not counted: CPython does not count them.

import { PyObject, PyType, PyDict } from './object.js';
import type { VM } from './vm.js';
import type { Runtime } from './rt.js';
import type { Code } from './code.js';
import { gcState } from './gc.js';
import { nativeHeld } from './nativeheld.js';
import { PyGenerator, type Frame } from './func.js';

export interface Roots { globals: PyDict | null; code: Code | null; arena: PyObject[] }

/** What holds a reference (the meaning of a visit's `a` and `b`). */
export const enum Hold {
  /** a: the holding heap object, b: its label for the reference ("[0]", ".x", "['k']", "cell_contents"). */
  Ref,
  /** a: the class, b: the attribute name. */
  ClassAttr,
  /** a: Frame, b: index into its fast locals. */
  Local,
  /** a: Frame, b: index into its value stack. */
  Stack,
  /** a: Frame (3.11's f_locals dict). */
  FLocals,
  /** the exception being handled (sys.exc_info()). */
  Exc,
  /** b: the name (a key or a value of __main__'s dict). */
  GlobalKey, GlobalValue,
  /** a: 'garbage' | 'callbacks', b: index. */
  GcList,
  Atexit,
  /** a: the interpreter-internal holder (weakref.finalize's registry). */
  Internal,
  /** a: the module's name, b: the key. */
  Module,
  /** a: the code object. */
  Const,
  Arena,
  /** a: what holds it (nativeheld.ts): a C local variable of the interpreter during a call back into Python. */
  Native,
  /** sys.stdout's pending writes (stdoutbuf.ts), b: index. */
  Stdout,
  /** a: the running Frame that holds its frame object (_PyInterpreterFrame.frame_obj). */
  FrameObj,
  /** a: a running Frame called from C, which holds its function (f_funcobj: Python/ceval.c _PyEval_Vector). */
  FuncObj,
}

/**
 * Calls `visit(target, kind, a, b, counted)` once per reference. `counted` is false only for
 * 3.14's borrowed frame slots (visited only when `borrowed` is true).
 */
export type Visit = (o: PyObject, kind: Hold, a: unknown, b: unknown, counted: boolean) => void;

export function walkReferences(rt: Runtime, vm: VM, roots: Roots, visit: Visit, borrowed = false): void {
  const heap = rt.heap;
  const out: [string, PyObject][] = [];
  // a running generator's frame is walked with the running frames below, not through the generator
  const running = new Set<Frame>();
  for (let f = vm.top; f; f = f.back) running.add(f);
  for (const o of heap.live) {
    if (o instanceof PyGenerator && o.frame && running.has(o.frame)) continue;
    out.length = 0;
    o.refs(out);
    for (const [l, r] of out) visit(r, Hold.Ref, o, l, true);
    if (o instanceof PyType) for (const [k, v] of o.attrs) visit(v, Hold.ClassAttr, o, k, true);
  }
  // frames of the running code
  for (let f = vm.top; f; f = f.back) {
    for (let i = 0; i < f.lp.length; i++) {
      const v = f.lp[i];
      if (!v) continue;
      if (!f.lpTag[i]) visit(v, Hold.Local, f, i, true);
      else if (borrowed) visit(v, Hold.Local, f, i, false);
    }
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i];
      if (!v) continue;
      if (!f.tag[i]) visit(v, Hold.Stack, f, i, true);
      else if (borrowed) visit(v, Hold.Stack, f, i, false);
    }
    if (f.fLocals) visit(f.fLocals, Hold.FLocals, f, null, true);
    if (f.frameObj) visit(f.frameObj, Hold.FrameObj, f, null, true);
    // (a generator's frame holds its function too; it is visited through the generator unless it runs)
    if (f.funcRef && !f.gen) visit(f.funcRef, Hold.FuncObj, f, null, true);
  }
  for (const e of vm.excInfo) if (e) visit(e, Hold.Exc, null, null, true);
  // interpreter-owned dicts: the __main__ globals
  if (roots.globals) for (const e of roots.globals.entries) if (e) { visit(e.key, Hold.GlobalKey, null, e.key, true); visit(e.value, Hold.GlobalValue, null, e.key, true); }
  // the collector's own lists (gc.garbage, gc.callbacks)
  const st = gcState();
  if (st) {
    if (st.garbage) st.garbage.items.forEach((x, i) => visit(x, Hold.GcList, 'garbage', i, true));
    if (st.callbacks) st.callbacks.items.forEach((x, i) => visit(x, Hold.GcList, 'callbacks', i, true));
  }
  // atexit's callbacks (interpreter state)
  for (const cb of ((rt as any).atexitCallbacks ?? []) as { func: PyObject; args: PyObject; kwargs: PyObject | null }[]) {
    visit(cb.func, Hold.Atexit, null, null, true); visit(cb.args, Hold.Atexit, null, null, true);
    if (cb.kwargs) visit(cb.kwargs, Hold.Atexit, null, null, true);
  }
  // interpreter-internal containers that hold program objects (weakref.finalize._registry)
  for (const o of ((rt as any).internalHolders ?? []) as PyObject[]) { out.length = 0; o.refs(out); for (const [l, r] of out) visit(r, Hold.Internal, o, l, true); }
  // imported modules' dicts (interpreter-owned)
  const mods: Map<string, { moduleDict: PyDict }> | undefined = (rt as any).modules;
  if (mods) for (const [name, m] of mods) for (const e of m.moduleDict.entries) if (e) { visit(e.key, Hold.Module, name, e.key, true); visit(e.value, Hold.Module, name, e.key, true); }
  // code constants (every code object reachable from the module's) and the parser arena
  const codes = new Set<Code>();
  const walk = (c: Code) => {
    if (codes.has(c)) return;
    codes.add(c);
    for (const k of c.consts) { if (!c.sharedConsts && !c.released) visit(k, Hold.Const, c, null, true); if (k.type.name === 'code') walk(k as Code); }
  };
  if (roots.code) walk(roots.code);
  for (const a of roots.arena) visit(a, Hold.Arena, null, null, true);
  // an uncaught exception, kept in sys.last_exc / last_value / last_traceback until shutdown (simulate.ts)
  for (const v of ((rt as any).sysLast ?? []) as PyObject[]) visit(v, Hold.Native, 'sys.last_exc (the uncaught exception, kept until interpreter exit)', null, true);
  // what the interpreter's C code holds while it calls back into Python (nativeheld.ts)
  for (const [what, objs] of nativeHeld) for (const v of objs) visit(v, Hold.Native, what, null, true);
  // sys.stdout's pending writes (Modules/_io/textio.c: pending_bytes)
  rt.stdoutPending.forEach((v, i) => visit(v, Hold.Stdout, null, i, true));
}
