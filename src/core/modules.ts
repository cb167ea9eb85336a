// The modelled modules. Only these exist; importing anything else is
// refused with the module's name (no host access exists by construction).
// sys: Python/sysmodule.c; gc: Modules/gcmodule.c (3.11), Python/gc.c (3.14);
// weakref: Modules/_weakref.c, Objects/weakrefobject.c, Lib/weakref.py.

import { checkPositionalKw, hasKwParams } from './kwcheck.js';
import { noteRule } from './versionnote.js';
import { specializationDependent } from './nativeheld.js';
import { PyObject, PyType, PyStr, PyInt, PyTuple, PyDict, PyList, PyWeakref, PyNative, PyFloat } from './object.js';
import { T, EXC } from './types.js';
import {
  R, None, True, False, newInt, newStr, newList, newTuple, newDict, newNative, newBool, incref, decref, raise, typeError,
  argCount, splitKw, call, PyBuiltin, notSupported, isInstance, PyGetSet, callDescr,
} from './rt.js';
import { PyModule } from './func.js';
import { dictSetStr, dictGetStr, dictItems, dictGet, dictDel } from './dict.js';
import { newListAppended } from './list.js';
import { ModuleRefused, NotSupported, PyExc as PyExcClass } from './errors.js';
import { newException } from './rt.js';
import { getsizeof } from './sizeof.js';
import { gcCollect, gcState, traverse, gcUncountedWork, gcUnmodelled, gcEvalBreaker, resetSureCount, mayBeTracked, gcTransientAllocation } from './gc.js';
import { userClasses } from './classgc.js';
import { checkWeakRead, checkReferrers, checkCountRead } from './gcwatch.js';
import { syncWatch } from './gcwatch.js';
import * as ops from './ops.js';
import { defMethod as def } from './classes.js';
import { getVM } from './classes.js';
import { isCallable } from './bltins.js';
import './weakproxy.js';
import { explainRefcount, explainSizeof, explainCollect, explainTracked } from './explain.js';
import { parseArgs } from './stdlib/util.js';

export type ModuleFactory = () => PyModule;
const FACTORIES = new Map<string, ModuleFactory>();
export function registerModule(name: string, f: ModuleFactory): void { FACTORIES.set(name, f); }

/** IMPORT_NAME: modules are created once per run. */
export function importModule(name: string): PyObject {
  const cache: Map<string, PyModule> = (R as any).modules ?? ((R as any).modules = new Map());
  const hit = cache.get(name);
  if (hit) return hit;
  const f = FACTORIES.get(name);
  if (!f) {
    if (PLANNED.has(name)) throw new NotSupported(`the ${name} module`, R.hooks.line());
    throw new ModuleRefused(name, R.hooks.line());
  }
  const m = R.heap.internal(f);
  cache.set(name, m);
  // NON-CPYTHON: importing these pure-Python modules on 3.14 leaves garbage cycles in CPython (measured:
  // functools 111, collections 73, contextlib 36, operator 31 objects for the next gc.collect()), unless a collection
  // runs during the import; heapsnake builds its modules itself, so the next collection's count is refused
  if (R.rules.version !== '3.11' && IMPORT_GARBAGE.has(name)) gcState().importGarbage = name;
  if (!R.rules.quietImports.includes(name)) gcUncountedWork(`import ${name}`);
  // a quiet import still moves CPython's count (Lib/importlib/_bootstrap.py: _find_and_load makes a spec, a module…)
  else {
    const n = R.rules.importCountedObjects[name] ?? 0;
    if (n) {
      // (Lib/importlib/_bootstrap.py: _find_and_load runs Python code, whose RESUMEs run a scheduled 3.14
      // collection before the module's objects are made and after)
      gcEvalBreaker(true);
      gcUnmodelled(n);
      gcEvalBreaker(true);
    }
  }
  return m;
}
const IMPORT_GARBAGE = new Set(['functools', 'collections', 'contextlib', 'operator']);
/** Modules heapsnake plans to model, refused as NotSupported until then. */
const PLANNED = new Set<string>();

export function makeModule(name: string, members: Record<string, PyObject>): PyModule {
  const d = newDict();
  dictSetStr(d, '__name__', newStr(name));
  for (const [k, v] of Object.entries(members)) {
    // a C function of the module: keywords checked against CPython's signature (kwcheck.ts)
    if (v instanceof PyBuiltin && !v.self && !(v as any).kwChecked) {
      const f = v.fn, key = `${name}.${k}`, positional = f.length < 2;
      (v as any).kwChecked = true;
      v.fn = (a, kw) => { if (kw && kw.length && hasKwParams(key)) checkPositionalKw(key, `${key}()`, k, a, kw, positional); return f(a, kw); };
    }
    dictSetStr(d, k, v);
  }
  const m = new PyModule(name, d);
  return m;
}
export function bfn(name: string, f: (args: PyObject[], kw: string[] | null) => PyObject): PyBuiltin {
  return new PyBuiltin(name, f);
}

// ---------------------------------------------------------------- sys
registerModule('sys', () => {
  const rules = R.rules;
  const [maj, min, mic] = rules.patch.split('.').map(Number);
  return makeModule('sys', {
    getrefcount: bfn('getrefcount', (a) => {
      argCount('getrefcount', a, 1, 1);
      const n = getrefcount(a[0]);
      explainRefcount(a[0], n);
      return newInt(n);
    }),
    getsizeof: bfn('getsizeof', (args, kw) => {
      // Python/sysmodule.c: sys_getsizeof parses "O|O:getsizeof" with keywords (object, default)
      const [obj, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default'], 1, 2, 'getargs');
      const a = dflt ? [obj!, dflt] : [obj!];
      gcTransientAllocation(); // (_PySys_GetSizeOf: _PyObject_LookupSpecial binds __sizeof__)
      const n = getsizeof(a[0]);
      explainSizeof(a[0], n);
      return newInt(n);
    }),
    intern: bfn('intern', (a) => {
      argCount('intern', a, 1, 1);
      if (!(a[0] instanceof PyStr) || a[0].type !== T.str) typeError(`intern() argument must be str, not ${a[0].type.name}`);
      const s = a[0] as PyStr;
      if (s.interned || s.imm) return incref(s);
      const existing = R.interned.get(s.v);
      if (existing) return incref(existing);
      // Objects/unicodeobject.c: PyUnicode_InternInPlace — the object itself becomes the interned one
      // (3.12+: immortal; 3.11: the table's references are not counted — NON-CPYTHON: uncounted here).
      s.interned = true;
      R.interned.set(s.v, s);
      (s as any).internedAtRuntime = true;
      return incref(s);
    }),
    exit: bfn('exit', (a) => {
      // Python/sysmodule.c: sys_exit — raises SystemExit; the interpreter turns it into the exit status
      argCount('exit', a, 0, 1);
      // PyErr_SetObject(PyExc_SystemExit, status): None gives no args (NON-CPYTHON: a tuple status
      // stays one argument here; CPython makes it the args)
      throw new PyExcClass(newException(EXC.SystemExit, a.length && a[0] !== None ? [incref(a[0])] : []));
    }),
    getrecursionlimit: bfn('getrecursionlimit', () => newInt(getVM().recursionLimit)),
    setrecursionlimit: bfn('setrecursionlimit', (a) => {
      const n = Number((a[0] as PyInt).v);
      if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
      getVM().recursionLimit = Math.min(n, (R as any).maxRecursion ?? 1000);
      if (n > ((R as any).maxRecursion ?? 1000)) throw new NotSupported(`a recursion limit above ${(R as any).maxRecursion ?? 1000}`, R.hooks.line());
      return None;
    }),
    // NON-CPYTHON: the hook would print a traceback whose library frames heapsnake cannot name
    // (weakref.finalize's _exitfunc calls it when a finalizer raises at exit): refused
    excepthook: bfn('excepthook', () => notSupported('sys.excepthook()')),
    exc_info: bfn('exc_info', () => {
      const vm = getVM();
      const e = vm.excInfo.length ? vm.excInfo[vm.excInfo.length - 1] : None;
      if (e === None) return newTuple([None, None, None]);
      return newTuple([e.type, incref(e), incref((e as any).traceback ?? None)]);
    }),
    exception: bfn('exception', () => {
      const vm = getVM();
      return incref(vm.excInfo.length ? vm.excInfo[vm.excInfo.length - 1] : None);
    }),
    maxsize: newInt(9223372036854775807n),
    byteorder: newStr('little'),
    platform: newStr('linux'),
    version: newStr(`${rules.patch} (heapsnake simulation of CPython ${rules.patch}, 64-bit)`),
    version_info: newTuple([newInt(maj), newInt(min), newInt(mic), newStr('final'), newInt(0)]),
    implementation: newStr('cpython'),
    get_int_max_str_digits: bfn('get_int_max_str_digits', () => newInt(R.limits.intDigits)),
    set_int_max_str_digits: bfn('set_int_max_str_digits', (a) => { R.limits.intDigits = Number((a[0] as PyInt).v) || 4300; return None; }),
  });
});

/** sys.getrefcount: the modelled count, or a refusal where it cannot be exact. */
export function getrefcount(o: PyObject): number {
  const dep = specializationDependent.find(([, objs]) => objs.includes(o));
  if (dep) {
    throw new NotSupported(`sys.getrefcount() of ${dep[0]} once CPython may have specialized the instruction`, R.hooks.line(),
      `CPython ${R.rules.version} specializes an instruction once it has run (3.14: after its first run; 3.11: once the code has run 8 times or loops), and the specialized form holds this object differently (Python/specialize.c); it undoes that when the class changes, which heapsnake does not follow`);
  }
  if ((o as any).constsMergeUnknown) {
    throw new NotSupported('sys.getrefcount() of a constant that several functions use on Python 3.14', R.hooks.line(),
      'CPython 3.14 lets code objects with equal constants share one co_consts tuple (Python/assemble.c: makecode), and heapsnake does not reproduce where the 3.14 compiler puts None and small ints among them, so it cannot tell whether this constant is held once or once per function');
  }
  if (!o.imm) { checkCountRead(o, 'sys.getrefcount()'); return o.rc; }
  const immortal = R.rules.immortal && (o.type === T.NoneType || o.type === T.bool || o.type === T.int || o.type === T.str
    || o.type === T.tuple || o.type === T.NotImplementedType || o.type === T.ellipsis || (o instanceof PyType && !o.isHeapType)
    // Include/internal/pycore_global_objects.h: b'' and the 256 one-byte bytes are static singletons (immortal)
    || o.type === T.bytes);
  if (immortal && R.rules.immortal && o instanceof PyStr && o.v.length > 1) {
    // Objects/unicodeobject.c (3.13+): _PyUnicode_InternMortal — the compiler interns a script's
    // identifier-like constants and names as MORTAL strings; only strings already interned while the
    // interpreter started (its static _Py_ID strings, names in the startup modules) are immortal
    throw new NotSupported('sys.getrefcount() of an interned string on Python 3.14', R.hooks.line(),
      'a string like this one is immortal in CPython 3.14 only if the interpreter interned it while starting up ("name", "key" are; "hello", "apple" are not), and heapsnake does not model which ones, nor the references a mortal interned string has');
  }
  if (immortal) return R.rules.immortalRefcnt;
  if (R.rules.version === '3.11' && (o.type === T.NoneType || o.type === T.bool || o.type === T.int || o.type === T.str || o.type === T.tuple || o.type === T.bytes)) {
    throw new NotSupported('sys.getrefcount() of a shared cached object on Python 3.11', R.hooks.line(),
      'None, True/False, small ints (-5..256), interned strings, the empty tuple and the empty and one-byte bytes are shared by the whole interpreter in 3.11, so their count depends on everything else it has loaded; 3.12+ makes them immortal');
  }
  throw new NotSupported(`sys.getrefcount() of a ${o.type.name} object`, R.hooks.line(),
    'heapsnake does not model the references the interpreter itself keeps to classes, modules and builtins');
}

// ---------------------------------------------------------------- gc
registerModule('gc', () => {
  const st = gcState();
  // interpreter-owned lists (their items are counted references; the audit counts them)
  st.garbage ??= newList([]);
  st.callbacks ??= newList([]);
  return makeModule('gc', {
    collect: bfn('collect', (a, kw) => {
      const [pos, kws] = splitKw(a, kw);
      const g = pos[0] ?? kws.get('generation');
      const gen = g ? Number((g as PyInt).v) : 2;
      if (gen < 0 || gen > 2) raise('ValueError', 'invalid generation');
      const imported = gcState().importGarbage;
      if (imported) {
        notSupported(`gc.collect() after importing ${imported} on Python 3.14`,
          'CPython\'s import leaves garbage cycles of its own machinery for the next collection (e.g. 73 objects for collections), unless a collection ran during the import');
      }
      const n = gcCollect(gen, 'gc.collect()');
      explainCollect(n);
      return newInt(n);
    }),
    enable: bfn('enable', () => { st.enabled = true; resetSureCount(); syncWatch(); return None; }),
    disable: bfn('disable', () => { st.enabled = false; resetSureCount(); syncWatch(); return None; }),
    isenabled: bfn('isenabled', () => newBool(st.enabled)),
    // Modules/gcmodule.c: gc_set_debug_impl / gc_get_debug_impl. Only flags 0 are modelled: the DEBUG_* flags
    // print to stderr (STATS, COLLECTABLE, UNCOLLECTABLE) or keep the garbage in gc.garbage (SAVEALL), refused
    get_debug: bfn('get_debug', (a) => { argCount('gc.get_debug', a, 0, 0); return newInt(0); }),
    set_debug: bfn('set_debug', (a) => {
      argCount('gc.set_debug', a, 1, 1);
      const x = a[0];
      if (!(x instanceof PyInt)) {
        // the flags argument is a C int (Argument Clinic: _PyLong_AsInt)
        if (x.type.lookup('__index__')) notSupported('gc.set_debug() with an object defining __index__');
        typeError(`'${x.type.name}' object cannot be interpreted as an integer`);
      }
      if ((x as PyInt).v != 0) notSupported('gc.set_debug() with debugging flags', 'the flags print collection details to stderr or keep unreachable objects in gc.garbage');
      return None;
    }),
    // Modules/gcmodule.c: the module's DEBUG_* constants
    DEBUG_STATS: newInt(1), DEBUG_COLLECTABLE: newInt(2), DEBUG_UNCOLLECTABLE: newInt(4), DEBUG_SAVEALL: newInt(32), DEBUG_LEAK: newInt(38),
    get_threshold: bfn('get_threshold', () => {
      // while tracing: the default thresholds differ between the versions (versionnote.ts)
      if (st.threshold.every((x, i) => x === R.rules.gcThreshold[i])) noteRule('gcThreshold');
      return newTuple(st.threshold.map((x) => newInt(x)));
    }),
    set_threshold: bfn('set_threshold', (a) => {
      argCount('set_threshold', a, 1, 3);
      a.forEach((x, i) => { st.threshold[i] = Number((x as PyInt).v); });
      return None;
    }),
    get_count: bfn('get_count', () => {
      // NON-CPYTHON: CPython's generation-0 count also moves with allocations inside the interpreter
      // (free lists, frames, temporaries), so heapsnake reports it only right after a collection.
      // the start-up's own collections set every entry (3.14.10 starts at about (1904, 2, 0), 3.11.7 at
      // (249, 0, 2), varying with the script): an entry is known once a collection of its generation or
      // an older one reset it
      if (!st.countKnown.every(Boolean)) {
        throw new NotSupported('gc.get_count() before a full collection', R.hooks.line(),
          "the interpreter's start-up and the compilation of the program leave counts that vary with the script; after gc.collect() they are exact");
      }
      if (st.count[0] !== 0 || !st.countExact || st.timingUnknown) {
        throw new NotSupported('gc.get_count() after allocations', R.hooks.line(),
          "CPython's count also moves with the interpreter's own allocations and free lists, so heapsnake cannot reproduce it exactly; it is exact right after gc.collect()");
      }
      return newTuple(st.count.map((x) => newInt(x)));
    }),
    is_tracked: bfn('is_tracked', (a) => {
      argCount('is_tracked', a, 1, 1);
      // NON-CPYTHON: a constant tuple the compiler made is created tracked and untracked by the first
      // collection that sees it — in CPython that can be a young collection run while the script is still
      // being compiled, depending on how much the interpreter itself has allocated: refused until heapsnake's
      // own first collection has untracked it
      if ((a[0] as any).compilerConst && a[0].tracked) {
        notSupported('gc.is_tracked() of a constant tuple before the first collection',
          'CPython untracks it if a collection runs while the program is compiled, which depends on the interpreter\'s own allocations');
      }
      // NON-CPYTHON guard: a tuple of atoms is untracked by the first collection that sees it, and CPython may
      // have run one heapsnake did not (gc.ts: timingUnknown)
      if (st.timingUnknown && a[0].type === T.tuple && a[0].tracked && !(a[0] as PyTuple).items.some(mayBeTracked)) {
        notSupported('gc.is_tracked() of a tuple once CPython may have run an automatic collection',
          'CPython untracks a tuple of atoms at the first collection that sees it, and its automatic collections start from a count that includes its own start-up objects');
      }
      const tracked = isTracked(a[0]);
      explainTracked(a[0], tracked);
      return newBool(tracked);
    }),
    garbage: st.garbage,
    callbacks: st.callbacks,
    get_referents: bfn('get_referents', (a) => {
      const out: PyObject[] = [];
      for (const o of a) {
        if (!o.type.gc) continue;
        const t = o.type;
        if (REFERENTS_NOT_MODELLED.has(t.name) && !t.isHeapType) {
          notSupported(`gc.get_referents() of a ${t.name} object`,
            "its tp_traverse visits fields heapsnake does not keep as objects (a function's code, globals, builtins, name; a module's dict; a map's tuple of iterators)");
        }
        const native = t.isHeapType ? t.mro.find((b) => !b.isHeapType) : undefined;
        if (native && native !== T.object) {
          notSupported(`gc.get_referents() of an instance of a ${native.name} subclass`,
            `CPython lists the class among the ${native.name}'s own references, in an order heapsnake does not reproduce`);
        }
        traverse(o, (r) => { out.push(incref(r)); });
        // Objects/typeobject.c: subtype_traverse visits an instance's heap type after its slots and
        // attributes (Py_VISIT(type), "the instances count as references to the type")
        if (native) out.push(incref(t));
      }
      // gc_get_referents_impl: referentsvisit PyList_Append()s each one to PyList_New(0)
      return newListAppended(out);
    }),
    get_referrers: bfn('get_referrers', (a) => getReferrers(a)),
    get_stats: bfn('get_stats', () => notSupported('gc.get_stats()')),
    freeze: bfn('freeze', () => notSupported('gc.freeze()')),
    get_objects: bfn('get_objects', () => notSupported('gc.get_objects()')),
  });
});

/** Types whose heapsnake traverse leaves out fields CPython's tp_traverse visits (checked against both
 *  versions: func_traverse, module_traverse, property_traverse, sm_traverse/cm_traverse, slice_traverse,
 *  map_traverse, gen_traverse). */
const REFERENTS_NOT_MODELLED = new Set(['function', 'module', 'property', 'staticmethod', 'classmethod', 'slice', 'map', 'generator', 'code', 'frame']);

/**
 * Modules/gcmodule.c (3.11) / Python/gc.c (3.14): gc_get_referrers_impl — every object in the generations,
 * youngest first and in list order, whose tp_traverse visits one of the arguments (gc_referrers_for).
 * __main__'s dict is an old (generation 2) object from before the program's first line, so it comes
 * first among the old ones. A class's namespace is not a dict here (classes.ts), so when a class
 * attribute refers to an argument the answer is refused rather than given without the class's __dict__.
 */
function getReferrers(args: PyObject[]): PyObject {
  const targets = new Set(args);
  // Python/pythonrun.c: the parser's arena keeps its literals in a list (a gc-tracked PyList, a_objects),
  // which CPython lists among the referrers; heapsnake's arena is not a list object
  const arena = ((R as any).parserArena ?? []) as PyObject[];
  if (arena.some((o) => targets.has(o))) {
    notSupported('gc.get_referrers() of a literal constant', "CPython would also list the parser arena's list of literals, which heapsnake does not keep as a list");
  }
  // NON-CPYTHON: code objects' co_consts are arrays here, not tuples (CPython lists a tracked co_consts tuple)
  const seen = new Set<PyObject>();
  const inConsts = (c: any): boolean => {
    if (!c || seen.has(c)) return false;
    seen.add(c);
    return (c.consts as PyObject[]).some((k) => targets.has(k) || (k.type.name === 'code' && inConsts(k)));
  };
  if (inConsts((R as any).moduleCode)) {
    notSupported('gc.get_referrers() of a constant of the program', "CPython would also list the co_consts tuple of the code that uses it, which heapsnake does not keep as a tuple");
  }
  for (const c of userClasses()) {
    for (const v of c.attrs.values()) {
      if (targets.has(v)) notSupported('gc.get_referrers() of a class attribute', `CPython would list the __dict__ of class ${c.name}, which heapsnake does not keep as a dict`);
    }
  }
  const out: PyObject[] = [];
  const refersTo = (o: PyObject): boolean => {
    let hit = false;
    traverse(o, (r) => { if (targets.has(r)) hit = true; });
    return hit;
  };
  const h = R.heap;
  const globals = (R as any).globalsRef as PyDict | null;
  const pos = gcState().mainPos;
  const withMain = !!globals && refersTo(globals);
  if (withMain && (pos === 'unknown' || (pos === 'old-head' && [...h.gens[1]].some(refersTo)))) {
    notSupported('gc.get_referrers() of an object a global name refers to, once CPython may have run an automatic collection',
      "where __main__'s dict sits among the program's objects in the collector's lists depends on collections heapsnake cannot place exactly");
  }
  for (let g = 0; g < h.gens.length; g++) {
    if (withMain && ((g === 0 && pos === 'young-head') || (g === 2 && pos === 'old-head'))) out.push(incref(globals!));
    for (const o of h.gens[g]) if (refersTo(o)) out.push(incref(o));
  }
  try { checkReferrers(out); } catch (e) { for (const o of out) decref(o); throw e; }
  // gc_referrers_for PyList_Append()s each referrer to PyList_New(0)
  return newListAppended(out);
}

/** gc.is_tracked: immortal and interpreter-internal containers are tracked in CPython too. */
function isTracked(o: PyObject): boolean {
  if (o.imm) {
    // statically allocated containers (the empty tuple) and types
    if (o instanceof PyType) return true;
    if (o.type === T.tuple) return false;
    return false;
  }
  return o.tracked;
}

// ---------------------------------------------------------------- _weakref
// Modules/_weakref.c: the C half of weakref. The Python half (Lib/weakref.py,
// Lib/_weakrefset.py) is ported in stdlib/weakref.ts and imports from here.
registerModule('_weakref', () => {
  return makeModule('_weakref', {
    ref: T.weakref,
    ReferenceType: T.weakref,
    ProxyType: T.weakproxy,
    CallableProxyType: T.weakcallableproxy,
    // Objects/weakrefobject.c: PyWeakref_NewProxy — CallableProxyType for a callable referent (PyCallable_Check)
    proxy: bfn('proxy', (a) => { argCount('proxy', a, 1, 2); return newWeakref(isCallable(a[0]) ? T.weakcallableproxy : T.weakproxy, a[0], a[1] ?? null); }),
    getweakrefcount: bfn('getweakrefcount', (a) => { checkCountRead(a[0], 'weakref.getweakrefcount()'); return newInt(a[0].weakrefs ? a[0].weakrefs.length : 0); }),
    getweakrefs: bfn('getweakrefs', (a) => { checkCountRead(a[0], 'weakref.getweakrefs()'); return newList((a[0].weakrefs ?? []).map((w) => incref(w))); }),
    _remove_dead_weakref: bfn('_remove_dead_weakref', (a) => {
      // Modules/_weakref.c: _weakref__remove_dead_weakref_impl — delete d[key] only if its value is
      // a dead weakref (_PyDict_DelItemIf with is_dead_weakref); a missing key is not an error
      argCount('_remove_dead_weakref', a, 2, 2);
      if (!(a[0] instanceof PyDict)) typeError(`_remove_dead_weakref() argument 1 must be dict, not ${a[0].type.name}`);
      const d = a[0] as PyDict;
      const v = dictGet(d, a[1]);
      if (v === undefined) return None;
      if (!(v instanceof PyWeakref)) typeError('not a weakref');
      checkWeakRead(v as PyWeakref);
      if (!(v as PyWeakref).referent) dictDel(d, a[1]);
      return None;
    }),
  });
});

/** Objects/weakrefobject.c: weakref___new__ — plain refs without callback are shared. */
export function newWeakref(type: PyType, o: PyObject, cb: PyObject | null): PyObject {
  if (cb === None) cb = null;
  // code objects (co_weakreflist) and modules (md_weaklist) take weak references in CPython; heapsnake's are the interpreter's own
  if (o.type === T.code || o.type === T.module) notSupported(`a weak reference to a ${o.type.name} object`);
  if (!isWeakrefable(o)) typeError(`cannot create weak reference to '${o.type.name}' object`);
  const list = o.weakrefs ?? (o.weakrefs = []);
  // Objects/weakrefobject.c: try_reuse_basic_ref — a ref or proxy without callback is shared (3.11: PyWeakref_NewProxy's get_basic_refs)
  const proxyT = (t: PyType): boolean => t === T.weakproxy || t === T.weakcallableproxy;
  if (!cb && (type === T.weakref || proxyT(type))) {
    const basic = list.find((w) => !w.callback && (type === T.weakref ? w.type === T.weakref : proxyT(w.type)));
    if (basic) return incref(basic);
  }
  const w = new PyWeakref(type, o, cb ? incref(cb) : null);
  R.heap.track(w);
  // Objects/weakrefobject.c: insert_head for the basic ref, else after the basic ref/proxy
  if (!cb && type === T.weakref) list.unshift(w);
  else {
    let at = 0;
    while (at < list.length && !list[at].callback && (list[at].type === T.weakref || proxyT(list[at].type)) && at < 2) at++;
    list.splice(at, 0, w);
  }
  return w;
}

export function isWeakrefable(o: PyObject): boolean {
  const t = o.type;
  if (t.isHeapType) return t.weakrefable || t.mro.some((b) => b.isHeapType && b.weakrefable);
  return t.weakrefable;
}

T.weakref.newFn = (t, args, kw) => {
  // a subclass (weakref.KeyedRef, WeakMethod) gets an instance of itself; its extra arguments go to its __init__
  // (Objects/weakrefobject.c: weakref___new__ unpacks the positional arguments only: PyArg_UnpackTuple("__new__", 1, 2);
  // keywords are refused by __init__)
  const npos = args.length - (kw ? kw.length : 0);
  if (npos < 1) typeError(`__new__ expected at least 1 argument, got ${npos}`);
  if (t === T.weakref && npos > 2) typeError(`__new__ expected at most 2 arguments, got ${npos}`);
  return newWeakref(t, args[0], args[1] ?? null);
};
// Objects/weakrefobject.c: weakref___init__ — checks the arguments again (a subclass without its own __init__,
// weakref.WeakMethod, gets this one, not object's)
def(T.weakref, '__init__', (_self, a, kw) => {
  if (kw && kw.length) typeError('ref() takes no keyword arguments');
  argCount('__init__', a, 1, 2);
  return None;
});
def(T.weakref, '__call__', (self) => { checkWeakRead(self as PyWeakref); return incref((self as PyWeakref).referent ?? None); });
def(T.weakref, '__hash__', (self) => {
  // Objects/weakrefobject.c: weakref_hash — the referent's hash, cached on first use, so a
  // dead weakref that was hashed while alive still finds itself in a dict or set
  const w = self as PyWeakref & { hashCache?: number | bigint };
  if (w.hashCache !== undefined) return newInt(w.hashCache);
  checkWeakRead(w);
  const r = w.referent;
  if (!r) typeError('weak object has gone away');
  w.hashCache = ops.hash(r!);
  (w as any).hashIdentity = ops.identityHashed(r!);
  return newInt(w.hashCache);
});
def(T.weakref, '__eq__', (self, a) => {
  const x = self as PyWeakref, y = a[0];
  if (!(y instanceof PyWeakref)) return (R as any).NotImplemented ?? False;
  checkWeakRead(x); checkWeakRead(y);
  if (x.referent && y.referent) return newBool(ops.eq(x.referent, y.referent));
  return newBool(x === y);
});
T.weakref.attrs.set('__callback__', new PyGetSet(T.weakref, '__callback__', (s) => incref((s as PyWeakref).callback ?? None)));
// the proxy types' slots: weakproxy.ts

for (const m of ['math', 'itertools', 'functools', 'collections', 'contextlib', 'dataclasses', 'copy', 'abc', 'typing', 'operator', 'string', 'enum']) PLANNED.add(m);

export { NotSupported, EXC, isInstance, PyTuple, PyDict, PyList, PyNative, PyFloat, dictGetStr, dictItems, call, callDescr, True, False };
