// Per-version rules: every place 3.11 and 3.14 differ lives in this table,
// so a reader can compare the two versions in one file.

import { suggest } from './suggest.js';

export type PyVersion = '3.14' | '3.11';

export interface VersionRules {
  version: PyVersion;
  /** The exact patch release the rules were checked against (the oracle's). */
  patch: string;
  /** PEP 683 immortal objects (3.12+): getrefcount of None, small ints, interned strs. */
  immortal: boolean;
  /** Include/internal/pycore_object.h (3.14): _Py_IMMORTAL_INITIAL_REFCNT as getrefcount reports it. */
  immortalRefcnt: number;
  /** Python/flowgraph.c: optimize_load_fast (3.14) — locals loaded as borrowed stack refs. */
  borrowedLoadFast: boolean;
  /** Python/ast_opt.c: 3.11 folds constant unary/binary operations in the AST (3.14 leaves that to the CFG). */
  astFoldsOperators: boolean;
  /** PEP 709 (3.12+): list/set/dict comprehensions run inline, with no function or frame of their own. */
  inlineComprehensions: boolean;
  /** Include/cpython/object.h: Py_TRASHCAN — nesting depth before deallocations are deferred. */
  trashcanLimit: number;
  /** Modules/gcmodule.c / Python/gc.c: default gc.get_threshold(). */
  gcThreshold: [number, number, number];
  /** gc.get_count()[0] when a script's first line runs (measured: `import gc; print(gc.get_count())`):
   *  the interpreter's start-up leaves that many objects counted towards the first young collection. */
  gcStartupCount: number;
  /** The highest gc.get_count()[0] heapsnake assumes at a script's first line (gc.ts: crossingPossible):
   *  `base` + `perCode` × the script's code objects. 3.14.10: anything up to the threshold — measured 1,903–1,993
   *  over the corpus with the stdlib's .pyc files, 0–20 or ~610 when the compilation already crossed 2,000, and
   *  `(0, 3, 0)` at start-up in a freshly unpacked 3.14 without .pyc files (CI). 3.11.7: 246–519 over the
   *  corpus, within 313 + 15 per code object (each function, class body, lambda, comprehension and the module);
   *  compile-time SyntaxWarnings add ~270 (simulate.ts: then anything is assumed).
   *  NON-CPYTHON: the 3.11 bound is this machine's `python3` started plainly, with a margin; a site that imports
   *  more at start-up moves it. */
  gcStartupMax: { base: number; perCode: number };
  /** The start counts measured over the corpus, for messages. */
  gcStartupMeasured: string;
  /** When a collection the count started runs: 3.11 at once, inside the allocation (Modules/gcmodule.c:
   *  gc_alloc → gc_collect_generations); 3.12+ at the next eval-breaker check (Python/gc.c: _Py_ScheduleGC
   *  sets a bit that RESUME, JUMP_BACKWARD and the end of a CALL test: Python/bytecodes.c _CHECK_PERIODIC). */
  gcRunsAt: 'allocation' | 'eval-breaker';
  /** print() may allocate a counted object before it writes at any call (3.11.7: gc.get_count() moves by −1, 0 or
   *  +1 around print calls); 3.14.10: only the first print after a full collection, which emptied the free lists
   *  (+1 once, else 0 or −1; measured in tests/gc-points.test.ts). */
  printAllocates: boolean;
  /** Temporary objects builtins make and free at once (gc.ts: gcTransientAllocation): a special method bound by
   *  _PyObject_LookupSpecial (Objects/abstract.c: PyObject_Format's __format__ unless an exact str or int has an
   *  empty spec; Python/bltinmodule.c: builtin_round's __round__; Python/sysmodule.c: _PySys_GetSizeOf's
   *  __sizeof__; Modules/mathmodule.c: math_floor/ceil/trunc's for anything but an exact float), and the iterator
   *  PyObject_GetIter makes for sum/min/max/any/all over a container (list, tuple, dict, set, str iterators are
   *  GC objects). 3.11.7 allocates them with PyObject_GC_New (counted: measured, each can start a collection where
   *  the count passes 700); 3.14.10 takes them from free lists (f-strings never seen to start one; the others are
   *  calls, whose end is a possible point there anyway). */
  tempObjectsCounted: boolean;
  /**
   * The objects CPython allocates statically (Include/internal/pycore_runtime_init.h: _PyRuntime's
   * small ints, one-character strs, the empty tuple and bytes, the _Py_ID strs; None, True, False,
   * Ellipsis, NotImplemented; the builtin static types) lie below 2**30 in the oracle's 3.14.10, whose
   * executable is not position-independent (measured: id(10) == 0xba4090), so their id() is a one-digit
   * int (sys.getsizeof 28, Objects/longobject.c). In 3.11.7 they are in libpython, mapped high (32).
   */
  staticObjectsLowAddress: boolean;
  /**
   * References sys keeps to an uncaught exception once it is printed (Python/pythonrun.c: _PyErr_PrintEx with
   * set_sys_last_vars): 3.12+ sys.last_exc and sys.last_value, 3.11 sys.last_value (plus last_traceback to its
   * traceback, and last_type, in both). Measured in an atexit callback: getrefcount of the exception.
   */
  sysLastExcRefs: number;
  /** Objects a `class` statement leaves counted in gc.get_count() beyond those heapsnake models (type object,
   *  __dict__, __mro__/__bases__ tuples, descriptors; measured: `gc.collect(); class A: pass` → +10 on 3.11.7,
   *  +11 on 3.14.10, of which heapsnake models the class body's function). */
  classCountedObjects: number;
  /** Objects/weakrefobject.c: proxy_repr — 3.11 "<weakproxy at %p to %s at %p>" with the referent's tp_name (a
   *  dead proxy's referent is None: "to NoneType at <None's address>"); 3.12+ "<weakproxy at %p; to '%T' at %p>"
   *  (the fully qualified name) and "<weakproxy at %p; dead>". */
  proxyReprQuoted: boolean;
  /** Objects the first import of a module heapsnake treats as quiet still adds to CPython's collection count
   *  (measured: `del sys.modules['gc']; import gc` after gc.collect(), then gc.get_count()); the import also runs
   *  importlib's Python code, where a pending 3.14 collection runs. */
  importCountedObjects: Record<string, number>;
  /** The order of __del__ at interpreter exit (src/core/exitorder.ts). `mainDictWalk`: where
   *  _PyGC_CollectIfEnabled's move_unreachable walks the __main__ dict — 'first' (3.11: it lies in
   *  the oldest generation, merged first, and is reachable: its values keep their places) or 'last'
   *  (3.14.10: it is rescued after every object of the program was walked: breadth first from it).
   *  `generationsModelled`: Heap.gens reproduces the version's generation lists and merge order
   *  (Modules/gcmodule.c: gc_collect_main merges gen0 and gen1 after gen2); false for 3.14. */
  exitOrder: { mainDictWalk: 'first' | 'last'; generationsModelled: boolean };
  /** 3.13+: Objects/dictobject.c: _PyDict_NewKeysForClass fills a class's shared keys with its sorted
   *  __static_attributes__ first (classes.ts: sharedKeyOrder). */
  sharedKeysFromStaticAttributes: boolean;
  /** Objects/unicodeobject.c: _PyUnicode_Split / _PyUnicode_RSplit (3.14) bound an unlimited maxsplit by
   *  the string's length before stringlib preallocates the list (splitlist.ts); 3.11 passes PY_SSIZE_T_MAX. */
  strSplitBoundsMaxcount: boolean;
  /** Objects/listobject.c (3.13+): _list_extend sends an exact dict, set, frozenset or dict view to
   *  list_extend_dict/list_extend_set (list_resize(m + n), no exact preallocation); 3.11 takes them
   *  through list_extend's iterator path, presized exactly from len() (list.ts). */
  listExtendDictSet: boolean;
  /** `del l[i]`: 3.14 Objects/listobject.c list_ass_item → list_resize (a small array stays even when
   *  the list is emptied); 3.11 goes through list_ass_slice, which list_clears an emptied list. */
  listDelItemResizes: boolean;
  /** list_reverseiterator: 3.13+ Objects/listobject.c listreviter_next returns NULL at once once it_index
   *  is below 0, so an iterator that ran past the list's first item keeps the list (it lets go only when
   *  the list shrank under it); 3.11 drops it_seq whenever the index is out of range. */
  listRevIterKeepsList: boolean;
  /** tuple(iterable): 3.11 Objects/abstract.c PySequence_Tuple asks PyObject_LengthHint (a class's __len__
   *  runs once); 3.14 builds the tuple without asking. */
  tupleLengthHint: boolean;
  /** list.sort: 3.13+ Objects/listobject.c count_run also takes equal neighbours into a descending run
   *  and extends a reversed run by an ascending suffix (a different sequence of __lt__ calls). */
  sortCountRunEqualRuns: boolean;
  /** Modules whose import leaves gc.get_count() as it was (already loaded at start-up, or built in),
   *  measured with `s = gc.get_count(); import m; print(gc.get_count(), s)`; importing another one runs
   *  Python code that may start a collection heapsnake does not see (gc.ts: gcUncountedWork). */
  quietImports: string[];
  /** Objects/listobject.c: list_resize growth. */
  listResize: (allocated: number, newsize: number) => number;
  /** Python/sysmodule.c: sys.getrecursionlimit() default. */
  recursionLimit: number;
  /** CO_MAXBLOCKS (Include/cpython/code.h in 3.11: 20; Include/internal/pycore_compile.h in 3.14: 21):
   *  frame blocks open at once in one code object before 'too many statically nested blocks'. */
  maxBlocks: number;
  /** 3.12+: a generator's body sits in a STOP_ITERATION frame block (Python/codegen.c:
   *  wrap_in_stopiteration_handler), which counts against maxBlocks. */
  generatorBlock: boolean;
  /** co_stacksize (it sizes a generator's frame: sys.getsizeof) where CPython's bytecode holds more on
   *  the stack than heapsnake's (compile.ts: cpyPeak / u.hidden, flowgraph.ts: stackDepth).
   *  `withEnter`: the peak entering a `with` over heapsnake's BEFORE_WITH — 3.14 Python/codegen.c:
   *  codegen_with spells it COPY 1, LOAD_SPECIAL __exit__, SWAP 2, SWAP 3, LOAD_SPECIAL __enter__,
   *  CALL 0 (4 slots above the depth before the manager); 3.11's BEFORE_WITH is heapsnake's.
   *  `withBody`: values under a `with` body that heapsnake does not hold — 3.14's LOAD_SPECIAL pushes
   *  __exit__ with its self (2 slots), 3.11's BEFORE_WITH the bound __exit__ alone (1, as heapsnake).
   *  `yieldFrom`: 3.12+ Python/codegen.c: codegen_add_yield_from puts YIELD_VALUE under a
   *  SETUP_FINALLY to CLEANUP_THROW, entered with the exception above [iterator, value]; 3.11's
   *  compiler_add_yield_from has no handler there.
   *  `callKw`: 3.14 codegen_call_simple_kw_helper pushes the keyword names tuple for CALL_KW (3.11's
   *  KW_NAMES is an argument, as heapsnake's). `callExNull`: 3.14 codegen_call_helper_impl pushes NULL
   *  for the missing **kwargs of CALL_FUNCTION_EX, and builds a dict for a lone **mapping (BUILD_MAP 0,
   *  DICT_MERGE) that heapsnake's CALL_FUNCTION_EX 3 passes as it is. `constKeyMap`: 3.11
   *  compiler_subkwargs builds 2..15 keyword arguments with BUILD_CONST_KEY_MAP (the values, then one
   *  tuple of names) where 3.14 loads name/value pairs for BUILD_MAP, as heapsnake.
   *  `calleeNull`: heapsnake pushes a call's NULL before evaluating the callee, as 3.11 (`NULL + f`);
   *  3.13+ codegen_call pushes it after (`f + NULL`): one slot less while the callee is evaluated. */
  stackExtra: { withEnter: number; withBody: number; yieldFrom: number; callKw: number; callExNull: number; constKeyMap: boolean; calleeNull: number };
  /** `with`: 3.14 Python/codegen.c uses LOAD_SPECIAL, which keeps __exit__ as (function, self) on the stack
   *  and calls __enter__ with the manager moved off the stack (no bound methods); 3.11 BEFORE_WITH binds
   *  both (Python/ceval.c) and calls the bound __exit__. */
  withSpecialPairs: boolean;
  /** Objects/setobject.c: set_lookkey (3.13+) compares an exact frozenset's stored key without
   *  Py_INCREF(startkey); 3.11 holds it as for a set. */
  frozensetLookupBorrows: boolean;
  /** BUILD_SET: 3.14 Python/bytecodes.c hands each stack reference to the set (_PySet_AddTakeRef, no
   *  pre-increment of the key); 3.11 Python/ceval.c calls PySet_Add, which takes its own. */
  buildSetSteals: boolean;
  /** Python/codegen.c (3.14): a slice whose bounds are all literal constants (`x[1:2]`, `x[:n]` is not) is
   *  one constant slice object in co_consts; 3.11 builds a new slice (BUILD_SLICE) at every execution. */
  constSlices: boolean;
  /** Objects/listobject.c: list_repr (3.14) holds each item (Py_NewRef) while calling its repr; 3.11 does not. */
  listReprHoldsItem: boolean;
  /** Python/bltinmodule.c: 3.11's print takes its positional arguments as a tuple (Argument Clinic *args),
   *  so each is referenced once more while its str() runs; 3.14 reads them from the stack. */
  printArgsTuple: boolean;
  /** 3.11: Python/symtable.c, Python/ast_opt.c — nesting of statements and expressions past
   *  recursion_limit * COMPILER_STACK_FRAME_SCALE (3,000) is a RecursionError; 0: no such count (3.12+ check the C stack). */
  compileDepthLimit: number;
  /**
   * The names __main__'s dict holds before the program's first line, in insertion order:
   * Objects/moduleobject.c: module_init_dict (__name__, __doc__, __package__, __loader__, __spec__),
   * Python/pylifecycle.c: add_main_module (3.11 also makes __annotations__ = {}; 3.14's PEP 649 module
   * has none), then __builtins__, and Python/pythonrun.c: _PyRun_SimpleFileObject (__file__, __cached__,
   * deleted again when the program ends).
   */
  mainNames: string[];
  /** Where __main__'s dict sits in the collector's lists when the program starts (measured with
   *  gc.get_referrers and gc.get_stats): 3.11's start-up runs collections that leave it at the head of the
   *  oldest generation; 3.14's runs none, so it heads the young generation. */
  mainDictGen: 0 | 2;
  /** PEP 649/749 (3.14): annotations are evaluated lazily, through __annotate__ functions; 3.11 evaluates
   *  them when the def, class body or annotated assignment runs. */
  lazyAnnotations: boolean;
  /** Objects/complexobject.c (3.14, gh-69639): a real operand of complex +, -, *, / stays real
   *  (_Py_cr_sum, _Py_rc_diff, _Py_cr_prod, _Py_rc_quot, ...); 3.11 first makes it complex(x, 0.0),
   *  which changes signed zeros and NaNs: 2 - 0j is (2-0j) on 3.14, (2+0j) on 3.11. */
  complexMixedReal: boolean;
  /** Objects/complexobject.c (3.14): _Py_c_prod and _Py_c_quot recover infinities and zeros
   *  that computed as nan+nanj (C11 Annex G.5.1 / G.5.2). */
  complexAnnexG: boolean;
  /** Objects/complexobject.c: _Py_c_pow — 3.14 scales the modulus by exp(-at*b.imag), 3.11 divides it by
   *  exp(at*b.imag) (the last bit of some results differs; checked against both interpreters). */
  complexPowExpNeg: boolean;
  /** Objects/complexobject.c: complex_new (3.14) — both arguments must be real numbers (argument clinic
   *  wording: "complex() argument 'real' must be a real number, not str"; a complex argument is deprecated
   *  with a DeprecationWarning); 3.11 words it "complex() first argument must be a string or a number, not 'list'". */
  complexNewRealArgs: boolean;
  /** Python/bltinmodule.c: builtin_sum_impl (3.14) — complex items are added with compensated summation. */
  sumComplexCompensated: boolean;
  /** Python/bltinmodule.c: builtin_sum_impl (3.12+) — floats are added with compensated (Neumaier) summation. */
  sumFloatCompensated: boolean;
  /** Python/codegen.c (3.13+): codegen_class_body stores __firstlineno__ and __static_attributes__ in every class. */
  classBodyNames: boolean;
  /** Objects/object.c: _PyObject_GenericSetAttrWithDict (3.13+) gives the AttributeError of an object with no
   *  __dict__ (a __slots__ class) its name and obj, as a failed lookup does (ops.ts: attributeErrorContext). */
  setattrErrorContext: boolean;
  /** Python/frame.c: the order a finished frame's locals are released in — 3.11 _PyFrame_Clear from the
   *  first up, 3.14 _PyFrame_ClearLocals from the last down (func.ts: clearLocals). */
  frameClearOrder: 'first-up' | 'last-down';
  /** Error messages whose wording changed (Objects/longobject.c, Objects/floatobject.c). */
  msg: {
    intFloorDiv: string; intMod: string; intDivmod: string;
    floatDiv: string; floatFloorDiv: string; floatMod: string; floatDivmod: string;
    zeroPow: string;
    /** Objects/unicodeobject.c: formatchar — '%c' % x for a bad x (null: 3.14 names what it got). */
    percentC: string | null;
    /** Objects/complexobject.c: complex_div / complex_pow. */
    complexDiv: string; complexZeroPow: string;
    /** Objects/bytesobject.c: _PyBytes_FromHex with a lone last digit (3.11: the position past it). */
    fromhexOdd: string | null;
    /** Objects/unicodeobject.c: unicode_maketrans_impl — a bad key of the one-dict form (3.14.10 drops a space
     *  from each message: "translatetable", "mustbe"). */
    maketransKeyLength: string; maketransKeyType: string;
  };
  /** Error messages that take arguments and whose wording differs (the sources: RULE_NOTES below). */
  fmt: VersionMessages;
}

/** Messages built from their arguments, one function per version (RULE_NOTES cites each). */
export interface VersionMessages {
  unhashable(name: string, role: 'dict key' | 'set element' | null): string;
  /** `got`: the iterable's length where 3.14 reports it (an exact list, tuple or dict longer than expected), else null. */
  unpackTooMany(expected: number, got: number | null): string;
  noAttrToSet(type: string, name: string): string;
  mroConflict(bases: string): string;
  listIndexMissing(repr: string): string;
  rangeIndexMissing(repr: string): string;
  emptyMinMax(fn: string): string;
  /** `msg314`: the function's own 3.14 message ('%s' is the argument), null where 3.14 also says 'math domain error'. */
  mathDomain(msg314: string | null, x: string): string;
  containsNotIterable(type: string): string;
  /** Python/compile.c: check_compare's SyntaxWarning for `x is <literal>` (`tn`: the literal's type name,
   *  which 3.14.10 names and 3.11.7 does not). */
  isLiteralWarning(op: 'is' | 'is not', tn: string): string;
  /** An unknown keyword argument of a builtin parsed by Argument Clinic / PyArg_ParseTupleAndKeywords
   *  (`kwNames`: its parameters that may be passed by keyword, which 3.14 suggests from). */
  badKeyword(fn: string, kw: string, kwNames: string[]): string;
  /** Python/ceval.c: initialize_locals — an unknown keyword argument of a Python function (`kwNames`:
   *  co_varnames[co_posonlyargcount:total_args], which 3.14 suggests from with _Py_CalculateSuggestions). */
  unexpectedKeyword(fn: string, kw: string, kwNames: string[]): string;
  /** Python/ceval.c (3.11: BEFORE_WITH) / Python/bytecodes.c (3.14: LOAD_SPECIAL): a `with` over an object
   *  lacking __enter__ or __exit__ (3.11 names only a missing __exit__, after finding __enter__). */
  noContextManager(type: string, hasEnter: boolean, hasExit: boolean): string;
  /** Modules/atexitmodule.c: atexit_callfuncs — the unraisable message's first line (`desc`: the callback). */
  atexitIgnored(desc: string): string;
}

/** 3.14's suffix for an unknown keyword (Python/suggestions.c: _Py_CalculateSuggestions over the keyword names;
 *  checked on 3.14.10: sorted(reversed=1), print(sepp=''), int(bas=2), and f(nam=1) for def f(name)). */
function didYouMean(msg: string, kw: string, names: string[]): string {
  const s = suggest(kw, names);
  return s === null ? msg : `${msg}. Did you mean '${s}'?`;
}

const FMT_311: VersionMessages = {
  unhashable: (name) => `unhashable type: '${name}'`,
  unpackTooMany: (n) => `too many values to unpack (expected ${n})`,
  noAttrToSet: (t, name) => `'${t}' object has no attribute '${name}'`,
  mroConflict: (bases) => `Cannot create a consistent method resolution\norder (MRO) for bases ${bases}`,
  listIndexMissing: (repr) => `${repr} is not in list`,
  rangeIndexMissing: (repr) => `${repr} is not in range`,
  emptyMinMax: (fn) => `${fn}() arg is an empty sequence`,
  mathDomain: () => 'math domain error',
  containsNotIterable: (t) => `argument of type '${t}' is not iterable`,
  isLiteralWarning: (op) => `"${op}" with a literal. Did you mean "${op === 'is' ? '==' : '!='}"?`,
  badKeyword: (fn, kw) => `'${kw}' is an invalid keyword argument for ${fn}()`,
  unexpectedKeyword: (fn, kw) => `${fn}() got an unexpected keyword argument '${kw}'`,
  noContextManager: (t, hasEnter) => `'${t}' object does not support the context manager protocol${!hasEnter ? '' : ' (missed __exit__ method)'}`,
  atexitIgnored: (desc) => `Exception ignored in atexit callback: ${desc}`,
};
const FMT_314: VersionMessages = {
  unhashable: (name, role) => (role ? `cannot use '${name}' as a ${role} (unhashable type: '${name}')` : `unhashable type: '${name}'`),
  unpackTooMany: (n, got) => (got !== null ? `too many values to unpack (expected ${n}, got ${got})` : `too many values to unpack (expected ${n})`),
  noAttrToSet: (t, name) => `'${t}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
  mroConflict: (bases) => `Cannot create a consistent method resolution order (MRO) for bases ${bases}`,
  listIndexMissing: () => 'list.index(x): x not in list',
  rangeIndexMissing: () => 'range.index(x): x not in range',
  emptyMinMax: (fn) => `${fn}() iterable argument is empty`,
  mathDomain: (m, x) => (m ? m.replace('%s', x) : 'math domain error'),
  containsNotIterable: (t) => `argument of type '${t}' is not a container or iterable`,
  isLiteralWarning: (op, tn) => `"${op}" with '${tn}' literal. Did you mean "${op === 'is' ? '==' : '!='}"?`,
  badKeyword: (fn, kw, names) => didYouMean(`${fn}() got an unexpected keyword argument '${kw}'`, kw, names),
  unexpectedKeyword: (fn, kw, names) => didYouMean(`${fn}() got an unexpected keyword argument '${kw}'`, kw, names),
  noContextManager: (t, _e, hasExit) => `'${t}' object does not support the context manager protocol (missed ${!hasExit ? '__exit__' : '__enter__'} method)`,
  atexitIgnored: (desc) => `Exception ignored in atexit callback ${desc}:`,
};

const MSG_311 = {
  intFloorDiv: 'integer division or modulo by zero', intMod: 'integer modulo by zero', intDivmod: 'integer division or modulo by zero',
  floatDiv: 'float division by zero', floatFloorDiv: 'float floor division by zero', floatMod: 'float modulo', floatDivmod: 'float divmod()',
  zeroPow: '0.0 cannot be raised to a negative power',
  percentC: '%c requires int or char',
  complexDiv: 'complex division by zero', complexZeroPow: '0.0 to a negative or complex power',
  fromhexOdd: null,
  maketransKeyLength: 'string keys in translate table must be of length 1',
  maketransKeyType: 'keys in translate table must be strings or integers',
};
const MSG_314 = {
  intFloorDiv: 'division by zero', intMod: 'division by zero', intDivmod: 'division by zero',
  floatDiv: 'division by zero', floatFloorDiv: 'division by zero', floatMod: 'division by zero', floatDivmod: 'division by zero',
  zeroPow: 'zero to a negative power',
  percentC: null,
  complexDiv: 'division by zero', complexZeroPow: 'zero to a negative or complex power',
  fromhexOdd: 'fromhex() arg must contain an even number of hexadecimal digits',
  maketransKeyLength: 'string keys in translatetable must be of length 1',
  maketransKeyType: 'keys in translate table mustbe strings or integers',
};

// Objects/listobject.c: list_resize (3.11 and 3.14 share this formula):
//   new_allocated = ((size_t)newsize + (newsize >> 3) + 6) & ~(size_t)3;
//   if (newsize - Py_SIZE(self) > (Py_ssize_t)(new_allocated - newsize)) new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
//   if (newsize == 0) new_allocated = 0;
function listResize(allocated: number, newsize: number, oldsize: number): number {
  if (allocated >= newsize && newsize >= (allocated >> 1)) return allocated;
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > na - newsize) na = (newsize + 3) & ~3;
  if (newsize === 0) na = 0;
  return na;
}

export const RULES: Record<PyVersion, VersionRules> = {
  '3.14': {
    version: '3.14',
    patch: '3.14.10',
    immortal: true,
    immortalRefcnt: 3221225472,
    borrowedLoadFast: true,
    inlineComprehensions: true,
    astFoldsOperators: false,
    trashcanLimit: 50,
    gcThreshold: [2000, 10, 10],
    gcStartupCount: 1918,
    gcStartupMax: { base: 2000, perCode: 0 },
    gcStartupMeasured: '1,903–1,993 of its threshold of 2,000 (0–20 when the compilation crossed it)',
    gcRunsAt: 'eval-breaker',
    printAllocates: false,
    tempObjectsCounted: false,
    staticObjectsLowAddress: true,
    sysLastExcRefs: 2,
    classCountedObjects: 10,
    proxyReprQuoted: true,
    importCountedObjects: { gc: 36, atexit: 23 },
    exitOrder: { mainDictWalk: 'last', generationsModelled: false },
    quietImports: ['_weakref', 'atexit', 'gc', 'sys'],
    sharedKeysFromStaticAttributes: true,
    strSplitBoundsMaxcount: true,
    listExtendDictSet: true,
    listDelItemResizes: true,
    listRevIterKeepsList: true,
    tupleLengthHint: false,
    sortCountRunEqualRuns: true,
    listResize: (a, n) => listResize(a, n, -1),
    recursionLimit: 1000,
    maxBlocks: 21,
    generatorBlock: true,
    stackExtra: { withEnter: 3, withBody: 1, yieldFrom: 1, callKw: 1, callExNull: 1, constKeyMap: false, calleeNull: 1 },
    withSpecialPairs: true,
    frozensetLookupBorrows: true,
    buildSetSteals: true,
    constSlices: true,
    listReprHoldsItem: true,
    printArgsTuple: false,
    compileDepthLimit: 0,
    mainNames: ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__builtins__', '__file__', '__cached__'],
    lazyAnnotations: true,
    mainDictGen: 0,
    complexMixedReal: true,
    complexAnnexG: true,
    complexPowExpNeg: true,
    complexNewRealArgs: true,
    sumComplexCompensated: true,
    sumFloatCompensated: true,
    classBodyNames: true,
    setattrErrorContext: true,
    frameClearOrder: 'last-down',
    msg: MSG_314,
    fmt: FMT_314,
  },
  '3.11': {
    version: '3.11',
    patch: '3.11.7',
    immortal: false,
    immortalRefcnt: 0,
    borrowedLoadFast: false,
    inlineComprehensions: false,
    astFoldsOperators: true,
    trashcanLimit: 50,
    gcThreshold: [700, 10, 10],
    gcStartupCount: 269,
    gcStartupMax: { base: 360, perCode: 20 },
    gcStartupMeasured: '246–519 of its threshold of 700',
    gcRunsAt: 'allocation',
    printAllocates: true,
    tempObjectsCounted: true,
    staticObjectsLowAddress: false,
    sysLastExcRefs: 1,
    classCountedObjects: 9,
    proxyReprQuoted: false,
    importCountedObjects: { gc: 30 },
    exitOrder: { mainDictWalk: 'first', generationsModelled: true },
    // Debian's 3.11 loads these at start-up (site-packages .pth files import much of the stdlib)
    sharedKeysFromStaticAttributes: false,
    strSplitBoundsMaxcount: false,
    listExtendDictSet: false,
    listDelItemResizes: false,
    listRevIterKeepsList: false,
    tupleLengthHint: true,
    sortCountRunEqualRuns: false,
    quietImports: ['_weakref', '_weakrefset', 'atexit', 'collections', 'contextlib', 'functools', 'gc', 'itertools', 'math', 'operator', 'sys', 'weakref'],
    listResize: (a, n) => listResize(a, n, -1),
    recursionLimit: 1000,
    maxBlocks: 20,
    generatorBlock: false,
    stackExtra: { withEnter: 0, withBody: 0, yieldFrom: 0, callKw: 0, callExNull: 0, constKeyMap: true, calleeNull: 0 },
    withSpecialPairs: false,
    frozensetLookupBorrows: false,
    buildSetSteals: false,
    constSlices: false,
    listReprHoldsItem: false,
    printArgsTuple: true,
    compileDepthLimit: 3000,
    mainNames: ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__'],
    lazyAnnotations: false,
    mainDictGen: 2,
    complexMixedReal: false,
    complexAnnexG: false,
    complexPowExpNeg: false,
    complexNewRealArgs: false,
    sumComplexCompensated: false,
    sumFloatCompensated: false,
    classBodyNames: false,
    setattrErrorContext: false,
    frameClearOrder: 'first-up',
    msg: MSG_311,
    fmt: FMT_311,
  },
};

export { listResize as listResizeFormula };
