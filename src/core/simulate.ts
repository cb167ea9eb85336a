// The pipeline's core: source -> parse -> compile -> run on the modelled heap,
// producing the program's output and the record of what happened to memory.
// Pure TypeScript: no Discord, no canvas (tests/core-purity.test.ts checks).

import { noteRuleSpan, noteCompileTime, messageOf } from './versionnote.js';
import { setTopFrameSource } from './gcwatch.js';
import { gcProgramStarts, exitCollectionUnsure } from './gc.js';
import { initParser, parse, PySyntaxError } from './parse.js';
import { compileModule, CompileError } from './compile.js';
import { Heap } from './heap.js';
import { RULES, PyVersion, VersionRules } from './version.js';
import { Runtime, setRuntime, R, None, newStr, newDict, incref, decref, PyBuiltin, callDescr, isInstance } from './rt.js';
import { PyExc, NotSupported, LimitExceeded, isStackOverflow, DEEP_SOURCE, DEEP_WHY } from './errors.js';
import { PyObject, PyBaseException, PyDict, PyType, PyStr } from './object.js';
import { T, EXC } from './types.js';
import { VM } from './vm.js';
import { Frame, PyFunction, PyTraceback, PyGenerator, PyModule } from './func.js';
import { setVM } from './classes.js';
import { dictSetStr, dictGetStr, dictDelStr, dictItems } from './dict.js';
import { resetGc, gcAllocated, gcFreed, gcCollect, gcState, collectGenerations, finalizeUnreachable, fullCollectionRunsCode } from './gc.js';
import { exitCollection, mainDictInCycle } from './exitorder.js';
import * as ops from './ops.js';
import { BUILTINS, BuiltinImporter } from './bltins.js';
import { Recorder, Trace, TraceOptions } from './trace.js';
import { fakeAddress } from './ops.js';
import './repr.js';
import './mappingproxy.js';
import './typemethods.js';
import './complex.js';
import './strmethods.js';
import './translate.js';
import './bytesmethods.js';
import './bytearray.js';
import './files.js';
import './stdlib.js';
import { audit, AuditProblem } from './audit.js';
import { explainIs } from './explain.js';
import { nativeHeld, nativeHeldOn } from './nativeheld.js';
import { stdoutFlush } from './stdoutbuf.js';
import { runExitFuncs } from './stdlib/atexit.js';
import { Code } from './code.js';
import { releaseModuleCode } from './codeexit.js';

export interface RunOptions extends TraceOptions {
  python?: PyVersion;
  /** Maximum executed lines (statements). */
  maxSteps?: number;
  /** Wall-clock limit in milliseconds. */
  timeoutMs?: number;
  maxOutputBytes?: number;
  maxObjects?: number;
  /** Record the trace (steps, snapshots, events). */
  trace?: boolean;
  /** Check the reference-count invariant at every step (tests). */
  audit?: boolean;
  /** Run a collection at every GC allocation (like Crafting Interpreters' stress GC). */
  stressGc?: boolean;
  /** Instrumentation for tests: called at every step with the live heap. */
  onStep?: (heap: Heap, line: number) => void;
  /**
   * [0] is set to the number of steps begun, at every step, so a watcher on
   * another thread can tell how far a run got (the bot's watchdog replays a run
   * it had to kill up to there: `maxSteps` = that number − 1).
   */
  progress?: Float64Array;
}

export { audit };

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0 ok, 1 uncaught Python exception or syntax error, 2 limit or NotSupported. */
  exitCode: number;
  /** `ExcType: message` of an uncaught exception, else null. */
  exception: string | null;
  /** Set when a construct is not modelled. */
  notSupported: string | null;
  limit: string | null;
  trace: Trace | null;
  version: VersionRules;
  steps: number;
  /** With `audit`: every reference-count mismatch found (empty when the model is consistent). */
  auditProblems: AuditProblem[];
}

export async function ready(): Promise<void> { await initParser(); }

/** The code objects of a compiled module: itself and every function, class body, lambda and comprehension in it. */
function countCodeObjects(c: Code): number {
  let n = 1;
  for (const k of c.consts) if (k instanceof Code) n += countCodeObjects(k);
  return n;
}

export function simulate(source: string, opts: RunOptions = {}): RunResult {
  const rules = RULES[opts.python ?? '3.14'];
  const heap = new Heap(rules);
  heap.recording = !!(opts.trace || opts.audit || opts.onStep);
  const rt = new Runtime(heap, rules);
  const stderr: string[] = [];
  let exitCode = 0, exception: string | null = null, notSup: string | null = null, limit: string | null = null;
  const lines = source.split('\n');
  heap.enter();
  setRuntime(rt);
  nativeHeld.length = 0; // (a run stopped by an internal error may have left entries)
  nativeHeldOn.on = !!opts.trace;
  const gc = resetGc(rules.gcThreshold);
  gc.mainPos = rules.mainDictGen === 0 ? 'young-head' : 'old-head';
  const builtins = heap.internal(() => {
    const b = newDict();
    for (const [k, v] of BUILTINS) dictSetStr(b, k, v);
    return b;
  });
  const vm = new VM(builtins);
  setTopFrameSource(() => vm.top);
  setVM(vm);
  vm.maxSteps = opts.maxSteps ?? 2_000_000;
  vm.onStepCostly = !!(opts.trace || opts.audit);
  if (opts.progress) vm.progress = opts.progress;
  if (opts.timeoutMs) vm.deadline = Date.now() + opts.timeoutMs;
  if (opts.maxOutputBytes) rt.limits.outputBytes = opts.maxOutputBytes;
  if (opts.maxObjects) { heap.liveLimit = opts.maxObjects; heap.onLimit = () => { throw new LimitExceeded('objects', `the program had more than ${opts.maxObjects!.toLocaleString('en-US')} live objects`); }; }
  const recorder = opts.trace ? new Recorder(vm, rt, opts, source) : null;
  // finalizers and callbacks run while native code holds references (the audit pauses)
  let inNative = 0;
  heap.hooks = {
    // (inDel: the picture tags the object "__del__ running" while it runs — trace.ts ObjSnap.finalized; both the
    // deallocation and the collector call finalizers through here)
    callDel: (o) => { inNative++; (o as any).inDel = true; try { callFinalizer(o, stderr, lines); } finally { (o as any).inDel = false; inNative--; } },
    callWeakrefCallback: (wr, cb) => {
      inNative++;
      try { const r = vm.callObject(cb, [wr], null); decref(r); }
      catch (e) { if (e instanceof PyExc) reportUnraisable(cb, e, stderr, lines, 'callback'); else throw e; }
      finally { inNative--; }
    },
    gcAllocated: (o) => {
      gcAllocated(o);
      if (opts.stressGc) heap.stressPending = true;
    },
    stressCollect: () => { if (!gc.collecting) gcCollect(0, 'automatic'); },
    gcFreed: () => gcFreed(),
    where: () => ({ line: vm.top ? vm.top.line : 0, step: vm.steps }),
    cause: () => vm.releaseCause(),
  };
  rt.hooks = {
    callPython: (f, args, kw) => vm.callObject(f, args, kw),
    line: () => vm.line(),
    topCode: () => (vm.top ? vm.top.code : null),
    tick: () => {
      if (Date.now() > vm.deadline) throw new LimitExceeded('time', 'the program ran longer than the time limit');
      if (rt.ticks > vm.maxSteps * 25) throw new LimitExceeded('steps', `the program ran more than ${(vm.maxSteps * 25).toLocaleString('en-US')} iterations inside builtins`);
    },
  };
  (rt as any).gcAlloc = true;
  const auditProblems: AuditProblem[] = [];
  let globals: PyDict | null = null;
  let moduleCode: Code | null = null;
  vm.onStep = (f) => {
    if (gc.pending && !gc.collecting) collectGenerations();
    if (recorder) recorder.step(f);
    if (opts.onStep) opts.onStep(heap, f.line);
    if (opts.audit && vm.runDepth === 1 && inNative === 0 && auditProblems.length < 20) {
      auditProblems.push(...audit(rt, vm, { globals, code: moduleCode, arena: ((moduleCode as any)?.arena ?? []) as PyObject[] }));
    }
  };
  try {
    let mod;
    try {
      mod = parse(source);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        stderr.push(formatSyntaxError(e));
        return finish(1, `${e.excType}: ${e.msg}`);
      }
      throw e;
    }
    let code;
    try {
      code = compileModule(mod, rules);
      moduleCode = code;
      (rt as any).parserArena = (code as any).arena;
      (rt as any).moduleCode = code;
      // compile-time warnings (Python/_warnings.c prints them to stderr with the source line)
      const warns = (code as any).warnings as { line: number; msg: string }[];
      for (const w of warns) stderr.push(`<snippet>:${w.line}: SyntaxWarning: ${w.msg}\n  ${(lines[w.line - 1] ?? '').trim()}\n`);
      // NON-CPYTHON stand-in: on 3.14 showing a warning leaves 6 objects of the warnings machinery
      // (a class, its dict, mro and bases tuples, two descriptors) for the next collection to find
      if (warns.length && rules.version !== '3.11') gc.phantom = 6;
      // on 3.11 the warnings machinery adds ~270 objects to the start count (measured: 526–537 against 246–519
      // without), which may then be anywhere below the threshold (gc.ts: crossingPossible)
      if (warns.length && rules.version === '3.11') gc.anyCrossing = true;
    } catch (e) {
      if (e instanceof CompileError) {
        const text = lines[e.lineno - 1] ?? '';
        // a compiler error without a line (3.11's RecursionError) prints as the exception alone
        stderr.push(e.lineno ? `  File "<snippet>", line ${e.lineno}\n    ${text.trim()}\n${e.excType}: ${e.msg}\n` : `${e.excType}: ${e.msg}\n`);
        return finish(1, `${e.excType}: ${e.msg}`);
      }
      if (isStackOverflow(e)) throw new NotSupported(DEEP_SOURCE, null, DEEP_WHY);
      throw e;
    }
    // the __main__ module's dict: interpreter-owned (its values are counted references)
    (rt as any).vmRef = vm;
    globals = heap.internal(() => {
      const g = newDict();
      // Python/pylifecycle.c: __main__.__builtins__ is the builtins module (the VM's builtins dict is its dict);
      // `import builtins` finds the same module
      const bm = new PyModule('builtins', builtins);
      ((rt as any).modules ??= new Map()).set('builtins', bm);
      // the names __main__ has before the first line, in CPython's insertion order (version.ts: mainNames);
      // its dict grows through them as CPython's does (so getsizeof(globals()) matches)
      const values: Record<string, () => PyObject> = {
        __name__: () => newStr('__main__'),
        __loader__: () => BuiltinImporter,
        // Python/pylifecycle.c: add_main_module (3.11) — an empty dict for the module's annotations
        __annotations__: () => newDict(),
        __builtins__: () => bm,
        // NON-CPYTHON: the snippet has no path; it is named '<snippet>' here as in tracebacks
        __file__: () => newStr('<snippet>'),
      };
      for (const k of rules.mainNames) {
        const v = values[k] ? values[k]() : None;
        dictSetStr(g, k, v);
        if (v instanceof PyDict || v instanceof PyStr) decref(v);
      }
      return g;
    });
    (rt as any).globalsRef = globals;
    // the trace explains introspection calls (explain.ts) from the references these roots hold
    if (recorder) {
      (rt as any).explainer = { count: 0, roots: () => ({ globals, code: moduleCode, arena: ((moduleCode as any)?.arena ?? []) as PyObject[] }) };
      // the compiler's warnings whose wording differs between the versions (versionnote.ts)
      for (const w of ((moduleCode as any)?.warnings ?? []) as { line: number; msg: string; rule?: string; other?: string }[]) {
        if (w.rule && w.other !== undefined && w.other !== w.msg) noteCompileTime(w.rule, w.line, JSON.stringify(w.msg), JSON.stringify(w.other));
        else if (w.rule && w.other === undefined) noteCompileTime(w.rule, w.line);
      }
      vm.explainIs = explainIs;
    }
    if (rules.lazyAnnotations && (code as any).moduleAnnotations) {
      (globals as any).incomplete = 'CPython 3.14 keeps them in an __annotate__ function in the module\'s namespace, which heapsnake does not make';
    }
    const f = new Frame(code, null, globals);
    f.ns = globals;
    gcProgramStarts(countCodeObjects(code));
    try {
      const r = vm.run(f);
      decref(r);
    } catch (e) {
      if (e instanceof PyExc && isInstance(e.exc, EXC.SystemExit)) {
        // Python/pythonrun.c: handle_system_exit — no traceback; the argument is the exit status
        const args = (e.exc as PyBaseException).args?.items ?? [];
        const code = args.length === 1 ? args[0] : args.length ? e.exc : None;
        if (code === None) exitCode = 0;
        // (int)PyLong_AsLong(code): past a C long it is -1 (status 255); the OS keeps the low 8 bits
        else if (isInstance(code, T.int)) exitCode = exitStatus(BigInt((code as any).v));
        else { stderr.push(ops.str(code) + '\n'); exitCode = 1; }
        decref(e.exc);
      } else if (e instanceof PyExc) {
        stderr.push(formatTraceback(e.exc, lines));
        exception = excLine(e.exc);
        exitCode = 1;
        // Python/pythonrun.c: _PyErr_PrintEx(set_sys_last_vars=1) keeps the exception in sys (version.ts:
        // sysLastExcRefs) and its traceback in sys.last_traceback, with the frames and locals they hold, until
        // finalize_modules_delete_special at interpreter exit (shutdown below); this takes over e's reference
        const tb = (e.exc as PyBaseException).traceback;
        const kept = [e.exc];
        for (let i = 1; i < rules.sysLastExcRefs; i++) kept.push(incref(e.exc));
        if (tb) kept.push(incref(tb));
        (rt as any).sysLast = kept;
      } else throw e;
    }
    // Python/pythonrun.c: run_mod — the module's code object goes as soon as it has run (codeexit.ts)
    releaseModuleCode(code);
    // the parser arena goes when the script finishes (Python/pythonrun.c: pyrun_file -> _PyArena_Free)
    for (const o of ((code as any).arena ?? []) as PyObject[]) decref(o);
    (code as any).arena = [];
    // Python/pythonrun.c: _PyRun_SimpleFileObject -> flush_io — sys.stdout is flushed as soon as the script
    // has run (before the atexit callbacks): the strs its buffer still held lose that reference (stdoutbuf.ts)
    stdoutFlush();
    // Python/pythonrun.c: _PyRun_SimpleFileObject — __file__ and __cached__ leave __main__ when the program ends
    heap.internal(() => { for (const k of ['__file__', '__cached__']) if (dictGetStr(globals!, k) !== undefined) dictDelStr(globals!, k); });
    if (opts.audit) auditProblems.push(...audit(rt, vm, { globals, code: moduleCode, arena: [] }));
    if (recorder) recorder.final('end of program', globals);
    // interpreter shutdown (Python/pylifecycle.c: Py_FinalizeEx)
    shutdown(globals, rules);
    globals = null;
    (rt as any).globalsRef = null;
    if (recorder) recorder.final('interpreter exit');
  } catch (e) {
    if (e instanceof NotSupported) {
      notSup = e.describe();
      stderr.push(notSup + '\n');
      exitCode = 2;
    } else if (e instanceof LimitExceeded) {
      limit = e.message;
      stderr.push(limit + '\n');
      exitCode = 2;
    } else {
      // a JavaScript error outside the evaluation loop (compiling, shutting down): a heapsnake bug,
      // reported as NotSupported and marked internal — never a crash
      notSup = new NotSupported('this program (internal error in heapsnake)', vm.top ? vm.top.line : null, (e as Error)?.message ?? String(e)).describe();
      stderr.push(notSup + '\n');
      exitCode = 2;
    }
    if (recorder) recorder.final(notSup ? 'stopped: not supported' : 'stopped: limit');
  }
  return finish(exitCode, exception);

  function finish(code: number, exc: string | null): RunResult {
    heap.leave();
    return {
      stdout: rt.out.join(''), stderr: stderr.join(''), exitCode: code, exception: exc, notSupported: notSup, limit,
      trace: recorder ? recorder.result() : null, version: rules, steps: vm.steps, auditProblems,
    };
  }

  /**
   * Interpreter exit (Python/pylifecycle.c: Py_FinalizeEx; docs/cpython-rules.md §5):
   *  1. atexit callbacks, newest first;
   *  2. _PyGC_CollectIfEnabled: a full collection (existing garbage; it also rearranges the
   *     collector's list, see exitorder.ts);
   *  3. finalize_modules -> _PyGC_CollectNoFail: the __main__ dict and what only it holds are
   *     garbage; weakref callbacks, then every __del__ in the collector's list order, with the
   *     dict intact (exitorder.ts), then the cycles are cleared. NON-CPYTHON: delete_garbage
   *     calls tp_clear in list order; heapsnake clears the dict as Objects/moduleobject.c:
   *     _PyModule_ClearDict would — nothing is left to finalize, only the trace's free events
   *     come in another order;
   *  4. finalize_interp_clear: the last collection (_PyGC_CollectNoFail).
   */
  function shutdown(g: PyDict, rules: VersionRules): void {
    const saved = heap.freeReason;
    heap.freeReason = 'exit';
    const st = gcState();
    try {
      // 1. atexit callbacks, newest first (Python/pylifecycle.c: Py_FinalizeEx -> _PyAtExit_Call),
      // which includes weakref.finalize's _exitfunc
      runExitFuncs((func, e) => {
        const desc = func instanceof PyFunction ? `<function ${func.qualname} at 0x${fakeAddress(func).toString(16)}>` : ops.repr(func);
        // Modules/atexitmodule.c: atexit_callfuncs — the unraisable message changed in 3.13
        stderr.push(`${messageOf('atexitIgnored', desc)}\n`
          + formatTraceback(e.exc, lines));
        decref(e.exc);
      });
      // Python/pylifecycle.c: Py_FinalizeEx -> flush_std_files, after the atexit callbacks
      stdoutFlush();
      if (st.callbacks && st.callbacks.items.length) return; // a gc callback keeps __main__ alive: no __del__ runs (measured)
      // 2. Python/gc.c: _PyGC_CollectIfEnabled
      const stepTwo = st.enabled;
      // NON-CPYTHON guard: garbage that runs code when collected may have been collected by an automatic
      // collection CPython ran during the program (its count includes the interpreter's objects), and
      // printed there, not here
      const runsBefore = st.runs;
      const stepTwoRunsCode = stepTwo && fullCollectionRunsCode();
      if (stepTwo && st.exitRisk && stepTwoRunsCode && exitCollectionUnsure()) {
        refuseExit('a __del__ or weakref callback of garbage at interpreter exit once CPython may have run an automatic collection',
          'CPython starts automatic collections from an allocation count that includes its own internal objects, so it may have finalized that garbage earlier, while the program ran; call gc.collect() explicitly to see it');
      }
      if (stepTwo) gcCollect(2, 'exit');
      // Python/pylifecycle.c: finalize_modules -> finalize_modules_delete_special — sys.last_exc, last_value and
      // last_traceback are set to None first: an uncaught exception's frames and locals go now
      const kept = ((rt as any).sysLast ?? []) as PyObject[];
      (rt as any).sysLast = [];
      for (const o of kept) decref(o);
      // 3. finalize_modules: the __main__ module dies; a dict no function holds dies with it, by
      // reference counting (Objects/dictobject.c: dict_dealloc — entries in order, key then value)
      if (!mainDictInCycle(g)) {
        g.clear(heap);
      } else {
        // the collection of finalize_modules, in the order exitorder.ts works out (or a refusal)
        const plan = exitCollection(g, rules, { stepTwoRan: stepTwo, runsBefore, stepTwoRanCode: stepTwoRunsCode });
        if ('refuse' in plan) refuseExit(plan.refuse, 'CPython finalizes them in the order of its collector\'s list, which heapsnake cannot reproduce for this program');
        // while tracing, a finalization that prints is noted with the rule that ordered it (versionnote.ts)
        noteRuleSpan('exitOrder', () => finalizeUnreachable(plan.unreachable));
        clearModuleDict(g);
        decref(g);
      }
      // 4. Python/pylifecycle.c: finalize_interp_clear — the last explicit collection (_PyGC_CollectNoFail)
      // finds the cycles the dict's clearing left behind (e.self = e)
      gcCollect(2, 'exit');
    } finally { heap.freeReason = saved; }
  }

  /** NotSupported at the program's last line: an exit order heapsnake cannot make exact. */
  function refuseExit(what: string, why: string): never {
    let last = lines.length;
    while (last > 1 && !lines[last - 1].trim()) last--;
    throw new NotSupported(what, last, why);
  }

  function clearModuleDict(g: PyDict): void {
    const keys = [...dictItems(g)].map(([k]) => (k as PyStr).v);
    for (const pass of [1, 2]) {
      for (const k of keys) {
        if (k === '__builtins__') continue;
        const under = k.startsWith('_') && !k.startsWith('__');
        if ((pass === 1) !== under) continue;
        if (dictGetStr(g, k) !== undefined) dictSetStr(g, k, None);
      }
    }
  }

  function callFinalizer(o: PyObject, err: string[], src: string[]): void {
    if (o instanceof PyGenerator) {
      try { vm.genClose(o); } catch (e) { if (e instanceof PyExc) reportUnraisable(o, e, err, src, 'generator'); else throw e; }
      return;
    }
    const m = o.type.lookup('__del__');
    if (!m) return;
    try {
      const r = callDescr(m, o, [], null);
      decref(r);
    } catch (e) {
      if (e instanceof PyExc) reportUnraisable(m, e, err, src, 'del', o);
      else throw e;
    }
  }
}

/** Python/errors.c: PyErr_WriteUnraisable — "Exception ignored in: ..." then the traceback. */
function reportUnraisable(where: PyObject, e: PyExc, err: string[], src: string[], _kind: string, _self?: PyObject): void {
  let desc: string;
  if (where instanceof PyFunction) desc = `<function ${where.qualname} at 0x${fakeAddress(where).toString(16)}>`;
  else desc = ops.repr(where);
  err.push(`Exception ignored in: ${desc}\n` + formatTraceback(e.exc, src));
  decref(e.exc);
}

/** The process status of `SystemExit(n)`: n's low 8 bits when n fits a C long, else 255. */
export function exitStatus(n: bigint): number {
  return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(BigInt.asUintN(8, n)) : 255;
}

export function excLine(exc: PyObject): string {
  const t = exc.type;
  let name = t.qualname;
  if (t.module !== '__main__' && t.module !== 'builtins') name = `${t.module}.${name}`;
  let msg: string;
  try { msg = ops.str(exc); } catch { msg = '<exception str() failed>'; }
  const s = msg ? `${name}: ${msg}` : name;
  const sug = (exc as any).suggestion as string | undefined;
  return sug ? `${s}. Did you mean: '${sug}'?` : s;
}

/** Lib/traceback.py: TracebackException.format — chained exceptions, then the frames. */
export function formatTraceback(exc: PyObject, lines: string[], seen = new Set<PyObject>()): string {
  seen.add(exc);
  let out = '';
  const e = exc as PyBaseException;
  if (e.cause && !seen.has(e.cause)) {
    out += formatTraceback(e.cause, lines, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatTraceback(e.context, lines, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (e.traceback) {
    out += 'Traceback (most recent call last):\n';
    // Lib/traceback.py: StackSummary.format (Python/traceback.c: tb_print_internal) — a run of more than
    // _RECURSIVE_CUTOFF (3) identical entries prints three and "[Previous line repeated N more times]"
    const CUTOFF = 3;
    const repeated = (n: number): string => `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    let last = '', count = 0;
    let tb: PyTraceback | null = e.traceback as PyTraceback;
    while (tb) {
      const f = tb.frameObj.frame;
      const key = `${tb.lineno}\n${f.code.name}`;
      if (key !== last) {
        if (count > CUTOFF) out += repeated(count - CUTOFF);
        last = key;
        count = 0;
      }
      count++;
      if (count <= CUTOFF) {
        out += `  File "<snippet>", line ${tb.lineno}, in ${f.code.name}\n`;
        const text = lines[tb.lineno - 1];
        if (text && text.trim()) out += `    ${text.trim()}\n`;
      }
      tb = tb.next;
    }
    if (count > CUTOFF) out += repeated(count - CUTOFF);
  }
  return out + excLine(exc) + '\n';
}

function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "<snippet>", line ${e.lineno}\n`;
  if (e.text) out += `    ${e.text.trim()}\n`;
  return out + `${e.excType}: ${e.msg}\n`;
}

export { T, EXC, PyType, incref, PyBuiltin, R };
