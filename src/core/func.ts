// Function, bound method, generator, frame and traceback objects.
// Objects/funcobject.c, Objects/classobject.c, Objects/genobject.c,
// Objects/frameobject.c, Python/traceback.c.

import { PyObject, PyDict, PyTuple, PyType, PyCell, Label } from './object.js';
import type { Heap } from './heap.js';
import { T } from './types.js';
import type { Code } from './code.js';
import { R } from './rt.js';
import { noteRuleSpan } from './versionnote.js';

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  /** func_annotations (created on first access) */
  annotations: PyObject | null = null;
  /** func_annotate (3.14, PEP 649): the __annotate__ function of a def with annotations */
  annotate: PyObject | null = null;
  module: string = '__main__';
  /**
   * func_name, func_qualname, func_module (Objects/funcobject.c: _PyFunction_FromConstructor): new
   * references to the code's co_name and co_qualname — interned strs (the parser interns
   * identifiers; Objects/codeobject.c interns co_qualname), so `f.__name__ is f.__code__.co_name` —
   * and to globals['__name__'] when the function is made. `name`/`qualname`/`module` keep their
   * text for reprs.
   */
  nameObj: PyObject;
  qualnameObj: PyObject;
  moduleObj: PyObject | null = null;
  constructor(public code: Code, public globals: PyDict) {
    super(T.function);
    code.used(this);
    this.name = code.name;
    this.qualname = code.qualname;
    this.nameObj = R.intern(code.name);
    this.qualnameObj = R.intern(code.qualname);
  }
  override refs(out: [Label, PyObject][]): void {
    // (the interned names are immortal or shared: listed only when the program set a str of its own)
    if (!this.nameObj.imm) out.push(['__name__', this.nameObj]);
    if (!this.qualnameObj.imm) out.push(['__qualname__', this.qualnameObj]);
    if (this.moduleObj && !this.moduleObj.imm) out.push(['__module__', this.moduleObj]);
    if ((this as any).doc) out.push(['__doc__', (this as any).doc]);
    if (this.defaults) out.push(['__defaults__', this.defaults]);
    if (this.kwdefaults) out.push(['__kwdefaults__', this.kwdefaults]);
    if (this.closure) out.push(['__closure__', this.closure]);
    if (this.annotations) out.push(['__annotations__', this.annotations]);
    if (this.annotate) out.push(['__annotate__', this.annotate]);
    super.refs(out);
  }
  override clear(h: Heap): void {
    // Objects/funcobject.c: func_clear
    const doc = (this as any).doc; (this as any).doc = null; if (doc) h.decref(doc);
    const d = this.defaults; this.defaults = null; if (d) h.decref(d);
    const k = this.kwdefaults; this.kwdefaults = null; if (k) h.decref(k);
    const c = this.closure; this.closure = null; if (c) h.decref(c);
    const an = this.annotations; this.annotations = null; if (an) h.decref(an);
    const at = this.annotate; this.annotate = null; if (at) h.decref(at);
    const mo = this.moduleObj; this.moduleObj = null; if (mo) h.decref(mo);
    // (func_dealloc releases func_name and func_qualname; the interned ones are shared)
    const no = this.nameObj; this.nameObj = R.emptyStr; h.decref(no);
    const qo = this.qualnameObj; this.qualnameObj = R.emptyStr; h.decref(qo);
    super.clear(h);
  }
}

export class PyMethod extends PyObject {
  constructor(public func: PyObject, public self: PyObject) { super(T.method); }
  override refs(out: [Label, PyObject][]): void {
    out.push(['__func__', this.func], ['__self__', this.self]);
  }
  override clear(h: Heap): void {
    // Objects/classobject.c: method_dealloc — im_func then im_self
    h.decref(this.func); h.decref(this.self);
  }
}

/**
 * An executing or suspended frame (Include/internal/pycore_frame.h:
 * _PyInterpreterFrame). `lp` holds localsplus (locals, cells, free vars);
 * `tag[i] = 1` marks a borrowed stack reference (3.14's tagged _PyStackRef).
 */
export class Frame {
  lp: (PyObject | null)[];
  // (tags are plain arrays of 0/1: a frame is made per call, and a small typed array costs several
  // times a JS array to allocate)
  lpTag: number[];
  stack: (PyObject | null)[] = new Array(16);
  tag: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  sp = 0;
  pc = 0;
  /** Block stack: [handler, level] pairs (SETUP_FINALLY / SETUP_CLEANUP). */
  blocks: number[] = [];
  back: Frame | null = null;
  line = 0;
  gen: PyGenerator | null = null;
  kwnames: string[] | null = null;
  frameObj: PyFrameObject | null = null;
  /** Class body: annotated names in order. */
  annotations: string[] | null = null;
  /** The locals mapping for module and class bodies (LOAD_NAME). */
  ns: PyDict | null = null;
  /** 3.11: the dict locals() fills and the frame keeps until it is cleared (Objects/frameobject.c: f_locals). */
  fLocals: PyDict | null = null;
  finished = false;
  /**
   * The trace's last snapshot of this frame, reusable while the frame has not run
   * since (a caller waiting on a callee); see trace.ts: snapshotFrames.
   */
  snap: unknown = null;
  snapStale = true;
  /** Depth of this frame in the Python call stack. */
  depth = 0;
  /** Where the callable sits on the caller's stack (the VM's CALL; released when this frame returns). */
  callBase = 0;
  /** A generator frame that stopped at a yield (vm.ts: resumeWith). */
  yielded = false;
  /**
   * f_funcobj's counted reference, where the frame itself holds it: a generator's frame, from the call
   * that made the generator until the frame is cleared, and a finished frame a frame object took over
   * (Include/internal/pycore_frame.h: f_funcobj, a strong reference; 3.11: f_func). A running
   * function's frame needs none here: the callable's reference stays on the caller's stack until it
   * returns (vm.ts: popCallable), which counts the same.
   */
  funcRef: PyObject | null = null;
  /** The function (borrowed: held by the caller's stack or the generator). */
  constructor(public code: Code, public func: PyFunction | null, public globals: PyDict) {
    // 3.11 Python/ceval.c: RESUME — _PyCode_Warmup counts the code object's entries (vm.ts: specializedNow)
    code.warmth++;
    const n = code.nlocalsplus;
    const lp: (PyObject | null)[] = new Array(n), lt: number[] = new Array(n);
    for (let i = 0; i < n; i++) { lp[i] = null; lt[i] = 0; }
    this.lp = lp;
    this.lpTag = lt;
    this.line = code.firstlineno;
  }
  get name(): string { return this.code.name; }
}

export class PyFrameObject extends PyObject {
  /** f_back: its caller's frame object, linked when this one took ownership of its finished frame (Python/frame.c: take_ownership). */
  back: PyFrameObject | null = null;
  constructor(public frame: Frame) { super(T.frame); frame.code.used(this); }
  override refs(out: [Label, PyObject][]): void {
    const f = this.frame;
    if (f.finished) {
      // Python/frame.c: _PyFrame_Traverse visits f_funcobj
      if (f.funcRef) out.push(['f_funcobj', f.funcRef]);
      const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
      for (let i = 0; i < f.lp.length; i++) { const v = f.lp[i]; if (v && !f.lpTag[i]) out.push([`local ${names[i]}`, v]); }
      if (f.fLocals) out.push(['f_locals', f.fLocals]);
    }
    // Objects/frameobject.c: frame_traverse visits f_back
    if (this.back) out.push(['f_back', this.back]);
  }
  override clear(h: Heap): void {
    // Objects/frameobject.c: frame_dealloc — a frame object that owns its frame releases f_funcobj, then the
    // locals, then f_back.
    const f = this.frame;
    f.frameObj = null;
    if (f.finished) {
      const fn = f.funcRef; f.funcRef = null; if (fn) h.decref(fn);
      clearLocals(h, f);
    }
    const b = this.back; this.back = null; if (b) h.decref(b);
  }
}

/**
 * Python/frame.c: _PyFrame_GetFrameObject — a frame's frame object is made once; the frame holds it
 * (_PyInterpreterFrame.frame_obj, a strong reference) until the frame is cleared. Returns a new reference.
 */
export function frameObjectOf(h: Heap, f: Frame): PyFrameObject {
  if (!f.frameObj) {
    const fo = new PyFrameObject(f);
    h.track(fo);
    f.frameObj = fo; // the frame's own reference
  }
  f.frameObj.rc++;
  return f.frameObj;
}

/**
 * Python/frame.c: _PyFrame_ClearExceptCode — a finished frame drops its frame object. If something else
 * still holds the frame object (a traceback, a name), the frame object takes ownership of the frame's
 * locals (take_ownership) and links f_back to the caller's frame object, made now if there is none;
 * otherwise the frame object is freed, and its frame's locals with it (PyFrameObject.clear).
 * `prev`: the frame below (Python/frame.c: _PyFrame_GetFirstComplete(frame->previous)); null for a
 * suspended generator's frame, which is linked to none.
 */
export function dropFrameObject(h: Heap, f: Frame, prev: Frame | null): void {
  const fo = f.frameObj!;
  if (fo.rc > 1 && prev) fo.back = frameObjectOf(h, prev);
  h.decref(fo);
}

/**
 * Release a finished frame's locals, in the order RULES.frameClearOrder says: 3.11 (Python/frame.c:
 * _PyFrame_Clear) from the first local up; 3.14 (_PyFrame_ClearLocals) from the last one down.
 * While tracing, a release of two or more locals that prints (a __del__) is noted (versionnote.ts).
 */
export function clearLocals(h: Heap, f: Frame): void {
  if (h.recording && (R as any).explainer && f.lp.filter((v) => v).length > 1) {
    noteRuleSpan('frameClearOrder', () => releaseLocals(h, f));
    return;
  }
  releaseLocals(h, f);
}

function releaseLocals(h: Heap, f: Frame): void {
  const lp = f.lp;
  if (h.rules.frameClearOrder === 'first-up') {
    for (let i = 0; i < lp.length; i++) {
      const v = lp[i];
      if (v) { lp[i] = null; if (!f.lpTag[i]) h.decref(v); }
    }
    // Python/frame.c: _PyFrame_Clear — the f_locals dict goes after the locals
    const d = f.fLocals; f.fLocals = null; if (d) h.decref(d);
  } else {
    for (let i = lp.length - 1; i >= 0; i--) {
      const v = lp[i];
      if (v) { lp[i] = null; if (!f.lpTag[i]) h.decref(v); }
    }
  }
}

export class PyTraceback extends PyObject {
  constructor(public frameObj: PyFrameObject, public lineno: number, public next: PyTraceback | null) { super(T.traceback); }
  override refs(out: [Label, PyObject][]): void {
    out.push(['tb_frame', this.frameObj]);
    if (this.next) out.push(['tb_next', this.next]);
  }
  override clear(h: Heap): void {
    const n = this.next; this.next = null; if (n) h.decref(n);
    h.decref(this.frameObj);
  }
}

export class PyGenerator extends PyObject {
  running = false;
  /** The suspended frame; null once exhausted or closed. */
  frame: Frame | null;
  started = false;
  name: string;
  qualname: string;
  /** gi_exc_state: the exceptions its handlers are handling while it is suspended (strong references),
   *  taken off the thread's exc_info at a yield and put back when it resumes (vm.ts: resumeWith). */
  excState: PyObject[] = [];
  /** gi_code: kept after the frame is gone (Objects/genobject.c: gen_sizeof still sizes the frame's slots). */
  code: Code;
  constructor(frame: Frame, public func: PyObject | null) {
    super(T.generator);
    this.frame = frame;
    this.code = frame.code;
    frame.code.used(this);
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
  override refs(out: [Label, PyObject][]): void {
    const f = this.frame;
    if (!f) return;
    const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
    for (let i = 0; i < f.lp.length; i++) { const v = f.lp[i]; if (v && !f.lpTag[i]) out.push([`gi_frame.${names[i]}`, v]); }
    for (let i = 0; i < f.sp; i++) { const v = f.stack[i]; if (v && !f.tag[i]) out.push([`gi_frame.stack[${i}]`, v]); }
    // Python/frame.c: _PyFrame_Traverse visits f_funcobj
    if (f.funcRef) out.push(['gi_frame.f_funcobj', f.funcRef]);
    if (f.fLocals) out.push(['gi_frame.f_locals', f.fLocals]);
    // (its frame's frame_obj, once gi_frame was read: Python/frame.c: _PyFrame_Traverse)
    if (f.frameObj) out.push(['gi_frame', f.frameObj]);
    // Objects/genobject.c: gen_traverse visits gi_exc_state.exc_value
    for (const e of this.excState) out.push(['gi_exc_state', e]);
  }
  override clear(h: Heap): void {
    const f = this.frame;
    this.frame = null;
    const st = this.excState;
    this.excState = [];
    for (let i = st.length - 1; i >= 0; i--) h.decref(st[i]);
    if (f) {
      for (let i = f.sp - 1; i >= 0; i--) { const v = f.stack[i]; f.stack[i] = null; if (v && !f.tag[i]) h.decref(v); }
      f.sp = 0;
      f.finished = true;
      // Python/frame.c: _PyFrame_ClearExceptCode — the locals, then f_funcobj (unless a frame object takes the
      // frame over: dropFrameObject; it releases them when it is freed)
      if (f.frameObj) dropFrameObject(h, f, null);
      else {
        clearLocals(h, f);
        const fn = f.funcRef; f.funcRef = null; if (fn) h.decref(fn);
      }
    }
  }
}

export class PyModule extends PyObject {
  constructor(public name: string, public moduleDict: PyDict) { super(T.module); }
}

export { PyType };

/**
 * A function frame's names and values in co_localsplusnames order (Python/compile.c:
 * compute_localsplus_info): locals with cell arguments in their place, then the other cells, then free
 * variables; a cell gives its contents; null when unbound.
 */
export function frameLocalsItems(f: Frame): [string, PyObject | null][] {
  const code = f.code;
  const nv = code.varnames.length;
  const cell = (i: number): PyObject | null => (f.lp[i] as PyCell | null)?.ref ?? null;
  const out: [string, PyObject | null][] = [];
  for (let i = 0; i < nv; i++) {
    const name = code.varnames[i];
    const ci = code.cellvars.indexOf(name);
    out.push([name, ci >= 0 ? cell(nv + ci) : f.lp[i]]);
  }
  code.cellvars.forEach((name, j) => { if (!code.varnames.includes(name)) out.push([name, cell(nv + j)]); });
  code.freevars.forEach((name, j) => out.push([name, cell(nv + code.cellvars.length + j)]));
  return out;
}

/**
 * Objects/frameobject.c: _PyFrame_FastToLocalsWithError (3.11) — refresh the dict the frame keeps: each
 * name is set to its value, or deleted when unbound. Returns the dict (borrowed).
 */
export function fastToLocals(f: Frame, newDict: () => PyDict, set: (d: PyDict, k: string, v: PyObject) => void, del: (d: PyDict, k: string) => void): PyDict {
  const d = (f.fLocals ??= newDict());
  for (const [name, v] of frameLocalsItems(f)) { if (v) set(d, name, v); else del(d, name); }
  return d;
}
