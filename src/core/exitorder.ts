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
// walk makes it) and a breadth-first walk on 3.14.
// Classes are not on the modelled heap: a class of __main__ bound to a global takes part as two
// nodes, its type object and its __dict__ (type_traverse visits tp_dict first; the __dict__'s
// values in PyType.attrs order), so class attributes — a registry list filled by __init__, a list
// in the class body, an attribute set later — are garbage of the last collection like the globals.
// On 3.14 the breadth-first walk goes through them; 3.11 places the type and its __dict__ where
// type_new linked them (walkFirst), and after each gc.collect() of the program where that
// collection's walk put them (afterProgramCollection); after a young collection, or one that ran
// code, their places are unknown and a class attribute that leads to a finalizer is refused. Bound methods (method_traverse), list and tuple iterators, suspended generators
// (gen_traverse: locals, then the value stack) and sets holding at most one object that leads to
// a finalizer are exact too. What it cannot make exact is refused:
//  - objects reached through something whose tp_traverse heapsnake does not reproduce
//    (subclasses of builtins, instances with __slots__ or a materialized __dict__, a generator
//    with cells or a frame object, a set holding two or more objects that lead to a finalizer:
//    its table order follows addresses), or held by a root other than the __main__ dict and its
//    classes (a module attribute, a class no global name holds): their place is unknown;
//  - 3.11 (and gc.disable() on 3.14): when CPython may have run a young collection heapsnake
//    did not (its allocation count includes the interpreter's own objects), or, on 3.14 with
//    gc disabled, any collection before (its generations are not modelled for this);
//  - a finalizer on an object the collector does not track; a weakref callback that would run
//    for a weakref kept outside __main__'s globals and classes (simulate.ts also refuses garbage
//    that runs code at the first exit collection once CPython may have collected it earlier).
// Measured with the program run as a file (the oracle's `python -s snippet.py`). Under `-c`,
// 3.14 puts the __main__ module before its dict in the collector's list, and once the program
// defines a few functions its walk is dict-first as on 3.11 (docs/cpython-rules.md §5).

import { movedTogether } from './gcwatch.js';
import { PyObject, PyList, PyTuple, PyDict, PyWeakref, PyCell, PyType, PySet, inlineValuesInOrder, materializedOrder } from './object.js';
import { T } from './types.js';
import { R } from './rt.js';
import { traverse, gcState, mayBeTracked } from './gc.js';
import { PyGenerator, PyFunction, PyMethod } from './func.js';
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
function plainSubclass(o: PyObject, base: PyType): boolean {
  if (!o.type.isHeapType || o.type.base !== base) return false;
  if (o.slots && o.slots.some((v) => v && mayBeTracked(v))) return false;
  return !o.dict || o.dict.entries.every((e) => !e || (!mayBeTracked(e.value) && !mayBeTracked(e.key)));
}

function exactTraverse(o: PyObject): boolean {
  // a subclass of list, tuple or dict defined in Python: subtype_traverse visits the instance's
  // attributes, then its type, then the base's tp_traverse — the base's order when no attribute
  // holds a GC object
  if (o instanceof PyList) return o.type === T.list || plainSubclass(o, T.list);
  if (o instanceof PyTuple) return o.type === T.tuple || plainSubclass(o, T.tuple);
  if (o instanceof PyDict) return (o.type === T.dict && !(o as any).inline) || plainSubclass(o, T.dict);
  if (o instanceof PyFunction) return o.type === T.function && !(o.dict && (o.dict as any).inline); // gc.ts: traverse (func_traverse)
  if (o instanceof PyCell) return true; // Objects/cellobject.c: cell_traverse — its content
  if (o instanceof PyMethod) return o.type === T.method; // Objects/classobject.c: method_traverse — im_func, then im_self
  // Objects/listobject.c: listiter_traverse, Objects/tupleobject.c: tupleiter_traverse — the sequence
  if (o.type === T.list_iterator || o.type === T.tuple_iterator) return true;
  if (o instanceof PyWeakref || o instanceof PyGenerator) return false;
  // an instance of a class defined in Python on object: Objects/typeobject.c: subtype_traverse
  // visits its inline values in the order of the class's shared keys (the type, not on the
  // modelled heap, last)
  if (o.constructor !== PyObject || !o.type.isHeapType || o.type.base) return false;
  // (its slots first: gc.ts: visitSlots)
  const d = o.dict;
  if (!d) return true;
  // a materialized __dict__: the instance visits it, and it its values (gc.ts: traverse)
  if (!(d as any).inline) return materializedOrder(o, R.rules) !== null;
  // the values' order is the class's shared keys' (gc.ts: traverse)
  return inlineValuesInOrder(o, R.rules) !== null;
}

/**
 * Objects/genobject.c: gen_traverse -> Python/frame.c: _PyFrame_Traverse visits the frame object,
 * f_locals, the function (f_func / f_funcobj), then the local variables (localsplus) and the value
 * stack in order — PyGenerator.refs' order once there is no frame object, no f_locals and no cell
 * (a cell's place among the locals is not modelled). heapsnake's generator does not hold its
 * function (NON-CPYTHON): exact when that function is alive (the caller checks that it leads to
 * nothing that runs code), or is a generator expression's, which holds nothing.
 */
function genExact(g: PyGenerator, funcAlive: boolean): boolean {
  const f = g.frame;
  if (g.type !== T.generator || !f || f.frameObj || f.fLocals) return false;
  if (g.code.cellvars.length || g.code.freevars.length) return false;
  return funcAlive || g.code.name === '<genexpr>';
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
 * A class's __dict__ as a node of the collector's graph: heapsnake keeps a class's attributes in
 * PyType.attrs, not in a PyDict on the modelled heap.
 */
class ClassDict { constructor(readonly cls: PyType) {} }
type Node = PyObject | ClassDict;

/**
 * The collector's graph over `members` (objects in its list) and the modelled classes: which
 * nodes belong to it, and the references a node holds, in tp_traverse order —
 * Objects/typeobject.c: type_traverse visits tp_dict first (then tp_cache, tp_mro, tp_bases,
 * tp_base, which lead only to classes, all of them reached from the __main__ dict already); a
 * class's __dict__ has str keys, so dict_traverse visits its values in entry order (PyType.attrs
 * keeps CPython's order).
 */
function classGraph(members: Set<PyObject>, classes: PyType[]): { classSet: Set<PyObject>; dictOf: Map<PyType, ClassDict>; isNode: (r: Node) => boolean; kids: (n: Node, visit: (r: Node) => void) => void } {
  const classSet = new Set<PyObject>(classes);
  const dictOf = new Map<PyType, ClassDict>(classes.map((c) => [c, new ClassDict(c)]));
  const isNode = (r: Node): boolean => r instanceof ClassDict || members.has(r) || classSet.has(r);
  const kids = (n: Node, visit: (r: Node) => void): void => {
    if (n instanceof ClassDict) { for (const v of n.cls.attrs.values()) if (isNode(v)) visit(v); return; }
    if (n instanceof PyType) { const d = dictOf.get(n); if (d) visit(d); return; }
    traverse(n, (r) => { if (isNode(r)) visit(r); });
  };
  return { classSet, dictOf, isNode, kids };
}

/**
 * The classes whose type object and __dict__ take part in the exit order: classes of __main__ made
 * by `type` and bound to a global (so their type object is reached from the __main__ dict — 3.11:
 * marked by its early walk, 3.14: on the first level of the breadth-first walk). Their attributes
 * are references from inside the garbage; a class that is not bound (or made by another metaclass,
 * or defined in another module) still counts as an outside root of what it holds.
 */
function modelledClasses(g: PyDict): PyType[] {
  const out: PyType[] = [];
  for (const e of g.entries) {
    const t = e?.value;
    if (t instanceof PyType && (t as any).userClass && t.type === T.type && t.module === '__main__' && !out.includes(t)) out.push(t);
  }
  return out;
}

/** What the walks need to know of a run (simulate.ts: shutdown). */
export interface ExitContext {
  /** The _PyGC_CollectIfEnabled collection (a) ran (simulate.ts has run it as gcCollect(2)). */
  stepTwoRan: boolean;
  /** Collections that ran before (a), during the program (GcState.runs then). */
  runsBefore: number;
  /** (a) found garbage that ran code (a __del__, a weakref callback). */
  stepTwoRanCode: boolean;
}

/**
 * The garbage of _PyGC_CollectNoFail at exit, in list order.
 * Returns a reason instead when the order cannot be made exact.
 */
export function exitCollection(g: PyDict, rules: VersionRules, ctx: ExitContext): ExitCollection | { refuse: string } {
  const { stepTwoRan } = ctx;
  const h = R.heap;
  const st = gcState();
  // the collector's list: gc_collect_main merges the younger generations after the oldest
  let list: PyObject[] = [...h.gens[2], ...h.gens[0], ...h.gens[1]].filter((o) => !o.dead);
  const inList = new Set(list);
  const classes = modelledClasses(g);
  const { classSet, dictOf, isNode, kids } = classGraph(inList, classes);
  const mainNodes: Node[] = [];
  for (const e of g.entries) if (e && !e.value.dead && (!e.value.imm || classSet.has(e.value)) && !mainNodes.includes(e.value)) mainNodes.push(e.value);
  const mainValues: PyObject[] = [];
  for (const e of g.entries) if (e && !e.value.imm && !e.value.dead) mainValues.push(e.value);

  // update_refs + subtract_refs, with the references of the __main__ dict and of the modelled
  // classes' __dict__s counted as internal
  const ext = new Map<PyObject, number>();
  for (const o of list) ext.set(o, o.rc);
  const sub = (r: PyObject) => { const v = ext.get(r); if (v !== undefined) ext.set(r, v - 1); };
  for (const o of list) traverse(o, sub);
  for (const v of mainValues) sub(v);
  for (const c of classes) for (const v of c.attrs.values()) sub(v);

  // a finalizer on an object the collector does not track (a subclass of int with __slots__ = ())
  // runs when the garbage is cleared, not in finalize_garbage: not modelled
  let untracked = mainValues.some((v) => !inList.has(v) && runsFinalizer(v));
  for (const o of list) traverse(o, (r) => { if (!inList.has(r) && runsFinalizer(r)) untracked = true; });
  for (const c of classes) for (const v of c.attrs.values()) if (!inList.has(v) && runsFinalizer(v)) untracked = true;
  if (untracked) return { refuse: 'the order of __del__ at interpreter exit for an object the cycle collector does not track' };

  // what an outside root other than the __main__ dict keeps alive survives the collection
  const spread = (start: Node[], into: Set<Node>, exactOnly: boolean) => {
    const stack = start.filter((o) => isNode(o) && !into.has(o));
    for (const o of stack) into.add(o);
    while (stack.length) {
      const o = stack.pop()!;
      if (exactOnly && !exactNode(o)) continue;
      kids(o, (r) => { if (!into.has(r)) { into.add(r); stack.push(r); } });
    }
  };
  // a generator's function (f_func, which its frame holds in CPython and heapsnake's generator does
  // not): the live functions with its code
  const funcsOf = (gen: PyGenerator): PyFunction[] => list.filter((o): o is PyFunction => o instanceof PyFunction && o.code === gen.code);
  const exactNode = (n: Node): boolean => {
    if (n instanceof ClassDict || classSet.has(n as PyObject)) return true;
    // Objects/setobject.c: set_traverse — the table in slot order, which for objects hashed by
    // address CPython decides and heapsnake does not: exact while at most one of its items leads
    // to what runs code (checked below, once that is known)
    if (n instanceof PySet) return n.type === T.set || n.type === T.frozenset || plainSubclass(n, T.set);
    if (n instanceof PyGenerator) return genExact(n, funcsOf(n).length > 0);
    return exactTraverse(n as PyObject);
  };
  const rooted = new Set<Node>();
  spread(list.filter((o) => ext.get(o)! > 0), rooted, false);

  // the objects the order matters for: what runs code when finalized (or has weakref callbacks),
  // and the containers whose exact traversal leads to them from the __main__ dict
  const matters = (o: Node) => !(o instanceof ClassDict) && (runsFinalizer(o) || hasCallbacks(o));
  // (nothing in the list or the classes runs code: no order is observable, and every check below is about
  // what leads to such an object — skip them; the order stays the one computed at the end)
  const anyMatters = list.some(matters) || classes.some(matters);
  const viaExact = new Set<Node>();
  if (anyMatters) spread(mainNodes, viaExact, true);
  const referrers = new Map<Node, Node[]>();
  for (const o of viaExact) {
    if (!exactNode(o)) continue;
    kids(o, (r) => { if (viaExact.has(r)) { let l = referrers.get(r); if (!l) referrers.set(r, l = []); l.push(o); } });
  }
  const leads = new Set<Node>();
  const up = [...viaExact].filter(matters);
  for (const o of up) leads.add(o);
  while (up.length) {
    for (const p of referrers.get(up.pop()!) ?? []) if (!leads.has(p)) { leads.add(p); up.push(p); }
  }
  for (const o of viaExact) {
    if (o instanceof PySet && exactNode(o)) {
      let n = 0;
      kids(o, (r) => { if (leads.has(r)) n++; });
      if (n > 1) return { refuse: 'the order of __del__ at interpreter exit for objects held by a set (its table order depends on addresses CPython chooses)' };
    }
    // the function the generator's frame visits first: what it leads to would come first
    if (o instanceof PyGenerator && exactNode(o) && funcsOf(o).some((f) => leads.has(f))) {
      return { refuse: 'the order of __del__ at interpreter exit for a suspended generator whose function holds an object with __del__' };
    }
  }
  // everything an object whose traversal is not exact (or another root) reaches: its place in the
  // walk is not known
  const opaque = new Set<Node>();
  if (anyMatters) spread([...rooted, ...[...viaExact].filter((o) => !exactNode(o))], opaque, false);
  const opaqueChild = new Set<Node>();
  for (const x of opaque) kids(x, (r) => { opaqueChild.add(r); });
  if (anyMatters) for (const o of [...list, ...classes, ...dictOf.values()]) {
    if (matters(o) && rooted.has(o)) {
      return { refuse: 'an object with __del__ held at interpreter exit by something other than the global variables of __main__ and its classes (a module attribute, a class not bound to a global name)' };
    }
    if ((matters(o) || leads.has(o)) && opaqueChild.has(o)) {
      return { refuse: 'the order of __del__ at interpreter exit for an object held by something whose traversal heapsnake does not model (a generator whose locals include cells, a subclass of a builtin type with attributes, a weakref, a module)' };
    }
  }

  // 3.11: the walk of (a) with the classes in the list — see walkFirst
  const classesLead = classes.some((c) => leads.has(c));
  // the collections of the program moved the classes' attributes in the collector's list as their
  // type and __dict__ were walked; heapsnake's generations (Heap.gens) have no place for those
  if (classesLead && rules.exitOrder.generationsModelled && st.classPlaces === 'unknown') {
    return { refuse: `the order of __del__ at interpreter exit on Python ${rules.version} for objects a class attribute holds, after a collection whose moves of the classes heapsnake does not know (a young or automatic one, one that ran a __del__, one while a class was not bound to a global name)` };
  }
  if (classesLead && stepTwoRan && rules.exitOrder.mainDictWalk === 'first') {
    const walked = walkFirst(list, classes, leads, ext, mainNodes, kids, ctx);
    if ('refuse' in walked) return walked;
    list = walked;
  }

  const garbage = list.filter((o) => !rooted.has(o));
  // a weakref that outlives the collection calls back (handle_weakrefs); whether it does in CPython
  // depends on what holds it: a module attribute keeps it (modules are not on the modelled heap)
  const inGarbage = new Set(garbage);
  for (const o of garbage) {
    if (o.weakrefs?.some((w) => w.callback && !quietAtExit(w) && !inGarbage.has(w))) {
      return { refuse: 'a weakref callback at interpreter exit for a weakref that a module attribute or an unbound class keeps' };
    }
  }
  const events = garbage.filter(matters).length;
  if (events >= 2) {
    const breadthFirst = stepTwoRan && rules.exitOrder.mainDictWalk === 'last';
    // (without the exit collection the order is the list's: objects linked between the same two points where
    // CPython may have collected, and in one generation here, keep their order there: gcwatch.ts movedTogether)
    const mattering = garbage.filter(matters);
    const listOrderKept = !stepTwoRan && mattering.every((o) => o instanceof PyObject) && movedTogether(mattering as PyObject[]);
    if (!breadthFirst && st.exitRisk && !listOrderKept) {
      return { refuse: `the order of __del__ at interpreter exit on Python ${rules.version} once CPython may have run an automatic collection` };
    }
    if (!stepTwoRan && !rules.exitOrder.generationsModelled && st.runs > 0) {
      return { refuse: `the order of __del__ at interpreter exit after gc.disable() on Python ${rules.version} once a collection has run` };
    }
  }

  if (!stepTwoRan || rules.exitOrder.mainDictWalk === 'first') return { unreachable: garbage };
  // 3.14: breadth first from the __main__ dict (through the classes bound to its names), then
  // whatever other garbage the list holds
  const seen = new Set<Node>();
  const queue: Node[] = [];
  const garbageSet = new Set<Node>(garbage);
  const inWalk = (r: Node) => garbageSet.has(r) || r instanceof ClassDict || classSet.has(r as PyObject);
  for (const v of mainNodes) if (inWalk(v) && !seen.has(v)) { seen.add(v); queue.push(v); }
  for (let i = 0; i < queue.length; i++) {
    kids(queue[i], (r) => { if (inWalk(r) && !seen.has(r)) { seen.add(r); queue.push(r); } });
  }
  const order = queue.filter((n): n is PyObject => garbageSet.has(n));
  for (const o of garbage) if (!seen.has(o)) order.push(o);
  return { unreachable: order };
}

/**
 * After a collection during the program (gc.ts: gcCollect) on a version whose generations heapsnake
 * keeps (VersionRules.exitOrder.generationsModelled: 3.11). A full collection's move_unreachable
 * also walked the classes' type objects and __dict__s (walkFirst), which gcCollect does not: the
 * oldest generation is put in that walk's order, and every object and class node gets a new
 * PyObject.gcSeq / gcPlace in it, so that the list's order stays the order of gcSeq. What this
 * cannot follow (a young collection, one that ran code, a class of __main__ no global holds)
 * makes the classes' places unknown (GcState.classPlaces), which the exit order then refuses
 * when a class attribute leads to a finalizer.
 */
export function afterProgramCollection(generation: number, before: PyObject[], ranCode: boolean): void {
  const st = gcState();
  const h = R.heap;
  if (st.classPlaces === 'unknown') return;
  const unknown = () => { st.classPlaces = 'unknown'; };
  if (generation !== 2 || ranCode) return unknown();
  const g = (R as any).globalsRef as PyDict | null | undefined;
  if (!g) return unknown();
  const classes = modelledClasses(g);
  const all = userClassesOfMain();
  if (all.some((c) => !classes.includes(c))) return unknown();
  const old = h.gens[2];
  const survivors = before.filter((o) => !o.dead && old.has(o));
  if (survivors.length !== old.size) return unknown();
  let order: Node[] = [...old];
  if (classes.length) {
    for (const c of classes) {
      const place = (c as any).gcPlace as { type: number; dict: number | null } | undefined;
      if (!place || (place.dict === null && [...c.attrs.values()].some((v) => mayBeTracked(v)))) return unknown();
    }
    const inList = new Set<PyObject>(survivors);
    const { classSet, kids } = classGraph(inList, classes);
    const mainNodes: Node[] = [];
    for (const e of g.entries) if (e && !e.value.dead && (inList.has(e.value) || classSet.has(e.value)) && !mainNodes.includes(e.value)) mainNodes.push(e.value);
    const ext = new Map<PyObject, number>();
    for (const o of survivors) ext.set(o, o.rc);
    const sub = (r: PyObject) => { const v = ext.get(r); if (v !== undefined) ext.set(r, v - 1); };
    for (const o of survivors) traverse(o, sub);
    for (const e of g.entries) if (e) sub(e.value);
    for (const c of classes) for (const v of c.attrs.values()) sub(v);
    const walked = walkNodes(survivors, classes, ext, mainNodes, kids);
    if (!walked) return unknown();
    order = walked;
  }
  // the new order, and places in it
  const real: PyObject[] = [];
  for (const n of order) {
    const seq = ++h.trackSeq;
    if (n instanceof ClassDict) ((n.cls as any).gcPlace as { dict: number | null }).dict = seq;
    else if (n instanceof PyType) ((n as any).gcPlace as { type: number }).type = seq;
    else { n.gcSeq = seq; real.push(n); }
  }
  old.clear();
  for (const o of real) old.add(o);
}

function userClassesOfMain(): PyType[] {
  return (((R as any).userClasses ?? []) as PyType[]).filter((c) => c.module === '__main__');
}

/**
 * 3.11's walk of (a) when a class's attributes lead to what runs code at exit. The collector's
 * list holds the class's type object and its __dict__ at the places they were linked
 * (classes.ts: typeNew, gcPlace), among the program's objects in the order they were linked
 * (PyObject.gcSeq) — the list's order only while no collection has run. move_unreachable
 * (Modules/gcmodule.c) then: the __main__ dict, walked first, marks its values (the class
 * among them); an object no outside reference holds and no walked object has marked goes to the
 * tentatively unreachable list, and back to the end of the list when a walked object reaches it.
 * A class's __dict__, linked before the type when the namespace held a GC object, is therefore
 * moved to the end when the type is walked, and what only it holds follows it there.
 */
function walkFirst(list: PyObject[], classes: PyType[], leads: Set<Node>, ext: Map<PyObject, number>, mainNodes: Node[],
  kids: (n: Node, visit: (r: Node) => void) => void, ctx: ExitContext): PyObject[] | { refuse: string } {
  const why = 'the order of __del__ at interpreter exit on Python 3.11 for objects a class attribute holds';
  if (ctx.stepTwoRanCode) return { refuse: `${why}, after the exit collection ran a __del__ or a weakref callback` };
  for (const c of classes) {
    const place = (c as any).gcPlace as { type: number; dict: number | null } | undefined;
    if (!place || (place.dict === null && leads.has(c))) return { refuse: `${why}, whose __dict__ was linked into the collector's list at a place heapsnake does not know` };
  }
  const order = walkNodes(list, classes, ext, mainNodes, kids);
  if (!order) return { refuse: `${why}, held where heapsnake's walk does not reach` };
  return order.filter((n): n is PyObject => !(n instanceof ClassDict) && !(n instanceof PyType));
}

/**
 * move_unreachable over `list` (in PyObject.gcSeq order) with the classes' type objects and
 * __dict__s at their places (gcPlace), the __main__ dict walked first. Returns the walked order,
 * class nodes included, or null when something alive was not walked.
 */
function walkNodes(list: PyObject[], classes: PyType[], ext: Map<PyObject, number>, mainNodes: Node[],
  kids: (n: Node, visit: (r: Node) => void) => void): Node[] | null {
  const seq = new Map<Node, number>();
  for (const o of list) seq.set(o, o.gcSeq);
  const nodes: Node[] = [...list];
  for (const c of classes) {
    const place = (c as any).gcPlace as { type: number; dict: number | null } | undefined;
    if (!place) return null;
    seq.set(c, place.type);
    nodes.push(c);
    // (kids() of a type is its __dict__; where that place is unknown the class leads to nothing
    // that runs code, and its place does not change the order of what does)
    kids(c, (d) => { seq.set(d, place.dict ?? place.type + 0.1); nodes.push(d); });
  }
  nodes.sort((a, b) => seq.get(a)! - seq.get(b)!);
  const refs = new Map<Node, number>();
  for (const n of nodes) refs.set(n, n instanceof PyObject && ext.has(n) ? ext.get(n)! : 0);
  // state: 0 not yet walked, 1 walked (reachable), 2 tentatively unreachable
  const state = new Map<Node, number>();
  const walk: Node[] = nodes.slice();
  const visit = (r: Node): void => {
    if (!refs.has(r)) return;
    if (state.get(r) === 2) { state.set(r, 0); refs.set(r, 1); walk.push(r); }
    else if (!state.get(r) && refs.get(r)! <= 0) refs.set(r, 1);
  };
  for (const v of mainNodes) visit(v); // the __main__ dict, walked before the program's objects
  const kept: Node[] = [];
  let real = 0;
  for (let i = 0; i < walk.length; i++) {
    const n = walk[i];
    const s = state.get(n);
    if (s === 1) continue;
    if (refs.get(n)! > 0) {
      state.set(n, 1);
      kept.push(n);
      if (!(n instanceof ClassDict) && !(n instanceof PyType)) real++;
      kids(n, visit);
    } else if (!s) state.set(n, 2);
  }
  // what stayed tentatively unreachable would be garbage: everything alive must have been walked
  return real === list.length ? kept : null;
}
