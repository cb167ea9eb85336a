// The invariant audit (on in tests, off by default): at a step, every live
// object's reference count must equal the references the model holds to it —
// from other heap objects, from frames (locals and the value stack, except
// borrowed slots), from code-object constants and the parser arena, from the
// thread's handled exception, and from interpreter-owned dicts (module
// globals). A mismatch is a bug in the simulator: a missing root, a leak, or a
// reference that was never counted.

import { PyObject, PyType, PyDict } from './object.js';
import type { VM } from './vm.js';
import type { Runtime } from './rt.js';
import type { Code } from './code.js';
import type { Frame } from './func.js';
import { gcState } from './gc.js';

export interface AuditProblem { id: number; type: string; refcount: number; expected: number; line: number }

export function audit(rt: Runtime, vm: VM, roots: { globals: PyDict | null; code: Code | null; arena: PyObject[] }): AuditProblem[] {
  const heap = rt.heap;
  const count = new Map<PyObject, number>();
  const add = (o: PyObject | null | undefined) => { if (o && !o.imm) count.set(o, (count.get(o) ?? 0) + 1); };
  const out: [string, PyObject][] = [];
  for (const o of heap.live) {
    out.length = 0;
    o.refs(out);
    for (const [, r] of out) add(r);
    if (o instanceof PyType) for (const v of o.attrs.values()) add(v);
  }
  // frames of the running code
  const seen = new Set<Frame>();
  for (let f = vm.top; f; f = f.back) {
    seen.add(f);
    for (let i = 0; i < f.lp.length; i++) if (!f.lpTag[i]) add(f.lp[i]);
    for (let i = 0; i < f.sp; i++) if (!f.tag[i]) add(f.stack[i]);
    if (f.fLocals) add(f.fLocals);
  }
  for (const e of vm.excInfo) add(e);
  // interpreter-owned dicts: the __main__ globals
  if (roots.globals) for (const e of roots.globals.entries) if (e) { add(e.key); add(e.value); }
  // the collector's own lists (gc.garbage, gc.callbacks)
  const st = gcState();
  if (st) for (const l of [st.garbage, st.callbacks]) if (l) for (const x of l.items) add(x);
  // atexit's callbacks (interpreter state)
  for (const cb of ((rt as any).atexitCallbacks ?? []) as { func: PyObject; args: PyObject; kwargs: PyObject | null }[]) { add(cb.func); add(cb.args); add(cb.kwargs); }
  // interpreter-internal containers that hold program objects (weakref.finalize._registry)
  for (const o of ((rt as any).internalHolders ?? []) as PyObject[]) { out.length = 0; o.refs(out); for (const [, r] of out) add(r); }
  // imported modules' dicts (interpreter-owned)
  const mods: Map<string, { moduleDict: PyDict }> | undefined = (rt as any).modules;
  if (mods) for (const m of mods.values()) for (const e of m.moduleDict.entries) if (e) { add(e.key); add(e.value); }
  // code constants (every code object reachable from the module's) and the parser arena
  const codes = new Set<Code>();
  const walk = (c: Code) => {
    if (codes.has(c)) return;
    codes.add(c);
    for (const k of c.consts) { add(k); if ((k as any).code !== undefined && k.type.name === 'code') walk(k as Code); else if (k.type.name === 'code') walk(k as Code); }
  };
  if (roots.code) walk(roots.code);
  for (const a of roots.arena) add(a);
  const problems: AuditProblem[] = [];
  for (const o of heap.live) {
    if (o.imm) continue;
    const exp = count.get(o) ?? 0;
    if (exp !== o.rc) problems.push({ id: o.id, type: o.type.name, refcount: o.rc, expected: exp, line: vm.top ? vm.top.line : 0 });
  }
  return problems;
}
