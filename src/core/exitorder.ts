// The order in which interpreter exit finalizes what `__main__` holds.
//
// Python/pylifecycle.c: Py_FinalizeEx runs, after the atexit callbacks,
//  (a) _PyGC_CollectIfEnabled(): a full collection while every module is alive (skipped after
//      gc.disable()). Nothing of __main__ is garbage yet, but move_unreachable (Modules/gcmodule.c
//      in 3.11, Python/gc.c in 3.14) leaves the survivors in a new list order;
//  (b) finalize_modules: every sys.modules value set to None (the __main__ module dies; its dict
//      lives on in the cycle dict -> function -> __globals__), then _PyGC_CollectNoFail(): a full
//      collection in which the __main__ dict and everything only it holds are unreachable.
//      finalize_garbage calls tp_finalize (__del__) on the unreachable objects in *list order*,
//      after handle_weakrefs has run the callbacks of the weakrefs that are not garbage themselves.
//      The dict is intact while they run: every __del__ still sees every global.
// So the exit order is the order of the collector's list, which (a) rearranged:
//  - move_unreachable walks the list; an object no outside reference holds is moved to the
//    tentatively-unreachable list, and moved back to the end of the list being walked when a
//    reachable object's tp_traverse reaches it (so it is walked again later, and its referents in
//    turn are appended). What a walked reachable object reaches before the walk gets there is only
//    marked, and keeps its place.
//  - 3.11: the __main__ dict lies in the oldest generation, which gc_collect_main merges first
//    (gen2 + gen0 + gen1), after sys.modules and the module: it is walked as reachable before any
//    object the program made, so its values keep their places and the rest follows the walk.
//  - 3.14.10: the dict is walked while still unreachable (the module that holds it is only
//    reached later), so every object of the program is tentatively unreachable until the dict is
//    rescued last: the new order is breadth-first from the dict, in tp_traverse order
//    (dict: values in entry order; list and tuple: from the last item; instance: its values).
// Measured (probes with a __del__ that prints, in both interpreters): the order does not
// depend on nesting depth as such — `nested = [[V(n0)], [V(n1), [V(n2)]]]` gives n1, n0, n2 in
// both because the walk (3.14: breadth first) reaches n2 a level later; 3.11's
// `[V(i) for i in range(3)]` gives 0, 1, 2 because the list existed before its items and marked
// them in place; a dict filled after it was created (`d = {}; d["a"] = V(a); ...`) gives b, c, a
// on 3.11 (the dict is tracked only when it gets its first GC value, after `a`);
// 3.14 gives 2, 1, 0 and a, b, c (breadth first); with gc.disable() both keep allocation order;
// 3.14 keeps the breadth-first order after young collections and gc.collect() during the program,
// 3.11 after a young collection puts what survived it after what came later (generation order).
//
// heapsnake keeps the collector's list (Heap.gens, in tracking order, rearranged by each modelled
// collection), so (a) is gcCollect(2) on 3.11 (the dict is an outside root there, as its early
// walk makes it) and a breadth-first walk on 3.14. What it cannot make exact is refused:
//  - objects reached through something whose tp_traverse heapsnake does not reproduce (types are
//    not on the modelled heap; generators, sets, bound methods, subclasses of builtins,
//    instances with __slots__ or a materialized __dict__), or held by a root other than the
//    __main__ dict (a class attribute, a module attribute): their place in the list is unknown;
//  - 3.11 (and gc.disable() on 3.14): when CPython may have run a young collection heapsnake
//    did not (its allocation count includes the interpreter's own objects), or, on 3.14 with
//    gc disabled, any collection before (its generations are not modelled for this);
//  - a finalizer on an object the collector does not track; a weakref callback that would run
//    for a weakref kept outside __main__'s globals (simulate.ts also refuses garbage that runs
//    code at the first exit collection once CPython may have collected it earlier).
// Measured with the program run as a file (the oracle's `python -s snippet.py`). Under `-c`,
// 3.14 puts the __main__ module before its dict in the collector's list, and once the program
// defines a few functions its walk is dict-first as on 3.11 (docs/cpython-rules.md §5).

import { PyObject, PyList, PyTuple, PyDict, PyWeakref, PyCell, inlineValuesInOrder } from './object.js';
import { T } from './types.js';
import { R } from './rt.js';
import { traverse, gcState, nextGcEpoch } from './gc.js';
import { PyGenerator, PyFunction } from './func.js';
import type { VersionRules } from './version.js';

/** Does finalizing `o` run code (a __del__, a suspended generator's close)? */
export function runsFinalizer(o: PyObject): boolean {
  if (o.imm || o.dead || o.finalized || !o.type.hasDel) return false;
  if (o instanceof PyGenerator && (!o.frame || !o.started)) return false;
  return true;
}

/**
 * A callback that prints nothing at exit: a weakref.finalize object, once its atexit hook has run
 * (Lib/weakref.py: finalize._exitfunc sets finalize._shutdown, and __call__ then only drops its
 * registry entry).
 */
function quietAtExit(w: PyWeakref): boolean {
  const cb = w.callback;
  return !!cb && cb.type.name === 'finalize' && cb.type.module === 'weakref';
}

function hasCallbacks(o: PyObject): boolean {
  return !!o.weakrefs && o.weakrefs.some((w) => !!w.callback && !quietAtExit(w));
}

/** Objects whose tp_traverse heapsnake reproduces exactly (Objects/listobject.c: list_traverse, ...). */
function exactTraverse(o: PyObject): boolean {
  if (o instanceof PyList) return o.type === T.list;
  if (o instanceof PyTuple) return o.type === T.tuple;
  if (o instanceof PyDict) return o.type === T.dict && !(o as any).inline;
  if (o instanceof PyFunction) return o.type === T.function && !(o.dict && (o.dict as any).inline); // gc.ts: traverse (func_traverse)
  if (o instanceof PyCell) return true; // Objects/cellobject.c: cell_traverse — its content
  if (o instanceof PyWeakref || o instanceof PyGenerator) return false;
  // an instance of a class defined in Python on object: Objects/typeobject.c: subtype_traverse
  // visits its inline values in the order of the class's shared keys (the type, not on the
  // modelled heap, last)
  if (o.constructor !== PyObject || !o.type.isHeapType || o.type.base) return false;
  if (o.slots && o.slots.some((v) => v)) return false;
  const d = o.dict;
  if (!d) return true;
  if (!(d as any).inline) return false;
  // the values' order is the class's shared keys' (gc.ts: traverse)
  return inlineValuesInOrder(o, R.rules) !== null;
}

/**
 * Is the __main__ dict in a reference cycle, so that it outlives its module (Objects/moduleobject.c:
 * module_dealloc only drops its reference)? Any function defined in __main__ (a method, a lambda, a
 * generator's frame) holds it as __globals__, and so does a value that is the dict itself. When it
 * is not, finalize_modules frees it by reference counting (dict_dealloc: entries in order) before
 * its collection (measured: `s = {1}; w = weakref.ref(s, print)` prints the callback at exit).
 */
export function mainDictInCycle(g: PyDict): boolean {
  const h = R.heap;
  for (const gen of h.gens) {
    for (const o of gen) {
      if (o.dead) continue;
      if (o instanceof PyFunction && o.globals === g) return true;
      if (o instanceof PyGenerator && o.frame && o.frame.globals === g) return true;
      let self = false;
      traverse(o, (r) => { if (r === g) self = true; });
      if (self) return true;
    }
  }
  for (const e of g.entries) if (e && e.value === g) return true;
  return false;
}

export interface ExitCollection {
  /** The final collection's garbage, in the order finalize_garbage visits it. */
  unreachable: PyObject[];
}

/**
 * The garbage of _PyGC_CollectNoFail at exit, in list order; `stepTwoRan` says whether the
 * _PyGC_CollectIfEnabled collection (a) ran (simulate.ts has run it as gcCollect(2)).
 * Returns a reason instead when the order cannot be made exact.
 */
export function exitCollection(g: PyDict, rules: VersionRules, stepTwoRan: boolean): ExitCollection | { refuse: string } {
  const h = R.heap;
  const st = gcState();
  // the collector's list: gc_collect_main merges the younger generations after the oldest
  const list: PyObject[] = [...h.gens[2], ...h.gens[0], ...h.gens[1]].filter((o) => !o.dead);
  // membership in the list and the gc_refs below live in the objects' collector scratch fields, marked
  // with a fresh epoch (as gc.ts: deduceUnreachable does) rather than in a Set and a Map of every object
  const e = nextGcEpoch();
  for (const o of list) { o.gcEpoch = e; o.gcRefs = o.rc; }
  const inList = { has: (o: PyObject): boolean => o.gcEpoch === e };
  const mainValues: PyObject[] = [];
  for (const e of g.entries) if (e && !e.value.imm && !e.value.dead) mainValues.push(e.value);

  // update_refs + subtract_refs, with the __main__ dict's references counted as internal
  const sub = (r: PyObject) => { if (r.gcEpoch === e) r.gcRefs--; };
  for (const o of list) traverse(o, sub);
  for (const v of mainValues) sub(v);

  // a finalizer on an object the collector does not track (a subclass of int with __slots__ = ())
  // runs when the garbage is cleared, not in finalize_garbage: not modelled
  let untracked = mainValues.some((v) => !inList.has(v) && runsFinalizer(v));
  for (const o of list) traverse(o, (r) => { if (!inList.has(r) && runsFinalizer(r)) untracked = true; });
  if (untracked) return { refuse: 'the order of __del__ at interpreter exit for an object the cycle collector does not track' };

  // what an outside root other than the __main__ dict keeps alive survives the collection
  const rooted = new Set<PyObject>();
  const spread = (start: PyObject[], into: Set<PyObject>, exactOnly: boolean) => {
    const stack = start.filter((o) => inList.has(o) && !into.has(o));
    for (const o of stack) into.add(o);
    while (stack.length) {
      const o = stack.pop()!;
      if (exactOnly && !exactTraverse(o)) continue;
      traverse(o, (r) => { if (inList.has(r) && !into.has(r)) { into.add(r); stack.push(r); } });
    }
  };
  spread(list.filter((o) => o.gcRefs > 0), rooted, false);

  // the objects the order matters for: what runs code when finalized (or has weakref callbacks),
  // and the containers whose exact traversal leads to them from the __main__ dict
  const matters = (o: PyObject) => runsFinalizer(o) || hasCallbacks(o);
  const viaExact = new Set<PyObject>();
  spread(mainValues, viaExact, true);
  const referrers = new Map<PyObject, PyObject[]>();
  for (const o of viaExact) {
    if (!exactTraverse(o)) continue;
    traverse(o, (r) => { if (viaExact.has(r)) { let l = referrers.get(r); if (!l) referrers.set(r, l = []); l.push(o); } });
  }
  const leads = new Set<PyObject>();
  const up = [...viaExact].filter(matters);
  for (const o of up) leads.add(o);
  while (up.length) {
    for (const p of referrers.get(up.pop()!) ?? []) if (!leads.has(p)) { leads.add(p); up.push(p); }
  }
  // everything an object whose traversal is not exact (or another root) reaches: its place in the
  // walk is not known
  const opaque = new Set<PyObject>();
  spread([...rooted, ...[...viaExact].filter((o) => !exactTraverse(o))], opaque, false);
  const opaqueChild = new Set<PyObject>();
  for (const x of opaque) traverse(x, (r) => { opaqueChild.add(r); });
  for (const o of list) {
    if (matters(o) && rooted.has(o)) {
      return { refuse: 'an object with __del__ held at interpreter exit by something other than the global variables of __main__ (a class or module attribute)' };
    }
    if ((matters(o) || leads.has(o)) && opaqueChild.has(o)) {
      return { refuse: 'the order of __del__ at interpreter exit for an object held by a class, generator, set or another object whose traversal heapsnake does not model' };
    }
  }

  const garbage = list.filter((o) => !rooted.has(o));
  // a weakref that outlives the collection calls back (handle_weakrefs); whether it does in CPython
  // depends on what holds it: a class attribute is garbage there (types are not on the modelled heap)
  const inGarbage = new Set(garbage);
  for (const o of garbage) {
    if (o.weakrefs?.some((w) => w.callback && !quietAtExit(w) && !inGarbage.has(w))) {
      return { refuse: 'a weakref callback at interpreter exit for a weakref that a class or module attribute keeps' };
    }
  }
  const events = garbage.filter(matters).length;
  if (events >= 2) {
    const breadthFirst = stepTwoRan && rules.exitOrder.mainDictWalk === 'last';
    if (!breadthFirst && st.exitRisk) {
      return { refuse: `the order of __del__ at interpreter exit on Python ${rules.version} once CPython may have run an automatic collection` };
    }
    if (!stepTwoRan && !rules.exitOrder.generationsModelled && st.runs > 0) {
      return { refuse: `the order of __del__ at interpreter exit after gc.disable() on Python ${rules.version} once a collection has run` };
    }
  }

  if (!stepTwoRan || rules.exitOrder.mainDictWalk === 'first') return { unreachable: garbage };
  // 3.14: breadth first from the __main__ dict, then whatever other garbage the list holds
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const garbageSet = new Set(garbage);
  for (const v of mainValues) if (garbageSet.has(v) && !seen.has(v)) { seen.add(v); queue.push(v); }
  for (let i = 0; i < queue.length; i++) {
    traverse(queue[i], (r) => { if (garbageSet.has(r) && !seen.has(r)) { seen.add(r); queue.push(r); } });
  }
  for (const o of garbage) if (!seen.has(o)) queue.push(o);
  return { unreachable: queue };
}
