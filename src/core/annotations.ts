// Annotations. 3.11 evaluates them when the def, class body or annotated
// assignment runs (Python/compile.c: compiler_visit_annotations, compiler_annassign;
// Python/ceval.c: SETUP_ANNOTATIONS). 3.14 (PEP 649 / PEP 749) evaluates them only
// when asked, through __annotate__ functions (Python/codegen.c).
//
// NON-CPYTHON (3.14 class bodies): heapsnake keeps no __annotate__ function; it
// evaluates a class annotation when the class body runs, but only expressions with
// no side effects (compile.ts: checkLazyAnnotation), and an annotation CPython could
// not evaluate yet (a name defined later, a generic alias like list[int] that
// heapsnake does not model) becomes UNEVALUATED, a value any use of which is refused.

import { PyObject, PyDict, PyType } from './object.js';
import { T } from './types.js';
import { None, incref, decref, newStr, notSupported } from './rt.js';
import { dictGetStr } from './dict.js';
import { PyExc } from './errors.js';
import { staticType, def } from './stdlib/util.js';
import * as ops from './ops.js';
type Node = any; // the CPython-shaped AST (ast.ts)
import type { Frame } from './func.js';

const UnevaluatedType = staticType('_unevaluated_annotation', 'annotationlib');
const refuse = (): never => notSupported('an annotation heapsnake did not evaluate', 'CPython 3.14 evaluates annotations lazily (PEP 649); heapsnake evaluated this one when the class was made and could not');
for (const n of ['__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__bool__', '__len__', '__format__', '__getattr__', '__call__', '__iter__', '__getitem__', '__or__', '__ror__']) def(UnevaluatedType, n, refuse);
/** An annotation heapsnake did not evaluate: any use but `is` is refused. */
export const UNEVALUATED = new PyObject(UnevaluatedType);
UNEVALUATED.imm = true;

// builtin types whose subscription makes a types.GenericAlias (not modelled)
const GENERIC = new Set<PyObject>([T.list, T.dict, T.set, T.frozenset, T.tuple, T.type]);

/** Evaluate a 3.14 class annotation (compile.ts: checkLazyAnnotation vetted it); returns a new reference. */
export function evalLazyAnnotation(n: Node, f: Frame, builtins: PyDict): PyObject {
  switch (n.kind) {
    case 'Constant':
      if (n.value.type === 'str') return newStr(n.value.value);
      if (n.value.type === 'None') return None;
      return UNEVALUATED;
    case 'Name': {
      const v = (f.ns ? dictGetStr(f.ns, n.id) : undefined) ?? dictGetStr(f.globals, n.id) ?? dictGetStr(builtins, n.id);
      return v === undefined ? UNEVALUATED : incref(v);
    }
    case 'Attribute': {
      const base = evalLazyAnnotation(n.value, f, builtins);
      if (base === UNEVALUATED) return base;
      try { return ops.getattr(base, n.attr); } catch (e) { if (e instanceof PyExc) { decref(e.exc); return UNEVALUATED; } throw e; } finally { decref(base); }
    }
    case 'Subscript': {
      const base = evalLazyAnnotation(n.value, f, builtins);
      if (base === UNEVALUATED || GENERIC.has(base) || !(base instanceof PyType)) { decref(base); return UNEVALUATED; }
      const key = evalLazyAnnotation(n.slice, f, builtins);
      if (key === UNEVALUATED) { decref(base); return UNEVALUATED; }
      try { return ops.getitem(base, key); } catch (e) { if (e instanceof PyExc) { decref(e.exc); return UNEVALUATED; } throw e; } finally { decref(base); decref(key); }
    }
    default:
      return UNEVALUATED;
  }
}
