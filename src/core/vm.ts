// The evaluation loop (Python/ceval.c: _PyEval_EvalFrameDefault, and
// Python/bytecodes.c in 3.12+). The value stack holds owned references
// except where a slot is tagged borrowed (3.14's LOAD_FAST_BORROW), so the
// reference counts a program can observe come out as CPython's.

import { messageOf, noteRuleSinceLine } from './versionnote.js';
import { nativeHeld, nativeHeldOn, specializationDependent, exCall, holding } from './nativeheld.js';
import { cuts } from './cuts.js';
import { gcWin, intArithPoint } from './gcwin.js';
import { Op, BINOPS, CMPOPS, MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from './opcodes.js';
import { Code } from './code.js';
import { Frame, PyFunction, PyMethod, PyGenerator, PyFrameObject, PyTraceback, PyModule, clearLocals, frameObjectOf, dropFrameObject } from './func.js';
import { PyExc, NotSupported, LimitExceeded } from './errors.js';
import {
  PyObject, PyType, PyInt, PyStr, PyList, PyTuple, PyDict, PyCell, PyBaseException, PyWeakref, PyFloat, DictEntry,
} from './object.js';
import { T, EXC } from './types.js';
import {
  R, None, True, False, NotImplemented, newInt, newFloat, newStr, kwName, newList, newTuple, newTupleTracked, newDict, newSet, newCell, incref, decref,
  raise, typeError, call, callDescr, isInstance, PyBuiltin, PyMethodDescr, notSupported, bindDescr, newException,
} from './rt.js';
import * as ops from './ops.js';
import { binop, unaryNeg, unaryPos, unaryInvert } from './num.js';
import { dictGet, dictSet, dictDel, dictGetStr, dictSetStr, dictDelStr, dictMerge, dictItems, dictIndexStr, dictSetAt } from './dict.js';
import { listAppend, listExtend } from './list.js';
import { setAdd, setUpdate } from './set.js';
import { formatValue } from './format.js';
import { makeSlice } from './slice.js';
import { buildClass, addInstanceExtras } from './classes.js';
import { importModule } from './modules.js';
import { suggest } from './suggest.js';
import { evalLazyAnnotation } from './annotations.js';

export interface StepHook { (f: Frame): void }

const enum B { HANDLER = 0, LEVEL = 1 }

export class VM {
  /** Innermost executing frame. */
  top: Frame | null = null;
  depth = 0;
  recursionLimit: number;
  builtins: PyDict;
  /** The exception currently being handled (sys.exc_info()), a borrowed view of the stack's. */
  excInfo: PyObject[] = [];
  onStep: StepHook | null = null;
  /** See RunOptions.progress. */
  progress: Float64Array | null = null;
  /** Steps are expensive (a trace is recorded): check the clock at each one. */
  onStepCostly = false;
  steps = 0;
  maxSteps = 2_000_000;
  deadline = Infinity;
  borrowed: boolean;
  /** How the class being called by callType was called: 'call' (the CALL instruction, `first`: its first
   *  execution), 'ex' (CALL_FUNCTION_EX: type_call gets callargs itself) or null (from native code). */
  classCallSite: { kind: 'call' | 'ex'; first: boolean; quickened311?: boolean } | null = null;

  constructor(builtins: PyDict) {
    this.builtins = builtins;
    this.recursionLimit = R.rules.recursionLimit;
    this.borrowed = R.rules.borrowedLoadFast;
  }

  /** The line running: the innermost frame that has one (library code runs without lines of the snippet). */
  line(): number {
    let f = this.top;
    while (f && !f.line && f.back) f = f.back;
    return f ? f.line : 0;
  }

  // ------------------------------------------------------------------ calls
  /** Call any callable from native code: args borrowed, returns a new reference. */
  callObject(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
    if (f instanceof PyFunction) return this.callFunction(f, args, kwnames, null);
    if (f instanceof PyBuiltin) return f.self ? f.fn([f.self, ...args], kwnames) : f.fn(args, kwnames);
    if (f instanceof PyMethod) {
      if (f.func instanceof PyFunction) return this.callFunction(f.func, [f.self, ...args], kwnames, null);
      return this.callObject(f.func, [f.self, ...args], kwnames);
    }
    if (f instanceof PyType) return this.callType(f, args, kwnames);
    if (f instanceof PyMethodDescr) {
      if (f.kind === 'static') return f.fn(None, args, kwnames);
      if (f.kind === 'class') return f.fn(args[0], args.slice(1), kwnames);
      if (!args.length) typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
      if (!args[0].type.isSubtypeOf(f.owner)) typeError(`descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${args[0].type.name}' object`);
      return f.fn(args[0], args.slice(1), kwnames);
    }
    const m = f.type.lookup('__call__');
    if (m) {
      if (!(f.type.isHeapType && m instanceof PyFunction)) return callDescr(m, f, args, kwnames);
      // Objects/typeobject.c: slot_tp_call — an instance has no vectorcall, so the call goes through
      // _PyObject_MakeTpCall's argument tuple and keyword dict (not for CALL_FUNCTION_EX, which passes its
      // own), then _PyObject_Call_Prepend (see callType)
      const site = this.classCallSite;
      this.classCallSite = null;
      return this.withTpCallArgs(site && site.kind === 'ex' ? null : args, () => this.callPrepended(m, f, args, kwnames));
    }
    return typeError(`'${f.type.name}' object is not callable`);
  }

  callType(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
    const site = this.classCallSite;
    this.classCallSite = null;
    if (t === T.type && args.length === 1 && !kwnames) return incref(args[0].type);
    // Objects/call.c: _PyObject_MakeTpCall — a class has no vectorcall, so a call packs its positional
    // arguments into a tuple and its keywords into a dict, held while type_call runs __new__ and __init__
    // (CALL_FUNCTION_EX hands type_call its own callargs instead).
    // NON-CPYTHON: the tuple and dict are not allocated; their references are counted and shown.
    // The same for a built-in type without tp_vectorcall that may run Python code (measured: str(x) and int(x) on
    // 3.11 — Objects/unicodeobject.c and Objects/longobject.c have no vectorcall before 3.12/3.13 — and bytes(x),
    // complex(x) on both: a __str__/__int__/__bytes__/__complex__ sees one reference more)
    // (3.11's quickened PRECALL_NO_KW_STR_1 calls PyObject_Str(arg) itself, no tuple: Python/specialize.c: specialize_class_call)
    const str311 = R.rules.version === '3.11' && (t === T.int || (t === T.str && !(site?.quickened311 && args.length === 1 && !kwnames)));
    const packed = (t.isHeapType || str311 || t === T.bytes || t === T.complex)
      && (!site || site.kind === 'call') ? args : null;
    // 3.14: after its first execution a CALL of a plain class (object's __new__, a simple Python __init__)
    // is specialized to CALL_ALLOC_AND_ENTER_INIT (Python/specialize.c: specialize_class_call), which moves
    // the arguments into __init__ with no tuple — unless the instruction deoptimizes (the class changed):
    // the arguments' counts are not modelled then (modules.ts: getrefcount refuses them)
    const uncertain = packed && site && site.kind === 'call' && !site.first && !kwnames && R.rules.version !== '3.11'
      && specializableClassCall(t);
    let held = false;
    if (packed) {
      for (const v of packed) incref(v);
      held = nativeHeldOn.on;
      if (held) nativeHeld.push(["the class call's argument tuple and keyword dict (Objects/call.c: _PyObject_MakeTpCall)", packed]);
      if (uncertain) specializationDependent.push(['an argument of a class call', packed]);
    }
    try {
      const newFn = t.lookup('__new__');
      let obj: PyObject;
      if (newFn instanceof PyMethodDescr || newFn === undefined) {
        const nf = findNewFn(t);
        if (!nf) return typeError(`cannot create '${t.name}' instances`);
        obj = nf(t, args, kwnames);
      } else {
        // user-defined __new__ (a staticmethod wrapping a function)
        const fn = newFn.type === T.staticmethod ? ((newFn as any).held[0] as PyObject) : newFn;
        // Objects/typeobject.c: slot_tp_new — PyObject_GetAttr(type, "__new__") gives a new reference, held during the call
        incref(fn);
        try { obj = holding('__new__, looked up by slot_tp_new (Objects/typeobject.c)', [fn], () => this.callPrepended(fn, t, args, kwnames)); } finally { decref(fn); }
        if (!isInstance(obj, t)) return obj;
      }
      const init = t.lookup('__init__');
      if (init && !(init instanceof PyMethodDescr && (init as any).isObjectInit)) {
        const held = nativeHeldOn.on;
        if (held) nativeHeld.push(['the class call, holding the new object until __init__ returns (Objects/typeobject.c: type_call)', [obj]]);
        // Objects/typeobject.c: slot_tp_init — lookup_method returns a new reference to __init__, held during the
        // call (3.14's CALL_ALLOC_AND_ENTER_INIT pushes the frame with one reference and no such lookup)
        const fnHeld = init instanceof PyFunction ? incref(init) : null;
        if (fnHeld && held) nativeHeld.push(['__init__, looked up by slot_tp_init (Objects/typeobject.c: lookup_method)', [fnHeld]]);
        if (fnHeld && uncertain) specializationDependent.push(['__init__ of a class call', [fnHeld]]);
        try {
          const r = init instanceof PyFunction ? this.callPrepended(init, obj, args, kwnames) : callDescr(init, obj, args, kwnames);
          if (r !== None) { decref(r); typeError(`__init__() should return None, not '${r.type.name}'`); }
        } catch (e) { decref(obj); throw e; } finally {
          if (fnHeld) { if (uncertain) specializationDependent.pop(); if (held) nativeHeld.pop(); decref(fnHeld); }
          if (held) nativeHeld.pop();
        }
      }
      // instances of subclasses of builtins get their __dict__ and slots (Objects/typeobject.c: subtype layout)
      if (t.isHeapType && t.base && !obj.dict && !obj.slots && isInstance(obj, t)) addInstanceExtras(obj, t);
      return obj;
    } finally {
      if (packed) {
        if (uncertain) specializationDependent.pop();
        if (held) nativeHeld.pop();
        for (const v of packed) decref(v);
      }
    }
  }

  /** Run `f` with `packed` held as _PyObject_MakeTpCall's argument tuple and keyword dict (null: none).
   *  NON-CPYTHON: the tuple and dict are not allocated; their references are counted and shown. */
  private withTpCallArgs<T>(packed: PyObject[] | null, f: () => T): T {
    if (!packed) return f();
    for (const v of packed) incref(v);
    const held = nativeHeldOn.on;
    if (held) nativeHeld.push(["the call's argument tuple and keyword dict (Objects/call.c: _PyObject_MakeTpCall)", packed]);
    try { return f(); } finally { if (held) nativeHeld.pop(); for (const v of packed) decref(v); }
  }

  /**
   * slot_tp_new / slot_tp_init: Objects/call.c: _PyObject_Call_Prepend puts the object (or class) before the
   * arguments (borrowed); with keywords, _PyObject_FastCallDictTstate unpacks the dict into a new array
   * (_PyStack_UnpackDict) that holds every argument, the first included, during the call.
   */
  private callPrepended(fn: PyObject, first: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
    const all = [first, ...args];
    if (!(kwnames && kwnames.length && fn instanceof PyFunction)) return this.callObject(fn, all, kwnames);
    for (const v of all) incref(v);
    const held = nativeHeldOn.on;
    if (held) nativeHeld.push(["the call's argument array (Objects/call.c: _PyStack_UnpackDict)", all]);
    try { return this.callObject(fn, all, kwnames); } finally { if (held) nativeHeld.pop(); for (const v of all) decref(v); }
  }

  /** Set up a frame for `fn` with borrowed args; run it (or return a generator). */
  callFunction(fn: PyFunction, args: PyObject[], kwnames: string[] | null, argTags: ArrayLike<number> | null): PyObject {
    const f = this.makeFrame(fn, args, kwnames, argTags, false);
    if (fn.code.flags & CO_GENERATOR) return this.makeGenerator(f, fn);
    // Python/ceval.c: _PyEval_Vector (a call from C: _PyFunction_Vectorcall) gives the frame a new reference
    // to the function (f_func / f_funcobj), which it releases after the locals when the frame is cleared;
    // the VM's CALL moves the callable's stack reference instead (vm.ts: CALL keeps it on the caller's stack)
    f.funcRef = incref(fn);
    return this.run(f);
  }

  makeGenerator(f: Frame, fn: PyFunction): PyGenerator {
    // the frame is copied into the generator: borrowed references become strong
    for (let i = 0; i < f.lp.length; i++) if (f.lpTag[i]) { incref(f.lp[i]!); f.lpTag[i] = 0; }
    const g = new PyGenerator(f, null);
    f.gen = g;
    // the generator's frame holds its function (f_funcobj) until the frame is cleared (Python/frame.c)
    f.funcRef = incref(fn);
    R.heap.track(g);
    return g;
  }

  /**
   * Python/ceval.c: initialize_locals. `args` are borrowed unless `steal` is
   * set (the VM's CALL moves stack references into the new frame; 3.14 keeps
   * their borrowed tag — a callee local can be a borrowed reference).
   */
  makeFrame(fn: PyFunction, args: PyObject[], kwnames: string[] | null, argTags: ArrayLike<number> | null, steal: boolean): Frame {
    const code = fn.code;
    const f = new Frame(code, fn, fn.globals);
    const lp = f.lp, lt = f.lpTag;
    let sa = code.simpleArgc;
    if (sa === -2) sa = code.simpleArgc = simpleArgc(code);
    if (!kwnames && sa === args.length) {
      // exactly the positional parameters of a code with nothing else to bind (see CALL's fast path): the
      // positional loop below is all the general path would do
      for (let i = 0; i < sa; i++) { lp[i] = steal ? args[i] : incref(args[i]); if (steal && argTags) lt[i] = argTags[i]; }
      return f;
    }
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    const argc = code.argcount, kwonly = code.kwonlyargcount;
    const total = argc + kwonly;
    const fname = fn.qualname;
    let varargsIdx = -1, kwargsIdx = -1;
    if (code.flags & CO_VARARGS) varargsIdx = total;
    if (code.flags & CO_VARKEYWORDS) kwargsIdx = total + (varargsIdx >= 0 ? 1 : 0);
    let kwdict: PyDict | null = null;
    if (kwargsIdx >= 0) { kwdict = newDict(); lp[kwargsIdx] = kwdict; }
    // positional
    const n = Math.min(npos, argc);
    for (let i = 0; i < n; i++) { lp[i] = steal ? args[i] : incref(args[i]); if (steal && argTags) lt[i] = argTags[i]; }
    if (varargsIdx >= 0) {
      const extra: PyObject[] = [];
      for (let i = argc; i < npos; i++) {
        const v = args[i];
        extra.push(steal ? (argTags && argTags[i] ? incref(v) : v) : incref(v));
      }
      lp[varargsIdx] = newTuple(extra);
    } else if (npos > argc) {
      if (steal) for (let i = argc; i < args.length; i++) if (!(argTags && argTags[i])) decref(args[i]);
      clearLocals(R.heap, f);
      const given = npos;
      const defaults = fn.defaults ? fn.defaults.items.length : 0;
      const kwGiven = nkw ? ` positional argument${given === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'})` : '';
      if (defaults) typeError(`${fname}() takes from ${argc - defaults} to ${argc} positional arguments but ${given}${kwGiven ? kwGiven : ' were'} given`);
      typeError(`${fname}() takes ${argc} positional argument${argc === 1 ? '' : 's'} but ${given}${kwGiven ? kwGiven + ' were' : given === 1 ? ' was' : ' were'} given`);
    }
    // keywords
    const names = code.varnames;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const ai = npos + k;
      let idx = -1;
      for (let j = code.posonlyargcount; j < total; j++) if (names[j] === name) { idx = j; break; }
      if (idx < 0) {
        if (kwdict) {
          const key = kwName(name);
          dictSet(kwdict, key, args[ai]);
          decref(key);
          if (steal && !(argTags && argTags[ai])) decref(args[ai]);
          continue;
        }
        if (steal) for (let i = ai; i < args.length; i++) if (!(argTags && argTags[i])) decref(args[i]);
        clearLocals(R.heap, f);
        if (code.posonlyargcount && names.slice(0, code.posonlyargcount).includes(name)) {
          typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
        }
        typeError(messageOf('unexpectedKeyword', fname, name, names.slice(code.posonlyargcount, total)));
      }
      if (lp[idx] !== null) {
        if (steal) for (let i = ai; i < args.length; i++) if (!(argTags && argTags[i])) decref(args[i]);
        clearLocals(R.heap, f);
        typeError(`${fname}() got multiple values for argument '${name}'`);
      }
      lp[idx] = steal ? args[ai] : incref(args[ai]);
      if (steal && argTags) lt[idx] = argTags[ai];
    }
    // defaults
    if (npos < argc) {
      const defs = fn.defaults ? fn.defaults.items : [];
      const firstDef = argc - defs.length;
      const missing: string[] = [];
      for (let i = npos; i < argc; i++) {
        if (lp[i] !== null) continue;
        if (i >= firstDef) lp[i] = incref(defs[i - firstDef]);
        else missing.push(names[i]);
      }
      if (missing.length) { clearLocals(R.heap, f); typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${fmtNames(missing)}`); }
    }
    if (kwonly) {
      const missing: string[] = [];
      for (let i = argc; i < total; i++) {
        if (lp[i] !== null) continue;
        const d = fn.kwdefaults ? dictGetStr(fn.kwdefaults, names[i]) : undefined;
        if (d !== undefined) lp[i] = incref(d);
        else missing.push(names[i]);
      }
      if (missing.length) { clearLocals(R.heap, f); typeError(`${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${fmtNames(missing)}`); }
    }
    // cells (Python/ceval.c: MAKE_CELL / COPY_FREE_VARS)
    const nv = code.varnames.length;
    for (let i = 0; i < code.cellvars.length; i++) {
      const ai = code.cell2arg[i];
      let init: PyObject | null = null;
      if (ai >= 0) {
        const vi = names.indexOf(code.cellvars[i]);
        init = lp[vi];
        if (init && lt[vi]) { incref(init); lt[vi] = 0; }
        lp[vi] = null;
      }
      const cell = newCell(init);
      if (init) decref(init);
      lp[nv + i] = cell;
    }
    if (code.freevars.length) {
      const cl = fn.closure!.items;
      for (let i = 0; i < cl.length; i++) lp[nv + code.cellvars.length + i] = incref(cl[i]);
    }
    return f;
  }

  // ------------------------------------------------------------------ frames
  pushFrame(f: Frame, thrown = false): void {
    if (this.depth >= this.recursionLimit) {
      clearLocals(R.heap, f);
      if (f.funcRef && !f.gen) { const fn = f.funcRef; f.funcRef = null; decref(fn); }
      raise('RecursionError', 'maximum recursion depth exceeded');
    }
    f.back = this.top;
    f.depth = ++this.depth;
    this.top = f;
    // Python/bytecodes.c: RESUME (_CHECK_PERIODIC_IF_NOT_YIELD_FROM) — entering a frame, or resuming a
    // generator after a plain yield, runs a scheduled 3.14 collection for certain. A throw() into a generator
    // goes straight to its handler, and the RESUME after `yield from` does not check.
    if (gcWin.open && !thrown && resumeChecks(f)) gcWin.check(true);
  }
  popFrame(f: Frame): void {
    this.top = f.back;
    // the caller runs again: its trace snapshot is stale from here on (trace.ts: snapshotFrames)
    if (f.back) f.back.snapStale = true;
    f.back = null;
    this.depth--;
  }

  /** Free a finished frame's stack and locals (unless a frame object owns them). */
  /** The frame whose locals are being released (names the cause of those frees). */
  exitingFrame: Frame | null = null;

  /** `prev`: the frame below it (a frame object that outlives it links f_back to prev's: dropFrameObject). */
  finishFrame(f: Frame, prev: Frame | null = this.top): void {
    const prevExiting = this.exitingFrame;
    this.exitingFrame = f;
    try { this.finishFrameInner(f, prev); } finally { this.exitingFrame = prevExiting; }
  }

  private finishFrameInner(f: Frame, prev: Frame | null): void {
    const st = f.stack, tg = f.tag;
    for (let i = f.sp - 1; i >= 0; i--) { const v = st[i]; st[i] = null; if (v && !tg[i]) decref(v); }
    f.sp = 0;
    f.finished = true;
    if (f.blocks.length) f.blocks.length = 0;
    if (f.frameObj) {
      // A frame object someone else holds (a traceback refers to it) takes the frame over with its locals and
      // its function (Python/frame.c: take_ownership keeps f_funcobj); one nobody else holds is freed, and
      // releases them (func.ts: dropFrameObject, PyFrameObject.clear).
      // (a generator's frame links no f_back: Objects/genobject.c gen_send_ex2 (3.11) drops frame->previous
      // before clearing the frame, "it may keep a chain of frames alive"; 3.14.10 measured the same)
      if (!f.funcRef && f.func && f.frameObj.rc > 1) f.funcRef = incref(f.func);
      dropFrameObject(R.heap, f, f.gen ? null : prev);
      return;
    }
    clearLocals(R.heap, f);
    // Python/frame.c: _PyFrame_ClearExceptCode — a generator's frame lets go of its function after the locals
    const fn = f.funcRef; f.funcRef = null; if (fn) decref(fn);
  }

  /** The frame's frame object (made once, held by the frame while it runs): a new reference. */
  frameObject(f: Frame): PyFrameObject { return frameObjectOf(R.heap, f); }

  // ------------------------------------------------------------------ generators
  /** Resume a generator with `value` (borrowed) or an exception; returns [yielded?, value]. */
  resume(g: PyGenerator, value: PyObject | null, exc: PyObject | null): { done: boolean; value: PyObject } {
    const f = g.frame;
    if (g.running) raise('ValueError', 'generator already executing');
    if (!f) {
      if (exc) { if (!takeThrown(exc)) incref(exc); throw new PyExc(exc); }
      return { done: true, value: None };
    }
    if (!g.started && value && value !== None && !exc) typeError("can't send non-None value to a just-started generator");
    g.running = true;
    try {
      if (g.started && !exc) {
        incref(value!);
        push(f, value!);
      } else if (g.started && exc) {
        // gen_throw: if suspended in `yield from`, delegate first
        const delegated = this.throwIntoDelegate(f, exc);
        if (delegated) return delegated.done ? this.resumeWith(g, f, delegated.value, null) : { done: false, value: delegated.value };
      }
      g.started = true;
      return this.resumeWith(g, f, null, exc);
    } finally {
      g.running = false;
    }
  }

  private resumeWith(g: PyGenerator, f: Frame, sendResult: PyObject | null, exc: PyObject | null): { done: boolean; value: PyObject } {
    g.running = true;
    f.code.warmth++; // 3.11: the RESUME after a yield warms the code up too (_PyCode_Warmup)
    if (sendResult) {
      // the delegate finished: replace [iter, v] by the result and skip past SEND
      const it = pop(f, this); const _v = it; void _v;
      decref(it);
      push(f, sendResult);
      f.pc = f.code.code[f.pc * 2 - 1 + 0] ?? f.pc; // (set by throwIntoDelegate)
    }
    // Objects/genobject.c: gen_send_ex2 links the generator's exc_state in front of the thread's exc_info
    // while it runs, and takes it off again when it yields or ends
    const base = this.excInfo.length;
    if (g.excState.length) { this.excInfo.push(...g.excState); g.excState = []; }
    let r: PyObject;
    try {
      r = this.run(f, exc);
    } catch (e) {
      this.dropGenExcState(base);
      g.frame = null;
      if (e instanceof PyExc && isInstance(e.exc, EXC.StopIteration)) {
        // Objects/genobject.c: gen_send_ex2 — PEP 479, the StopIteration becomes the cause
        const re = newException(EXC.RuntimeError, [newStr('generator raised StopIteration')]);
        re.cause = e.exc;
        re.context = incref(e.exc);
        re.suppressContext = true;
        throw new PyExc(re);
      }
      throw e;
    }
    if (f.yielded) {
      f.yielded = false;
      g.excState = this.excInfo.splice(base);
      return { done: false, value: r };
    }
    this.dropGenExcState(base);
    g.frame = null;
    return { done: true, value: r };
  }

  /** A generator that ended: what its handlers still held is released (Python/ceval.c: clear_gen_frame). */
  private dropGenExcState(base: number): void {
    const rest = this.excInfo.splice(base);
    for (let i = rest.length - 1; i >= 0; i--) decref(rest[i]);
  }

  /** If `f` is suspended inside `yield from`, throw into the sub-iterator. */
  private throwIntoDelegate(f: Frame, exc: PyObject): { done: boolean; value: PyObject } | null {
    const code = f.code.code;
    const prev = f.pc - 1;
    if (prev < 0 || code[prev * 2] !== Op.YIELD_VALUE || code[prev * 2 + 1] !== 1) return null;
    const sub = f.stack[f.sp - 1]!;
    if (isInstance(exc, EXC.GeneratorExit)) {
      // PEP 380: close the delegate, then raise GeneratorExit in the delegator
      const close = ops.getattrOpt(sub, 'close');
      if (close) { const r = call(close, []); decref(r); decref(close); }
      return null;
    }
    const th = ops.getattrOpt(sub, 'throw');
    if (!th) return null;
    try {
      const y = call(th, [exc]);
      decref(th);
      return { done: false, value: y };
    } catch (e) {
      decref(th);
      if (e instanceof PyExc && isInstance(e.exc, EXC.StopIteration)) {
        const v = stopValue(e.exc);
        decref(e.exc);
        // finish the SEND: pop the iterator, push the value, continue after the loop
        const it = f.stack[--f.sp]!; f.stack[f.sp] = null; decref(it);
        // find the SEND that jumps past: it is 2 instructions before the YIELD_VALUE
        const sendPc = prev - 1;
        f.pc = code[sendPc * 2 + 1];
        return { done: true, value: v };
      }
      // the exception propagates into the delegating generator at the yield
      if (e instanceof PyExc) {
        const it = f.stack[--f.sp]!; f.stack[f.sp] = null; decref(it);
        return null as any === null ? this.rethrowAt(f, e) : null;
      }
      throw e;
    }
  }
  private rethrowAt(_f: Frame, e: PyExc): never { throw e; }

  genSend(g: PyGenerator, v: PyObject): PyObject | null {
    const r = this.resume(g, v, null);
    if (r.done) {
      if (r.value === None) return null;
      const e = newExcWithValue(EXC.StopIteration, r.value);
      throw new PyExc(e);
    }
    return r.value;
  }

  /** Objects/genobject.c: gen_close */
  genClose(g: PyGenerator): void {
    if (!g.frame) return;
    if (!g.started) { const f = g.frame; g.frame = null; this.finishFrame(f, null); return; }
    const ge = ops.call(EXC.GeneratorExit, []);
    try {
      const r = this.resume(g, null, ge);
      if (!r.done) { decref(r.value); raise('RuntimeError', 'generator ignored GeneratorExit'); }
      decref(r.value);
    } catch (e) {
      if (e instanceof PyExc && (isInstance(e.exc, EXC.GeneratorExit) || isInstance(e.exc, EXC.StopIteration))) { decref(e.exc); return; }
      throw e;
    } finally { decref(ge); }
  }

  // ------------------------------------------------------------------ the loop
  /**
   * Run `entry` until it returns (or yields, for a generator frame). Returns a
   * new reference. Python-to-Python calls run in this same loop.
   */
  /** Nesting depth of run(): above 1, native code between the runs may hold references. */
  runDepth = 0;
  /** Set while tracing: explains `x is y` (explain.ts: explainIs). */
  explainIs: ((a: PyObject, b: PyObject, result: boolean) => void) | null = null;

  run(entry: Frame, throwIn: PyObject | null = null): PyObject {
    this.runDepth++;
    try { return this.runInner(entry, throwIn); } finally { this.runDepth--; }
  }

  private runInner(entry: Frame, throwIn: PyObject | null): PyObject {
    // a module body starting: its cells (only inlined comprehensions give it any) as MAKE_CELL makes them
    if (!entry.func && entry.pc === 0 && !entry.gen) {
      const nv = entry.code.varnames.length;
      for (let i = 0; i < entry.code.cellvars.length; i++) if (!entry.lp[nv + i]) entry.lp[nv + i] = newCell(null);
    }
    this.pushFrame(entry, throwIn !== null);
    let f = entry;
    let pendingExc: PyExc | null = null;
    if (throwIn) { if (!takeThrown(throwIn)) incref(throwIn); pendingExc = new PyExc(throwIn); }
    for (;;) {
      try {
        if (pendingExc) { const e = pendingExc; pendingExc = null; throw e; }
        const r = this.loop(f, entry);
        return r;
      } catch (e) {
        if (!(e instanceof PyExc)) {
          // Not a Python exception: unwind every frame of this run and pass it on.
          // A JavaScript error here is a heapsnake bug: it is reported as NotSupported (never a crash),
          // marked "internal error" so tests and fuzzing can find it.
          if (!(e instanceof NotSupported) && !(e instanceof LimitExceeded) && e instanceof Error && !(e instanceof RangeError && /call stack/.test(e.message))) {
            const ns = new NotSupported('this operation (internal error in heapsnake)', this.top ? this.top.line : null, e.message);
            (ns as any).internal = e;
            e = ns;
          }
          let g: Frame | null = this.top;
          while (g) {
            const back = g.back;
            this.popFrame(g);
            if (!g.gen) this.finishFrame(g);
            if (g === entry) break;
            g = back;
          }
          if (e instanceof RangeError && /call stack/.test(e.message)) {
            // native code (repr, comparison, hashing of deeply nested data) ran out of JS stack: CPython
            // would stop at its own C-level limit, at a depth heapsnake does not model
            throw new NotSupported('an operation on data nested this deeply', this.top ? this.top.line : null,
              "CPython stops such native recursion at a C-level limit heapsnake does not model");
          }
          throw e;
        }
        // Python exception: find a handler, frame by frame.
        f = this.top!;
        const handled = this.handle(f, e, entry);
        if (handled) { f = handled; continue; }
        throw e;
      }
    }
  }

  /** Returns the frame whose handler will run, or null if the exception leaves `entry`. */
  private handle(f: Frame, e: PyExc, entry: Frame): Frame | null {
    let first = !(e as any).reraise;
    if (first) this.chainContext(e.exc);
    (e as any).reraise = false;
    for (;;) {
      if (first) this.addTraceback(e.exc, f);
      first = true;
      if (f.blocks.length) {
        const level = f.blocks.pop()!;
        const handler = f.blocks.pop()!;
        while (f.sp > level) { const v = f.stack[--f.sp]; f.stack[f.sp] = null; if (v && !f.tag[f.sp]) decref(v); f.tag[f.sp] = 0; }
        push(f, e.exc);
        f.pc = handler;
        return f;
      }
      // the exception leaves this frame
      this.popFrame(f);
      if (f.gen) {
        f.gen.frame = null;
      }
      this.finishFrame(f);
      if (f === entry) return null;
      f = this.top!;
    }
  }

  addTraceback(exc: PyObject, f: Frame): void {
    if (!(exc instanceof PyBaseException)) return;
    const fo = this.frameObject(f);
    const tb = new PyTraceback(fo, f.line, exc.traceback as PyTraceback | null);
    R.heap.track(tb);
    exc.traceback = tb; // steals the old reference into tb.next
  }

  private loop(f: Frame, entry: Frame): PyObject {
    let code = f.code.code;
    let consts = f.code.consts;
    let names = f.code.names;
    let lines = f.code.lines;
    let starts = f.code.stmtStart;
    const heap = R.heap;
    for (;;) {
      const pc = f.pc++;
      const op = code[pc * 2], arg = code[pc * 2 + 1];
      if (starts[pc] || lines[pc] !== f.line) {
        f.line = lines[pc];
        if (starts[pc]) this.step(f);
      }
      switch (op) {
        case Op.NOP: break;
        case Op.POP_TOP: close(f, --f.sp); break;
        case Op.COPY: {
          const v = f.stack[f.sp - arg]!;
          // copying a borrowed ref yields a borrowed ref (PyStackRef_DUP keeps the tag semantics: new strong ref)
          push(f, incref(v));
          break;
        }
        case Op.SWAP: {
          const i = f.sp - 1, j = f.sp - arg;
          const a = f.stack[i]; f.stack[i] = f.stack[j]; f.stack[j] = a;
          const t = f.tag[i]; f.tag[i] = f.tag[j]; f.tag[j] = t;
          break;
        }
        case Op.PUSH_NULL: pushRaw(f, null, 0); break;
        case Op.LOAD_CONST: push(f, incref(consts[arg])); break;
        case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: {
          const v = f.lp[arg];
          if (v === null) this.unboundLocal(f, arg);
          // PyStackRef_DUP: a copy of a borrowed local stays borrowed (3.14)
          if (f.lpTag[arg]) pushRaw(f, v, 1);
          else push(f, incref(v!));
          break;
        }
        case Op.LOAD_FAST_BORROW: {
          const v = f.lp[arg];
          if (v === null) this.unboundLocal(f, arg);
          pushRaw(f, v, 1);
          break;
        }
        case Op.STORE_FAST: case Op.STORE_FAST_MAYBE_NULL: {
          // the stack ref moves into the local as it is (a borrowed ref stays borrowed; NULL for MAYBE_NULL)
          const si = --f.sp;
          const v = f.stack[si]!, vt = f.tag[si];
          f.stack[si] = null; f.tag[si] = 0;
          const old = f.lp[arg];
          const ot = f.lpTag[arg];
          f.lp[arg] = v; f.lpTag[arg] = vt;
          if (old && !ot) decref(old);
          break;
        }
        case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: {
          if (op === Op.LOAD_CLASSDEREF) {
            const nm = this.derefName(f, arg);
            const v = f.ns ? dictGetStr(f.ns, nm) : undefined;
            if (v !== undefined) { push(f, incref(v)); break; }
          }
          const cell = f.lp[arg] as PyCell;
          if (!cell.ref) this.unboundDeref(f, arg);
          push(f, incref(cell.ref!));
          break;
        }
        case Op.STORE_DEREF: {
          const v = popOwned(f);
          const cell = f.lp[arg] as PyCell;
          const old = cell.ref;
          cell.ref = v;
          if (old) decref(old);
          break;
        }
        case Op.LOAD_CLOSURE: push(f, incref(f.lp[arg]!)); break;
        case Op.LOAD_NAME: {
          const n = names[arg];
          let v = f.ns ? cachedEntry(f.code, pc, f.ns, n)?.value : undefined;
          if (v === undefined) v = dictGetStr(f.globals, n);
          if (v === undefined) v = dictGetStr(this.builtins, n);
          if (v === undefined) this.nameError(n, f);
          push(f, incref(v));
          break;
        }
        case Op.STORE_NAME: {
          const v = popOwned(f);
          storeName(f.code, pc, f.ns!, names[arg], v);
          decref(v);
          break;
        }
        case Op.LOAD_GLOBAL: {
          const n = names[arg];
          let v = cachedEntry(f.code, pc, f.globals, n)?.value;
          if (v === undefined) v = dictGetStr(this.builtins, n);
          if (v === undefined) this.nameError(n, f);
          push(f, incref(v));
          break;
        }
        case Op.STORE_GLOBAL: {
          const v = popOwned(f);
          storeName(f.code, pc, f.globals, names[arg], v);
          decref(v);
          break;
        }
        case Op.LOAD_ATTR: {
          const o = f.stack[f.sp - 1]!;
          // 3.12+ LOAD_ATTR_PROPERTY runs a Python getter in a frame that takes the owner from the stack
          // (one reference less than the generic path's call): Python/specialize.c: specialize_attr_loadclassattr
          // and LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN a Python __getattribute__ (Python/specialize.c: _Py_Specialize_LoadAttr)
          // (every run counts: an instruction first run on another type may be specialized again later)
          const dep = R.rules.version !== '3.11' && !firstExecution(f) && o.type.isHeapType
            && (isPythonProperty(o.type.lookup(names[arg])) || o.type.lookup('__getattribute__') instanceof PyFunction);
          // (and a Python __getattribute__: slot_tp_getattro's vectorcall_method holds a reference to it, the specialized frame push does not)
          const ga = dep ? o.type.lookup('__getattribute__') : undefined;
          if (dep) specializationDependent.push(['the object whose property or __getattribute__ is running', ga instanceof PyFunction ? [o, ga] : [o]]);
          let v: PyObject;
          try { v = ops.getattr(o, names[arg]); } finally { if (dep) specializationDependent.pop(); }
          close(f, --f.sp);
          push(f, v);
          break;
        }
        case Op.STORE_ATTR: {
          const o = f.stack[f.sp - 1]!;
          const v = f.stack[f.sp - 2]!;
          ops.setattr(o, names[arg], v);
          close(f, --f.sp);
          close(f, --f.sp);
          break;
        }
        case Op.LOAD_METHOD: {
          // Python/bytecodes.c: LOAD_ATTR with the method flag — push (method, self) when
          // the attribute is a plain function found on the type and the type's tp_getattro is the
          // generic one (a class defining __getattribute__ or __getattr__ gets a bound method), else (NULL, attr).
          const o = f.stack[f.sp - 1]!;
          const n = names[arg];
          const t = o.type;
          const d = !(o instanceof PyType) && !(o as any).moduleDict && !(t as any).nativeGetattr ? t.lookup(n) : undefined;
          // NON-CPYTHON: a C method on an instance of a class is looked up as a bound builtin (its descriptor may
          // belong to a library class cached from another run); only what happens during the C call differs
          if (d !== undefined && (d.type === T.function || d instanceof PyMethodDescr && d.kind === 'method' && !t.isHeapType) && !(o.dict && dictGetStr(o.dict, n) !== undefined) && !(t.isHeapType && customGetattro(t))) {
            // stack: [..., self] -> [..., meth, self]
            const i = f.sp - 1;
            const selfTag = f.tag[i];
            f.stack[i] = incref(d); f.tag[i] = 0;
            pushRaw(f, o, selfTag);
          } else {
            const v = ops.getattr(o, n);
            close(f, f.sp - 1);
            f.stack[f.sp - 1] = null; f.tag[f.sp - 1] = 0;
            push(f, v);
          }
          break;
        }
        case Op.KW_NAMES: {
          const t = consts[arg] as PyTuple;
          f.kwnames = t.items.map((s) => (s as PyStr).v);
          break;
        }
        case Op.CALL: {
          if (arg & 0x1000) { this.callDecorator(f); break; }
          let argc = arg & 0xfff;
          const kwnames = f.kwnames; f.kwnames = null;
          const base = f.sp - argc - 2;
          let callable = f.stack[base];
          let self = f.stack[base + 1]!;
          let argStart = base + 2;
          if (callable === null && self.type === T.method) {
            // Python/bytecodes.c: PRECALL (3.11) / _MAYBE_EXPAND_METHOD (3.14) — a bound method on the
            // stack is replaced by its function and its self, and the stack's reference to it dropped
            // (a temporary `obj.m` made by a custom __getattribute__ dies here)
            const m = self as PyMethod;
            const fn = incref(m.func), sf = incref(m.self);
            close(f, base + 1);
            f.stack[base] = fn; f.tag[base] = 0;
            f.stack[base + 1] = sf; f.tag[base + 1] = 0;
            callable = fn; self = sf;
          }
          if (callable === null) { callable = self; }
          else { argStart = base + 1; argc++; }
          // whether CPython may have specialized this CALL (a class call's counts depend on it: callType)
          const specialized = R.rules.version !== '3.11' && !firstExecution(f);
          // Python function: the new frame takes the argument references (moved, tags kept).
          // (type identity stands for instanceof: PyFunction and PyMethod objects, and only they, have these
          // types, and an object's type never changes — a cheaper test than a prototype-chain walk)
          let fnObj: PyObject = callable!;
          let prepend: PyObject | null = null;
          if (fnObj.type === T.method && (fnObj as PyMethod).func.type === T.function) { prepend = (fnObj as PyMethod).self; fnObj = (fnObj as PyMethod).func; }
          if (fnObj.type === T.function) {
            const fn = fnObj as PyFunction;
            const fcode = fn.code;
            let sa = fcode.simpleArgc;
            if (sa === -2) sa = fcode.simpleArgc = simpleArgc(fcode);
            let nf: Frame;
            if (kwnames === null && sa === argc + (prepend ? 1 : 0)) {
              // Fast path: exactly the positional parameters, nothing else to bind. makeFrame(steal=true)
              // would move each stack slot (tag kept) into lp[i] in order and do nothing more for such a
              // code (no *args, keywords, defaults, keyword-only parameters, cells or free variables):
              // the same moves here, without the argument and tag arrays.
              nf = new Frame(fcode, fn, fn.globals);
              const lp = nf.lp, lt = nf.lpTag;
              let k = 0;
              if (prepend) lp[k++] = incref(prepend);
              for (let i = argStart, end = argStart + argc; i < end; i++, k++) {
                lp[k] = f.stack[i]; lt[k] = f.tag[i]; f.stack[i] = null; f.tag[i] = 0;
              }
              f.sp = argStart;
            } else nf = this.bindCall(f, fn, prepend, argStart, argc, kwnames, base);
            if (fcode.flags & CO_GENERATOR) {
              const g = this.makeGenerator(nf, fn);
              this.popCallable(f, base);
              push(f, g);
              break;
            }
            // the callable stays on the caller's stack during the call (as in CPython)
            nf.callBase = base;
            this.pushFrame(nf);
            f = nf;
            code = f.code.code; consts = f.code.consts; names = f.code.names; lines = f.code.lines; starts = f.code.stmtStart;
            break;
          }
          let r: PyObject;
          if (callable instanceof PyMethodDescr && callable.kind === 'method' && argc > 0 && f.stack[argStart]!.type.isSubtypeOf(callable.owner)) {
            // A method descriptor called with its self (obj.method(...) after LOAD_METHOD): what callObject
            // does once its checks pass — fn(self, the other arguments) — without copying the arguments twice
            const rest: PyObject[] = new Array(argc - 1);
            for (let i = 1; i < argc; i++) rest[i - 1] = f.stack[argStart + i]!;
            r = callable.fn(f.stack[argStart]!, rest, kwnames);
          } else {
            const args: PyObject[] = new Array(argc);
            for (let i = 0; i < argc; i++) args[i] = f.stack[argStart + i]!;
            if (callable instanceof PyType) this.classCallSite = { kind: 'call', first: !specialized, quickened311: R.rules.version === '3.11' && f.code.warmth >= 8 };
            r = this.callObject(callable!, args, kwnames);
          }
          // Python/bytecodes.c: CALL ends with _CHECK_PERIODIC — for certain in its first, generic run (3.14:
          // ADAPTIVE_WARMUP_VALUE 1); specialized forms may not check (CALL_LEN, CALL_LIST_APPEND,
          // CALL_ISINSTANCE, CALL_TYPE_1 do not; measured on 3.14.10). CALL_KW does not check even in its first
          // run (sorted(l, reverse=True), dict(a=1): measured). super() is LOAD_SUPER_ATTR in CPython.
          if (gcWin.open) gcWin.check(!specialized && kwnames === null && callable !== T.super);
          for (let i = f.sp - 1; i >= base; i--) close(f, i);
          f.sp = base;
          push(f, r);
          break;
        }
        case Op.BINARY_OP: {
          const b = f.stack[f.sp - 1]!, a = f.stack[f.sp - 2]!;
          let r: PyObject;
          if (a instanceof PyInt && b instanceof PyInt && typeof a.v === 'number' && typeof b.v === 'number' && a.type === T.int && b.type === T.int) {
            if ((a as any).idOf !== undefined && (b as any).idOf !== undefined) ops.checkIdArith(a, b);
            const x = a.v, y = b.v;
            const o = arg >= 13 ? arg - 13 : arg;
            if (o === 0) { const s = x + y; r = Number.isSafeInteger(s) ? newInt(s) : binop(a, b, arg); }
            else if (o === 10) { const s = x - y; r = Number.isSafeInteger(s) ? newInt(s) : binop(a, b, arg); }
            else if (o === 5) {
              if (gcWin.open) intArithPoint(5, x, y);
              const s = x * y; r = Number.isSafeInteger(s) ? newInt(s) : binop(a, b, arg);
            }
            else if (o === 6 && y !== 0) {
              if (gcWin.open) intArithPoint(6, x, y);
              // num.ts: intOp's % for two safe integers (a floor modulo, never -0), without binop's dispatch
              let m = x % y; if (m !== 0 && (m < 0) !== (y < 0)) m += y; r = newInt(m === 0 ? 0 : m);
            } else r = binop(a, b, arg);
          } else r = binop(a, b, arg);
          close(f, --f.sp); close(f, --f.sp);
          push(f, r);
          break;
        }
        case Op.COMPARE_OP: {
          const b = f.stack[f.sp - 1]!, a = f.stack[f.sp - 2]!;
          let r: PyObject;
          // (exact ints only: a subclass of int may define its own comparisons)
          if (a instanceof PyInt && b instanceof PyInt && typeof a.v === 'number' && typeof b.v === 'number' && a.type === T.int && b.type === T.int) {
            if ((a as any).idOf !== undefined && (b as any).idOf !== undefined) ops.checkIdCompare(a, b, CMPOPS[arg]);
            const x = a.v, y = b.v;
            let c: boolean;
            switch (arg) { case 0: c = x < y; break; case 1: c = x <= y; break; case 2: c = x === y; break; case 3: c = x !== y; break; case 4: c = x > y; break; default: c = x >= y; }
            r = c ? True : False;
          } else r = ops.richCompare(a, b, CMPOPS[arg]);
          close(f, --f.sp); close(f, --f.sp);
          push(f, r);
          break;
        }
        case Op.IS_OP: {
          const b = f.stack[f.sp - 1]!, a = f.stack[f.sp - 2]!;
          const r = (a === b) !== (arg === 1);
          if (this.explainIs) this.explainIs(a, b, r); // the trace's explanation (explain.ts)
          close(f, --f.sp); close(f, --f.sp);
          push(f, r ? True : False);
          break;
        }
        case Op.CONTAINS_OP: {
          const b = f.stack[f.sp - 1]!, a = f.stack[f.sp - 2]!;
          const r = ops.contains(b, a) !== (arg === 1);
          close(f, --f.sp); close(f, --f.sp);
          push(f, r ? True : False);
          break;
        }
        case Op.UNARY_NOT: {
          const v = f.stack[f.sp - 1]!;
          const r = !ops.truthy(v);
          close(f, --f.sp);
          push(f, r ? True : False);
          break;
        }
        case Op.BINARY_SUBSCR: {
          const k = f.stack[f.sp - 1]!, o = f.stack[f.sp - 2]!;
          // BINARY_SUBSCR_GETITEM (3.11) / BINARY_OP_SUBSCR_GETITEM (3.14) push a frame for a Python
          // __getitem__ that takes the container and key from the stack (Python/specialize.c)
          const dep = specializedNow(f) && o.type.isHeapType && o.type.lookup('__getitem__') instanceof PyFunction;
          // (and the function: slot_mp_subscript's vectorcall_method holds a reference the specialized frame push does not)
          if (dep) specializationDependent.push(['the container or key of a Python __getitem__', [o, k, o.type.lookup('__getitem__')!]]);
          let r: PyObject;
          try { r = ops.getitem(o, k); } finally { if (dep) specializationDependent.pop(); }
          close(f, --f.sp); close(f, --f.sp);
          push(f, r);
          break;
        }
        case Op.STORE_SUBSCR: {
          const k = f.stack[f.sp - 1]!, o = f.stack[f.sp - 2]!, v = f.stack[f.sp - 3]!;
          if (o.type === T.list && k instanceof PyInt && typeof k.v === 'number') {
            const l = o as PyList;
            let i = k.v;
            if (i < 0) i += l.items.length;
            if (i < 0 || i >= l.items.length) raise('IndexError', 'list assignment index out of range');
            const old = l.items[i];
            l.items[i] = incref(v);
            decref(old);
          } else if (o.type === T.dict) {
            dictSet(o as PyDict, k, v);
          } else ops.setitem(o, k, v);
          close(f, --f.sp); close(f, --f.sp); close(f, --f.sp);
          break;
        }
        case Op.BUILD_LIST: case Op.BUILD_TUPLE: {
          const items: PyObject[] = new Array(arg);
          for (let i = arg - 1; i >= 0; i--) items[i] = popOwned(f);
          push(f, op === Op.BUILD_LIST ? newList(items) : newTuple(items));
          break;
        }
        case Op.LIST_APPEND: {
          const v = f.stack[f.sp - 1]!;
          listAppend(f.stack[f.sp - 1 - arg] as PyList, v);
          close(f, --f.sp);
          break;
        }
        case Op.GET_ITER: {
          const v = f.stack[f.sp - 1]!;
          const it = ops.iter(v);
          close(f, --f.sp);
          push(f, it);
          break;
        }
        case Op.FOR_ITER: {
          const it = f.stack[f.sp - 1]!;
          const v = ops.next(it);
          if (v === null) {
            close(f, --f.sp);
            f.pc = arg;
          } else push(f, v);
          break;
        }
        case Op.JUMP:
          if (arg < f.pc) {
            f.code.warmth++;
            // Python/bytecodes.c: JUMP_BACKWARD checks the eval breaker (a scheduled 3.14 collection runs, for
            // certain); the jump back to SEND in `yield from` is JUMP_BACKWARD_NO_INTERRUPT
            if (gcWin.open && code[arg * 2] !== Op.SEND) gcWin.check(true);
          }
          f.pc = arg;
          break;
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
          const v = f.stack[f.sp - 1]!;
          const t = v === True ? true : v === False ? false : ops.truthy(v);
          close(f, --f.sp);
          if (t === (op === Op.POP_JUMP_IF_TRUE)) f.pc = arg;
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
          const v = f.stack[f.sp - 1]!;
          const t = ops.truthy(v);
          if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) f.pc = arg;
          else close(f, --f.sp);
          break;
        }
        case Op.RETURN_VALUE: case Op.RETURN_CONST_NONE: {
          const r = op === Op.RETURN_VALUE ? popOwned(f) : None;
          this.popFrame(f);
          this.finishFrame(f);
          if (f === entry) return r;
          const caller = this.top!;
          // release the callable slots left on the caller's stack
          this.popCallable(caller, f.callBase);
          f = caller;
          code = f.code.code; consts = f.code.consts; names = f.code.names; lines = f.code.lines; starts = f.code.stmtStart;
          push(f, r);
          break;
        }
        case Op.YIELD_VALUE: {
          const v = popOwned(f);
          if (f !== entry) throw new Error('internal: yield in a non-entry frame');
          this.popFrame(f);
          f.yielded = true;
          return v;
        }
        case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP: f.blocks.push(arg, f.sp); break;
        case Op.POP_BLOCK: f.blocks.pop(); f.blocks.pop(); break; // (pops, not a length store: V8 inlines pop)
        default:
          // the instructions a loop rarely runs: kept out of this function so that V8 compiles it quickly
          // and keeps it optimized (a case first reached in optimized code deoptimizes the whole function)
          this.coldOp(f, op, arg);
      }
    }
  }

  /** The rest of the instruction set (see loop): none of these switches frames or returns. */
  private coldOp(f: Frame, op: number, arg: number): void {
    const consts = f.code.consts, names = f.code.names, heap = R.heap;
    switch (op) {
      case Op.LOAD_FAST_AND_CLEAR: {
        // Python/bytecodes.c: LOAD_FAST_AND_CLEAR — the local's reference (or NULL) moves to the stack
        const v = f.lp[arg], t = f.lpTag[arg];
        f.lp[arg] = null; f.lpTag[arg] = 0;
        pushRaw(f, v, v ? t : 0);
        break;
      }
      case Op.MAKE_CELL: {
        // Python/bytecodes.c: MAKE_CELL — a fresh cell holding the local's value (NULL here)
        const old = f.lp[arg], ot = f.lpTag[arg];
        f.lp[arg] = newCell(old); f.lpTag[arg] = 0;
        if (old && !ot) decref(old);
        break;
      }
      case Op.DELETE_FAST: {
        const old = f.lp[arg];
        if (old === null) this.unboundLocal(f, arg);
        f.lp[arg] = null;
        if (!f.lpTag[arg]) decref(old!);
        f.lpTag[arg] = 0;
        break;
      }
      case Op.DELETE_DEREF: {
        const cell = f.lp[arg] as PyCell;
        if (!cell.ref) this.unboundDeref(f, arg);
        const old = cell.ref!; cell.ref = null; decref(old);
        break;
      }
      case Op.DELETE_NAME: {
        const n = names[arg];
        if (!dictDelStr(f.ns!, n)) this.nameError(n, f); // Python/ceval.c: format_exc_check_arg (the name: suggestions)
        break;
      }
      case Op.DELETE_GLOBAL: {
        const n = names[arg];
        if (!dictDelStr(f.globals, n)) this.nameError(n, f); // Python/ceval.c: format_exc_check_arg (the name: suggestions)
        break;
      }
      case Op.DELETE_ATTR: {
        const o = f.stack[f.sp - 1]!;
        ops.delattr(o, names[arg]);
        close(f, --f.sp);
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        let kw = arg & 1 ? f.stack[f.sp - 1] as PyDict : null;
        const argsT = f.stack[f.sp - 1 - (arg & 1)] as PyObject;
        const callable = f.stack[f.sp - 2 - (arg & 1)]!;
        let tmpKw: PyDict | null = null;
        if (kw && (arg & 2) && !(kw instanceof PyDict && kw.type === T.dict)) {
          // 3.12+: a lone **mapping is passed as it is; a non-dict is copied into a dict first
          if (!kw.type.lookup('keys')) typeError(`${funcName(callable)} argument after ** must be a mapping, not ${kw.type.name}`);
          tmpKw = newDict(); dictMerge(tmpKw, kw, true); kw = tmpKw;
        }
        const argv: PyObject[] = (argsT as PyTuple).items.slice();
        let kwnames: string[] | null = null;
        if (kw) {
          kwnames = [];
          for (const [k, v] of dictItems(kw)) {
            if (!(k instanceof PyStr)) typeError('keywords must be strings');
            kwnames.push(k.v); argv.push(v);
          }
        }
        let r: PyObject;
        try {
          if (R.rules.version !== '3.11' && callable instanceof PyFunction) {
            // 3.14 Python/bytecodes.c: _DO_CALL_FUNCTION_EX hands a Python function's callargs and kwargs to
            // Python/ceval.c: _PyEvalFramePushAndInit_Ex, which gives the parameters new references and
            // releases both (Py_DECREF(callargs), Py_XDECREF(kwargs)) before the body runs: a tuple built
            // from `*a_list` is freed, a `*a_tuple` is not held by the call
            const nf = this.makeFrame(callable, argv, kwnames, null, false);
            for (let i = f.sp - 1; i >= f.sp - 1 - (arg & 1); i--) close(f, i);
            if (tmpKw) { decref(tmpKw); tmpKw = null; }
            r = callable.code.flags & CO_GENERATOR ? this.makeGenerator(nf, callable) : this.run(nf);
          } else {
            // 3.14 Python/codegen.c: a lone **mapping is copied into a new dict (BUILD_MAP 0, DICT_MERGE) that
            // lives on the stack for the call; heapsnake passes the mapping itself, so the copy's references
            // are counted here — when the mapping outlives the copy (a dict display is popped once merged)
            const copied = R.rules.version !== '3.11' && (arg & 2) && kw && !tmpKw && kw.rc > (f.tag[f.sp - 1] ? 0 : 1) ? argv.slice(argv.length - kwnames!.length) : null;
            // ... and the stack holds that copy, not the mapping: the mapping's own stack reference went when
            // DICT_MERGE popped it (p.show(*a, **options): options is not held during the call)
            if (copied && !f.tag[f.sp - 1]) { decref(kw!); f.tag[f.sp - 1] = 1; }
            r = this.withTpCallArgs(copied, () => {
              if (kwnames && kwnames.length && (callable instanceof PyFunction || callable instanceof PyMethod)) {
                // Objects/call.c: _PyVectorcall_Call (3.11 functions, bound methods in both) — a non-empty kwargs
                // dict goes through _PyStack_UnpackDict, whose temporary array holds every argument during the
                // call (an empty one takes the fast path)
                for (const v of argv) incref(v);
                const held = nativeHeldOn.on;
                if (held) nativeHeld.push(["the call's argument array (Objects/call.c: _PyStack_UnpackDict)", argv]);
                try { return this.callObject(callable, argv, kwnames); } finally { if (held) nativeHeld.pop(); for (const v of argv) decref(v); }
              }
              if (callable instanceof PyType || callable.type.isHeapType) this.classCallSite = { kind: 'ex', first: false };
              exCall.on = callable.type.name === 'partial';
              try { return this.callObject(callable, argv, kwnames); } finally { exCall.on = false; }
            });
          }
        } finally { if (tmpKw) decref(tmpKw); }
        if (gcWin.open) gcWin.check(false); // (CALL_FUNCTION_EX's end may check the eval breaker)
        const base = f.sp - 3 - (arg & 1);
        for (let i = f.sp - 1; i >= base; i--) close(f, i);
        f.sp = base;
        push(f, r);
        break;
      }
      case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: {
        const v = f.stack[f.sp - 1]!;
        const r = op === Op.UNARY_NEGATIVE ? unaryNeg(v) : op === Op.UNARY_POSITIVE ? unaryPos(v) : unaryInvert(v);
        close(f, --f.sp);
        push(f, r);
        break;
      }
      case Op.DELETE_SUBSCR: {
        const k = f.stack[f.sp - 1]!, o = f.stack[f.sp - 2]!;
        ops.delitem(o, k);
        close(f, --f.sp); close(f, --f.sp);
        break;
      }
      case Op.BUILD_SLICE: {
        const step = arg === 3 ? f.stack[f.sp - 1]! : None;
        const stop = f.stack[f.sp - (arg === 3 ? 2 : 1)]!;
        const start = f.stack[f.sp - arg]!;
        const s = makeSlice(start, stop, step);
        for (let i = 0; i < arg; i++) close(f, --f.sp);
        push(f, s);
        break;
      }
      case Op.BUILD_SET: {
        const s = newSet();
        const base = f.sp - arg;
        // Python/ceval.c (3.11): PySet_Add each item, then Py_DECREF it; 3.14 (bytecodes.c):
        // _PySet_AddTakeRef steals each stack reference — either way an item leaves the stack once added
        try {
          for (let i = 0; i < arg; i++) { setAdd(s, f.stack[base + i]!, !R.rules.buildSetSteals || f.tag[base + i] !== 0); close(f, base + i); }
        } catch (e) { decref(s); throw e; }
        f.sp = base;
        push(f, s);
        break;
      }
      case Op.BUILD_MAP: {
        const d = newDict();
        const base = f.sp - 2 * arg;
        try {
          for (let i = 0; i < arg; i++) dictSet(d, f.stack[base + 2 * i]!, f.stack[base + 2 * i + 1]!);
        } catch (e) { decref(d); throw e; }
        for (let i = f.sp - 1; i >= base; i--) close(f, i);
        f.sp = base;
        push(f, d);
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        // Python/ceval.c (3.11): BUILD_CONST_KEY_MAP — the keys tuple on top, the values under it
        const keys = f.stack[f.sp - 1] as PyTuple;
        const d = newDict();
        const base = f.sp - 1 - arg;
        try {
          for (let i = 0; i < arg; i++) dictSet(d, keys.items[i], f.stack[base + i]!);
        } catch (e) { decref(d); throw e; }
        for (let i = f.sp - 1; i >= base; i--) close(f, i);
        f.sp = base;
        push(f, d);
        break;
      }
      case Op.BUILD_STRING: {
        let s = '';
        const base = f.sp - arg;
        for (let i = 0; i < arg; i++) s += (f.stack[base + i] as PyStr).v;
        for (let i = f.sp - 1; i >= base; i--) close(f, i);
        f.sp = base;
        push(f, newStr(s));
        break;
      }
      case Op.SET_ADD: {
        const v = f.stack[f.sp - 1]!;
        // 3.14: _PySet_AddTakeRef steals the stack reference (version rule buildSetSteals)
        // (stealing a borrowed stack reference makes a new one: PyStackRef_AsPyObjectSteal)
        setAdd(f.stack[f.sp - 1 - arg] as any, v, !R.rules.buildSetSteals || f.tag[f.sp - 1] !== 0);
        close(f, --f.sp);
        break;
      }
      case Op.MAP_ADD: {
        const v = f.stack[f.sp - 1]!, k = f.stack[f.sp - 2]!;
        dictSet(f.stack[f.sp - 2 - arg] as PyDict, k, v);
        close(f, --f.sp); close(f, --f.sp);
        break;
      }
      case Op.LIST_EXTEND: {
        const v = f.stack[f.sp - 1]!;
        if (!v.type.lookup('__iter__') && !v.type.lookup('__getitem__')) typeError(`Value after * must be an iterable, not ${v.type.name}`);
        listExtend(f.stack[f.sp - 1 - arg] as PyList, v, true);
        close(f, --f.sp);
        break;
      }
      case Op.SET_UPDATE: {
        const v = f.stack[f.sp - 1]!;
        setUpdate(f.stack[f.sp - 1 - arg] as any, v);
        close(f, --f.sp);
        break;
      }
      case Op.DICT_UPDATE: case Op.DICT_MERGE: {
        const v = f.stack[f.sp - 1]!;
        if (op === Op.DICT_UPDATE && !(v instanceof PyDict) && !v.type.lookup('keys')) typeError(`'${v.type.name}' object is not a mapping`);
        if (op === Op.DICT_MERGE && !(v instanceof PyDict) && !v.type.lookup('keys')) typeError(`${funcName(f.stack[f.sp - 2 - arg - 1]!)} argument after ** must be a mapping, not ${v.type.name}`);
        try {
          dictMerge(f.stack[f.sp - 1 - arg] as PyDict, v, op === Op.DICT_MERGE);
        } catch (e) {
          // Python/ceval.c: format_kwargs_error
          if ((e as any).key) {
            const k = (e as any).key as PyObject;
            if (!(k instanceof PyStr)) typeError(`${funcName(f.stack[f.sp - 2 - arg - 1]!)} keywords must be strings`);
            typeError(`${funcName(f.stack[f.sp - 2 - arg - 1]!)} got multiple values for keyword argument '${(k as PyStr).v}'`);
          }
          throw e;
        }
        close(f, --f.sp);
        break;
      }
      case Op.LIST_TO_TUPLE: {
        const l = f.stack[f.sp - 1]!;
        let t: PyObject;
        if (arg === 1) {
          // CALL_FUNCTION_EX's callargs: a tuple passes as it is, anything else through PySequence_Tuple
          if (l instanceof PyTuple && l.type === T.tuple) t = incref(l);
          else {
            if (!l.type.lookup('__iter__') && !l.type.lookup('__getitem__')) typeError(`${funcName(f.stack[f.sp - 2]!)} argument after * must be an iterable, not ${l.type.name}`);
            const items = ops.toArray(l);
            t = l instanceof PyList ? newTuple(items) : newTupleTracked(items);
          }
        } else t = newTuple((l as PyList).items.map((x) => incref(x)));
        close(f, --f.sp);
        push(f, t);
        break;
      }
      case Op.FORMAT_VALUE: {
        const spec = arg & 4 ? f.stack[f.sp - 1] as PyStr : null;
        const v = f.stack[f.sp - 1 - (arg & 4 ? 1 : 0)]!;
        const r = formatValue(v, arg & 3, spec ? spec.v : '', spec ?? undefined);
        if (spec) close(f, --f.sp);
        close(f, --f.sp);
        push(f, r);
        break;
      }
      case Op.UNPACK_SEQUENCE: case Op.UNPACK_EX: {
        const seq = f.stack[f.sp - 1]!;
        const items = this.unpack(seq, op === Op.UNPACK_SEQUENCE ? arg : -1, arg & 0xff, arg >> 8);
        close(f, --f.sp);
        for (let i = items.length - 1; i >= 0; i--) push(f, items[i]);
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = f.stack[f.sp - 1]!;
        if (!(v instanceof PyGenerator)) {
          const it = ops.iter(v);
          close(f, --f.sp);
          push(f, it);
        }
        break;
      }
      case Op.SEND: {
        const v = f.stack[f.sp - 1]!, it = f.stack[f.sp - 2]!;
        let y: PyObject | null;
        try {
          if (it instanceof PyGenerator) y = this.genSend(it, v);
          else if (v === None) y = ops.next(it);
          else { const s = ops.getattr(it, 'send'); try { y = call(s, [v]); } finally { decref(s); } }
        } catch (e) {
          if (e instanceof PyExc && isInstance(e.exc, EXC.StopIteration)) {
            const rv = stopValue(e.exc);
            decref(e.exc);
            close(f, --f.sp); close(f, --f.sp);
            push(f, rv);
            f.pc = arg;
            break;
          }
          throw e;
        }
        if (y === null) {
          close(f, --f.sp); close(f, --f.sp);
          push(f, None);
          f.pc = arg;
          break;
        }
        close(f, --f.sp);
        push(f, y);
        break;
      }
      case Op.MAKE_FUNCTION: {
        const c = popOwned(f) as unknown as Code;
        // Python/codegen.c (3.14): codegen_function — a def with annotations first makes its __annotate__
        // function (PEP 649), which the new function keeps (func_annotate)
        let annotate: PyFunction | null = null;
        if (R.rules.lazyAnnotations && (c as any).hasAnnotations) {
          const stub = (c as any).annotateCode ??= heap.internal(() => {
            const k = new Code('__annotate__', '<snippet>');
            k.qualname = `${c.qualname}.__annotate__`;
            return k;
          });
          annotate = new PyFunction(stub, f.globals);
          heap.track(annotate);
        }
        const fn = new PyFunction(c, f.globals);
        if (annotate) fn.annotate = annotate;
        if (arg & MF_CLOSURE) fn.closure = popOwned(f) as PyTuple;
        // 3.11: the (name, value, …) tuple (Python/compile.c: compiler_visit_annotations)
        if (arg & MF_ANNOTATIONS) {
          fn.annotations = popOwned(f);
          // while tracing: what this line printed so far includes its annotations, evaluated now (versionnote.ts)
          if ((R as any).explainer) noteRuleSinceLine('lazyAnnotations');
        }
        if (arg & MF_KWDEFAULTS) fn.kwdefaults = popOwned(f) as PyDict;
        if (arg & MF_DEFAULTS) fn.defaults = popOwned(f) as PyTuple;
        if ((c as any).doc) (fn as any).doc = incref((c as any).doc);
        const modName = dictGetStr(f.globals, '__name__');
        if (modName instanceof PyStr) fn.module = modName.v;
        if (modName) fn.moduleObj = incref(modName);
        heap.track(fn);
        push(f, fn);
        break;
      }
      case Op.LOAD_BUILD_CLASS: push(f, incref(buildClassBuiltin)); break;
      case Op.BEFORE_WITH: {
        const mgr = f.stack[f.sp - 1]!;
        const enter = mgr.type.lookup('__enter__');
        const exit = mgr.type.lookup('__exit__');
        if (!enter || !exit) {
          // Python/ceval.c: 3.11 names only a missing __exit__ (after finding __enter__);
          // 3.14 looks up __exit__ first and names whichever is missing
          typeError(messageOf('noContextManager', mgr.type.name, !!enter, !!exit));
        }
        const boundExit = bindDescr(exit!, mgr, mgr.type);
        let res: PyObject;
        if (R.rules.withSpecialPairs && (boundExit instanceof PyMethod || exit instanceof PyMethodDescr)) {
          // NON-CPYTHON: 3.14 keeps (function, self) in two stack slots — also (method descriptor, self) for a
          // built-in __exit__ such as a file's (Objects/typeobject.c: _PyObject_LookupSpecialMethod: a type with
          // Py_TPFLAGS_METHOD_DESCRIPTOR is not bound); heapsnake keeps one bound method for the pair. It is no object of CPython's: not drawn, not in the trace's events or bytes, not
          // counted or tracked by the collector (heap.ts: standIn).
          heap.standIn(boundExit);
        }
        if (R.rules.withSpecialPairs) {
          // 3.14 (LOAD_SPECIAL): the manager's stack reference becomes __exit__'s self (the bound
          // method stands for that pair); __enter__ is called with no other reference held
          // (a Python __enter__ is CALLed from the stack pair: its frame's reference to the function is the pair's)
          close(f, --f.sp);
          try { res = enter instanceof PyFunction ? this.callObject(enter, [mgr], null) : callDescr(enter!, mgr, [], null); } catch (e) { decref(boundExit); throw e; }
        } else {
          // 3.11 Python/ceval.c: BEFORE_WITH — the bound __enter__ (_PyObject_LookupSpecial) holds the manager and the
          // function while it runs, and the stack's reference is dropped before the call: the stack reference kept
          // here stands for the bound method's
          try { res = callDescr(enter!, mgr, [], null); } catch (e) { decref(boundExit); throw e; }
          close(f, --f.sp);
        }
        push(f, boundExit);
        push(f, res);
        break;
      }
      case Op.WITH_EXIT: {
        if (heap.recording) {
          const ex = f.stack[f.sp - (arg === 0 ? 1 : 3)]!;
          const mgr = ex instanceof PyMethod ? ex.self : ex;
          heap.record({ kind: 'with-exit', id: mgr.id, line: f.line, step: this.steps });
        }
        if (arg === 0) {
          const exit = popOwned(f);
          if (R.rules.withSpecialPairs && exit instanceof PyMethod && exit.func instanceof PyFunction && !(exit.func.code.flags & CO_GENERATOR)) {
            // 3.14: CALL on the (function, self) pair moves self into the callee's frame; nothing else holds it
            const fn = incref(exit.func), self = incref(exit.self);
            decref(exit);
            try {
              const nf = this.makeFrame(fn, [self, None, None, None], null, null, true);
              decref(this.run(nf));
            } finally { decref(fn); }
            break;
          }
          try {
            const r = call(exit, [None, None, None]);
            decref(r);
          } finally { decref(exit); }
        } else {
          // [exit, prev, exc]
          const exc = f.stack[f.sp - 1]! as PyBaseException;
          const exit = f.stack[f.sp - 3]!;
          // 3.14 Python/bytecodes.c: WITH_EXCEPT_START keeps PyException_GetTraceback's new reference (original_tb)
          // until __exit__ returns; 3.11's drops it before the call (Py_XDECREF(tb))
          const tb = R.rules.version !== '3.11' && exc.traceback ? incref(exc.traceback) : null;
          let r: PyObject;
          try { r = tb ? holding('the traceback WITH_EXCEPT_START holds (Python/bytecodes.c: original_tb)', [tb], () => call(exit, [exc.type, exc, exc.traceback ?? None])) : call(exit, [exc.type, exc, exc.traceback ?? None]); } finally { if (tb) decref(tb); }
          push(f, r);
        }
        break;
      }
      case Op.RAISE_VARARGS: this.doRaise(f, arg); break;
      case Op.RERAISE: {
        const exc = popOwned(f);
        const e = new PyExc(exc);
        (e as any).reraise = true;
        throw e;
      }
      case Op.PUSH_EXC_INFO: {
        // [exc] -> [prev, exc]; the thread's handled exception becomes exc.
        const exc = f.stack[f.sp - 1]!;
        const prev = this.excInfo.length ? this.excInfo[this.excInfo.length - 1] : None;
        f.stack[f.sp - 1] = incref(prev); f.tag[f.sp - 1] = 0;
        push(f, exc);
        this.excInfo.push(incref(exc)); // Python/bytecodes.c: PUSH_EXC_INFO — exc_info holds a strong reference
        break;
      }
      case Op.POP_EXCEPT: {
        const prev = popOwned(f);
        const cur = this.excInfo.pop();
        decref(prev);
        if (cur) decref(cur);
        break;
      }
      case Op.CHECK_EXC_MATCH: {
        const t = f.stack[f.sp - 1]!, exc = f.stack[f.sp - 2]!;
        const m = this.excMatch(exc, t);
        close(f, --f.sp);
        push(f, m ? True : False);
        break;
      }
      case Op.LOAD_ASSERTION_ERROR: push(f, EXC.AssertionError); break;
      case Op.IMPORT_NAME: {
        close(f, --f.sp); close(f, --f.sp);
        push(f, importModule(names[arg]));
        break;
      }
      case Op.IMPORT_FROM: {
        const m = f.stack[f.sp - 1]!;
        const n = names[arg];
        const v = ops.getattrOpt(m, n);
        if (v === undefined) raise('ImportError', `cannot import name '${n}' from '${(m as PyModule).name}' (unknown location)`);
        push(f, v);
        break;
      }
      case Op.SETUP_ANNOTATIONS: {
        // Python/ceval.c: SETUP_ANNOTATIONS (3.11) — the module or class namespace gets an __annotations__ dict
        if (dictGetStr(f.ns!, '__annotations__') === undefined) {
          const d = newDict();
          dictSetStr(f.ns!, '__annotations__', d);
          decref(d);
        }
        break;
      }
      case Op.STORE_ANNOTATION: {
        // 3.14 class body (annotations.ts): evaluate the annotation now, without side effects
        const { name: n, node } = (f.code as any).lazyAnns[arg] as { name: string; node: any };
        if (!(f.annotations ??= []).includes(n)) f.annotations.push(n);
        const v = evalLazyAnnotation(node, f, this.builtins);
        // NON-CPYTHON: kept in the class namespace's __annotations__ (CPython 3.14 keeps __annotate_func__)
        let ad = dictGetStr(f.ns!, '__annotations__') as PyDict | undefined;
        if (!ad) { ad = newDict(); dictSetStr(f.ns!, '__annotations__', ad); decref(ad); }
        dictSetStr(ad, n, v);
        decref(v);
        break;
      }
      default:
        throw new NotSupported(`bytecode ${op}`, f.line);
    }
  }

  /** CALL of a decorator: [deco, fn] -> deco(fn). */
  private callDecorator(f: Frame): void {
    const fn = f.stack[f.sp - 1]!;
    const deco = f.stack[f.sp - 2]!;
    const specialized = R.rules.version !== '3.11' && !firstExecution(f);
    let r: PyObject;
    if (deco.type === T.function) {
      // a CALL of a Python function: the new frame takes the decorated object's stack reference
      const tag = f.tag[f.sp - 1];
      f.stack[f.sp - 1] = null; f.tag[f.sp - 1] = 0; f.sp--;
      const nf = this.makeFrame(deco as PyFunction, [fn], null, [tag], true);
      r = (deco as PyFunction).code.flags & CO_GENERATOR ? this.makeGenerator(nf, deco as PyFunction) : this.run(nf);
    } else {
      if (deco instanceof PyType) this.classCallSite = { kind: 'call', first: !specialized };
      r = this.callObject(deco, [fn], null);
      close(f, --f.sp);
    }
    close(f, --f.sp);
    push(f, r);
  }

  /** CALL's general binding (makeFrame): the arguments move off the caller's stack with their tags. */
  private bindCall(f: Frame, fn: PyFunction, prepend: PyObject | null, argStart: number, argc: number, kwnames: string[] | null, base: number): Frame {
    const args: PyObject[] = [];
    const tags = new Uint8Array(argc + (prepend ? 1 : 0));
    let k = 0;
    if (prepend) { args.push(incref(prepend)); tags[k++] = 0; }
    for (let i = 0; i < argc; i++) { args.push(f.stack[argStart + i]!); tags[k++] = f.tag[argStart + i]; f.stack[argStart + i] = null; f.tag[argStart + i] = 0; }
    f.sp = argStart;
    try {
      return this.makeFrame(fn, args, kwnames, tags, true);
    } catch (e) { this.popCallable(f, base); throw e; }
  }

  private popCallable(f: Frame, base: number): void {
    for (let i = f.sp - 1; i >= base; i--) close(f, i);
    f.sp = base;
  }

  /** What the current instruction did, in words: why an object's last reference went away. */
  releaseCause(): string {
    if (this.exitingFrame) return `${this.exitingFrame.code.name}() ${this.exitingFrame.gen ? 'finished' : 'returned'}: its frame's locals were released`;
    const f = this.top;
    if (!f) return 'interpreter exit';
    const i = Math.max(0, f.pc - 1);
    const op = f.code.code[i * 2], arg = f.code.code[i * 2 + 1];
    const local = (k: number) => [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars][k];
    switch (op) {
      case Op.STORE_NAME: case Op.STORE_GLOBAL: return `name '${f.code.names[arg]}' rebound`;
      case Op.STORE_FAST: case Op.STORE_DEREF: return `name '${local(arg)}' rebound`;
      case Op.STORE_FAST_MAYBE_NULL: return `the comprehension ended: its variable '${local(arg)}' was released`;
      case Op.DELETE_NAME: case Op.DELETE_GLOBAL: return `del ${f.code.names[arg]}`;
      case Op.DELETE_FAST: case Op.DELETE_DEREF: return `del ${local(arg)}`;
      case Op.STORE_ATTR: return `attribute .${f.code.names[arg]} replaced`;
      case Op.DELETE_ATTR: return `del .${f.code.names[arg]}`;
      case Op.STORE_SUBSCR: return 'container item replaced';
      case Op.DELETE_SUBSCR: return 'del of a container item';
      case Op.POP_TOP: return 'a temporary value was discarded';
      case Op.RETURN_VALUE: case Op.RETURN_CONST_NONE: return `${f.code.name}() returned: its frame was freed`;
      case Op.FOR_ITER: return 'the loop ended';
      case Op.POP_EXCEPT: return 'the except block ended';
      case Op.WITH_EXIT: return 'the with block ended';
      case Op.CALL: case Op.CALL_FUNCTION_EX: return 'released during a call';
      default: return 'a temporary value was released';
    }
  }

  step(f: Frame): void {
    if (++this.steps > this.maxSteps) throw new LimitExceeded('steps', `the program ran more than ${this.maxSteps.toLocaleString('en-US')} steps`);
    if (this.progress) this.progress[0] = this.steps;
    // the clock is read every 1,024 steps, and at every step while recording (snapshots make steps slow)
    if (((this.steps & 1023) === 0 || this.onStepCostly) && Date.now() > this.deadline) throw new LimitExceeded('time', `the program ran longer than the time limit`);
    if (this.onStep) this.onStep(f);
  }

  unboundLocal(f: Frame, i: number): never {
    const n = f.code.varnames[i];
    return raise('UnboundLocalError', `cannot access local variable '${n}' where it is not associated with a value`);
  }
  derefName(f: Frame, i: number): string {
    const c = f.code;
    const nv = c.varnames.length;
    return i - nv < c.cellvars.length ? c.cellvars[i - nv] : c.freevars[i - nv - c.cellvars.length];
  }
  unboundDeref(f: Frame, i: number): never {
    const n = this.derefName(f, i);
    const isFree = i - f.code.varnames.length >= f.code.cellvars.length;
    if (isFree) raise('NameError', `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
    return this.unboundLocal({ code: { varnames: [n] } } as any, 0);
  }

  /** NameError with .name set and CPython's "Did you mean" suggestion (Python/suggestions.c). */
  nameError(n: string, f: Frame): never {
    // a builtin CPython has and heapsnake does not model is refused, not reported missing
    if (UNMODELLED_BUILTINS[R.rules.version === '3.11' ? '3.11' : '3.14'].includes(n)) {
      throw new NotSupported(`the builtin ${n}`, this.line(), `CPython ${R.rules.version} has ${n}; heapsnake does not model it`);
    }
    const e = newException(EXC.NameError, [newStr(`name '${n}' is not defined`)]);
    e.setExtra('name', R.intern(n));
    const cands: string[] = [];
    for (const fr of [f]) {
      cands.push(...fr.code.varnames, ...fr.code.cellvars, ...fr.code.freevars);
      for (const d of [fr.ns, fr.globals, this.builtins]) if (d) for (const en of d.entries) if (en && en.key instanceof PyStr) cands.push(en.key.v);
    }
    const s = suggest(n, cands);
    if (s) (e as any).suggestion = s;
    throw new PyExc(e);
  }

  excMatch(exc: PyObject, t: PyObject): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => this.excMatch(exc, x));
    if (!(t instanceof PyType) || !t.isException) typeError('catching classes that do not inherit from BaseException is not allowed');
    return isInstance(exc, t as PyType);
  }

  /** Python/ceval.c: do_raise */
  private doRaise(f: Frame, n: number): never {
    if (n === 0) {
      const cur = this.excInfo.length ? this.excInfo[this.excInfo.length - 1] : None;
      if (cur === None) raise('RuntimeError', 'No active exception to reraise');
      // a bare `raise` re-raises without a traceback entry for this frame: do_raise returns 1 and
      // RAISE_VARARGS jumps to exception_unwind, past PyTraceBack_Here (Python/bytecodes.c
      // RAISE_VARARGS in 3.12+, Python/ceval.c in 3.11); the frames it leaves get entries as usual
      const e = new PyExc(incref(cur));
      (e as any).reraise = true;
      throw e;
    }
    const cause = n === 2 ? popOwned(f) : null;
    const excArg = popOwned(f);
    let exc: PyObject;
    try {
      if (excArg instanceof PyType) {
        if (!excArg.isException) typeError('exceptions must derive from BaseException');
        exc = this.callObject(excArg, [], null);
        if (!(exc instanceof PyBaseException)) typeError(`calling ${excArg.name} should have returned an instance of BaseException, not ${exc.type.name}`);
      } else if (excArg instanceof PyBaseException) exc = incref(excArg);
      else typeError('exceptions must derive from BaseException');
    } finally { decref(excArg); }
    if (cause) {
      let c: PyObject | null = null;
      if (cause instanceof PyType && cause.isException) c = this.callObject(cause, [], null);
      else if (cause instanceof PyBaseException) c = incref(cause);
      else if (cause === None) c = null;
      else { decref(cause); decref(exc); typeError('exception causes must derive from BaseException'); }
      const be = exc as PyBaseException;
      const old = be.cause;
      be.cause = c;
      be.suppressContext = true;
      if (old) decref(old);
      decref(cause);
    }
    throw new PyExc(exc);
  }

  /** Set __context__ on a newly raised exception (Python/errors.c: _PyErr_SetObject). */
  chainContext(exc: PyObject): void {
    if (!this.excInfo.length || !(exc instanceof PyBaseException)) return;
    const cur = this.excInfo[this.excInfo.length - 1];
    if (cur === exc || cur === None || exc.context) return;
    // avoid creating a cycle in the context chain
    let o: PyObject | null = cur;
    while (o instanceof PyBaseException) {
      if (o.context === exc) { const c = o.context; o.context = null; decref(c); break; }
      o = o.context;
    }
    exc.context = incref(cur);
  }

  /**
   * UNPACK_SEQUENCE (n >= 0) / UNPACK_EX (n = -1): Python/ceval.c: unpack_iterable. An exact list or tuple
   * of the right length is unpacked directly; anything else is iterated one item at a time, so a
   * generator runs only as far as CPython runs it (n + 1 items at most), and the starred list is
   * PySequence_List(iterator): list_extend presized from the iterator's length hint, the names after the
   * star taken from its end by Py_SET_SIZE, which leaves its allocation as it was.
   */
  unpack(seq: PyObject, n: number, before: number, after: number): PyObject[] {
    if (n >= 0 && (seq instanceof PyList || seq instanceof PyTuple) && (seq.type === T.list || seq.type === T.tuple) && seq.items.length === n) {
      return seq.items.map((x) => incref(x));
    }
    if (!seq.type.lookup('__iter__') && !seq.type.lookup('__getitem__')) typeError(`cannot unpack non-iterable ${seq.type.name} object`);
    const it = ops.iter(seq);
    const items: PyObject[] = [];
    const fail = (e: unknown): never => { for (const x of items) decref(x); decref(it); throw e; };
    const want = n >= 0 ? n : before;
    try {
      while (items.length < want) {
        const w = ops.next(it);
        if (w === null) {
          raise('ValueError', n >= 0 ? `not enough values to unpack (expected ${n}, got ${items.length})`
            : `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
        }
        items.push(w);
      }
      if (n >= 0) {
        const w = ops.next(it);
        if (w !== null) {
          decref(w);
          const sized = seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyDict;
          const ll = sized ? ops.len(seq) : 0;
          raise('ValueError', messageOf('unpackTooMany', n, sized && (seq.type === T.list || seq.type === T.tuple || seq.type === T.dict) && ll > n ? ll : null));
        }
        decref(it);
        return items;
      }
      const l = newList([]);
      items.push(l);
      listExtend(l as PyList, it);
      const ll = (l as PyList).items.length;
      if (ll < after) raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
      const tail = (l as PyList).items.splice(ll - after, after);
      decref(it);
      return [...items, ...tail];
    } catch (e) { return fail(e); }
  }
}

/**
 * Name caches for LOAD_NAME / STORE_NAME / LOAD_GLOBAL / STORE_GLOBAL (a speed-up of
 * heapsnake, with no effect a program can see): per instruction, the entry its name was found in,
 * in the first dict that instruction searches. It is used only while that very entry object is still
 * at that index of that dict's entries: a deletion nulls the slot, a resize or clear makes a new array
 * and a re-insertion a new entry object, and entry keys never change — so a hit is exactly the entry
 * a lookup would find. A name found further along (globals after the class namespace, builtins) is
 * looked up as before.
 */
interface NameCache { d: PyDict; i: number; e: DictEntry }
function cachedEntry(code: Code, pc: number, d: PyDict, name: string): DictEntry | undefined {
  let caches = code.nameCaches as (NameCache | undefined)[] | null | false;
  if (caches === null) caches = code.nameCaches = code.filename === '<snippet>' ? [] : false;
  if (caches === false) { const i = dictIndexStr(d, name); return i < 0 ? undefined : d.entries[i]!; }
  const c = caches[pc];
  if (c !== undefined && c.d === d && d.entries[c.i] === c.e) return c.e;
  const i = dictIndexStr(d, name);
  if (i < 0) return undefined;
  const e = d.entries[i]!;
  caches[pc] = { d, i, e };
  return e;
}
/** dictSetStr(d, name, v) through the instruction's cache: a name already bound has its value replaced in place. */
function storeName(code: Code, pc: number, d: PyDict, name: string, v: PyObject): void {
  const caches = code.nameCaches;
  const c = caches ? caches[pc] as NameCache | undefined : undefined;
  if (c !== undefined && c.d === d && d.entries[c.i] === c.e) dictSetAt(d, c.i, v);
  else if (caches !== false && cachedEntry(code, pc, d, name) !== undefined && code.nameCaches) dictSetAt(d, (code.nameCaches[pc] as NameCache).i, v);
  else dictSetStr(d, name, v);
}

/** Code.simpleArgc: the positional parameter count when a call only has to fill them (see CALL). */
function simpleArgc(c: Code): number {
  if (c.flags & (CO_VARARGS | CO_VARKEYWORDS)) return -1;
  if (c.kwonlyargcount || c.cellvars.length || c.freevars.length) return -1;
  return c.argcount;
}

// ------------------------------------------------------------------ stack helpers
// The stack and its tags are JS arrays, which grow by themselves when written at their length (and sp
// only ever moves up by one): push needs no capacity check, which keeps it small enough for V8 to inline
// at every instruction that uses it.
function push(f: Frame, v: PyObject): void {
  const sp = f.sp;
  f.stack[sp] = v; f.tag[sp] = 0; f.sp = sp + 1;
}
function pushRaw(f: Frame, v: PyObject | null, tag: number): void {
  const sp = f.sp;
  f.stack[sp] = v; f.tag[sp] = tag; f.sp = sp + 1;
}
/** Pop and return an owned reference (a borrowed slot is turned into a new reference: PyStackRef_AsPyObjectSteal). */
function popOwned(f: Frame): PyObject {
  const i = --f.sp;
  const v = f.stack[i]!;
  f.stack[i] = null;
  if (f.tag[i]) { f.tag[i] = 0; if (!v.imm) v.rc++; }
  return v;
}
function pop(f: Frame, _vm: VM): PyObject { return popOwned(f); }
/** Release stack slot i (PyStackRef_CLOSE). */
/** Whether the instruction being executed (f.pc - 1) runs for the first time (3.12+ specialize an
 *  instruction when it first runs, so it is generic only then: Python/bytecodes.c: _SPECIALIZE_*). */
/** Whether the RESUME CPython runs as `f` starts or resumes checks the eval breaker (see pushFrame). */
function resumeChecks(f: Frame): boolean {
  if (f.pc === 0) return true; // RESUME 0: a function, class body, module, or a generator's first run
  const c = f.code.code;
  // RESUME 1 after a plain yield checks; RESUME 2 after `yield from` does not
  return c[(f.pc - 1) * 2] === Op.YIELD_VALUE && c[(f.pc - 1) * 2 + 1] === 0;
}

function firstExecution(f: Frame): boolean {
  const c = f.code;
  const seen = c.ran ??= new Uint8Array(c.code.length / 2);
  const pc = f.pc - 1;
  if (seen[pc]) return false;
  seen[pc] = 1;
  return true;
}

/**
 * Whether CPython may run the instruction being executed in a specialized form: 3.14 after its first run
 * (ADAPTIVE_WARMUP_VALUE 1); 3.11 once the code object is quickened — 8 entries and backward jumps
 * (Python/ceval.c: _PyCode_Warmup, QUICKENING_WARMUP_DELAY), after which the adaptive instruction
 * specializes at once. Marks the instruction as run.
 */
function specializedNow(f: Frame): boolean {
  const first = firstExecution(f);
  return R.rules.version === '3.11' ? f.code.warmth >= 8 : !first;
}

/** Python/specialize.c: specialize_class_call — CALL_ALLOC_AND_ENTER_INIT for a class whose metaclass is
 *  type, with object's __new__ and a Python __init__ of the simple kind (no *args, **kwargs, keyword-only). */
/** generator.throw's own reference handed over to the frame that raises it (typemethods.ts: throw). */
function takeThrown(exc: PyObject): boolean {
  if (!(exc as any).throwTransfer) return false;
  delete (exc as any).throwTransfer;
  return true;
}

function isPythonProperty(d: PyObject | undefined): boolean {
  return d !== undefined && d.type === T.property && (d as any).held?.[0] instanceof PyFunction;
}

function specializableClassCall(t: PyType): boolean {
  if (t.type !== T.type) return false;
  const nw = t.lookup('__new__');
  if (nw !== undefined && !(nw instanceof PyMethodDescr)) return false;
  const init = t.lookup('__init__');
  if (!(init instanceof PyFunction)) return false;
  const c = init.code;
  return !(c.flags & (CO_VARARGS | CO_VARKEYWORDS)) && c.kwonlyargcount === 0;
}

function close(f: Frame, i: number): void {
  const v = f.stack[i];
  f.stack[i] = null;
  if (f.tag[i]) { f.tag[i] = 0; return; }
  if (v && !v.imm) { if (--v.rc === 0) R.heap.dealloc(v); else if (cuts.on && v.tracked) { cuts.set.set(v, cuts.epoch); cuts.dirty = true; } }
}

/** Objects/call.c: _PyObject_FunctionStr — the callable's name as error messages show it. */
function funcName(o: PyObject): string {
  if (o instanceof PyFunction) return `${o.module}.${o.qualname}()`;
  if (o instanceof PyMethod && o.func instanceof PyFunction) return `${o.func.qualname}()`;
  if (o instanceof PyBuiltin) return `${o.name}()`;
  if (o instanceof PyType) return `${o.name}()`;
  return `${o.type.name} object`;
}

function fmtNames(ns: string[]): string {
  const q = ns.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function findNewFn(t: PyType): PyType['newFn'] {
  for (const b of t.mro) if (b.newFn) return b.newFn;
  return null;
}

export function stopValue(exc: PyObject): PyObject {
  const e = exc as PyBaseException;
  if (e.args && e.args.items.length) return incref(e.args.items[0]);
  return None;
}

export function newExcWithValue(t: PyType, v: PyObject): PyObject {
  const e = ops.call(t, [v]);
  decref(v);
  return e;
}

export const buildClassBuiltin = new PyBuiltin('__build_class__', (args, kw) => buildClass(args, kw));

export { PyFloat, PyWeakref, newFloat, newStr, NotImplemented, notSupported, BINOPS, dictGet, dictDel, Code, CO_VARKEYWORDS };

/** Objects/typeobject.c: a class whose MRO defines __getattribute__ or __getattr__ in Python gets
 *  slot_tp_getattr_hook as tp_getattro instead of PyObject_GenericGetAttr. */
function customGetattro(t: PyType): boolean {
  const ga = t.lookup('__getattribute__');
  return (ga !== undefined && ga.type === T.function) || t.lookup('__getattr__') !== undefined;
}

/** Names in CPython's builtins module that heapsnake leaves out (measured: dir(builtins) of 3.14.10 and 3.11.7 run
 *  against heapsnake; tests/builtins-names.test.ts checks every CPython builtin is defined or listed here). */
const UNMODELLED_BUILTINS = {
  '3.14': ['BaseExceptionGroup', 'ExceptionGroup', 'PythonFinalizationError', 'UnicodeTranslateError', '_IncompleteInputError',
    '__build_class__', '__debug__', 'aiter', 'anext', 'copyright', 'credits', 'license'],
  '3.11': ['BaseExceptionGroup', 'ExceptionGroup', 'UnicodeTranslateError', '__build_class__', '__debug__', 'aiter', 'anext',
    'copyright', 'credits', 'license'],
};
