// The invariant audit (on in tests, off by default): at a step, every live
// object's reference count must equal the references the model holds to it
// (holders.ts walks them all: other heap objects, frames except borrowed
// slots, code-object constants, the parser arena, the handled exception,
// interpreter-owned dicts). A mismatch is a bug in the simulator: a missing
// root, a leak, or a reference that was never counted.

import { PyObject } from './object.js';
import type { VM } from './vm.js';
import type { Runtime } from './rt.js';
import { walkReferences, Roots } from './holders.js';

export interface AuditProblem { id: number; type: string; refcount: number; expected: number; line: number }

export function audit(rt: Runtime, vm: VM, roots: Roots): AuditProblem[] {
  const heap = rt.heap;
  const count = new Map<PyObject, number>();
  walkReferences(rt, vm, roots, (o, _k, _a, _b, counted) => { if (counted && !o.imm) count.set(o, (count.get(o) ?? 0) + 1); });
  const problems: AuditProblem[] = [];
  for (const o of heap.live) {
    if (o.imm) continue;
    const exp = count.get(o) ?? 0;
    if (exp !== o.rc) problems.push({ id: o.id, type: o.type.name, refcount: o.rc, expected: exp, line: vm.top ? vm.top.line : 0 });
  }
  return problems;
}
