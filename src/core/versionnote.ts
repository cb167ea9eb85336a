// Why the two versions print different things: the trace's 'version' events (docs/trace.md).
// Where the simulator applies a rule of src/core/version.ts (RULES) that changes what the program
// prints — an error message's wording, the order objects are released in, a default the program
// reads — it records which rule, what this version does and what the other one does, both computed
// from RULES (never per program), and the CPython source the rule models (RULE_NOTES).
// Only while tracing: every note is one check of R.explainer when not tracing.

import { R } from './rt.js';
import { RULES, PyVersion, VersionRules, VersionMessages } from './version.js';
import { noteHook } from './notehook.js';
import { getVM } from './classes.js';

export interface VersionEvent {
  kind: 'version';
  /** The rule (RULE_NOTES key): 'msg.intFloorDiv', 'fmt.unhashable', 'exitOrder.mainDictWalk', … */
  rule: string;
  line: number;
  step: number;
  /** Characters of stdout printed before the rule applied. */
  out: number;
  /** A rule that governs a stretch of the run (releasing a frame's locals, the exit collection):
   *  the characters of stdout printed when it was over. */
  outEnd?: number;
  /** What this version does, and what the other one does, from RULES. */
  here: string;
  other: string;
  /** The CPython source the rule models. */
  cite: string;
  /** Noted by the compiler (a SyntaxWarning's wording or presence), before the program ran: `out` is 0. */
  compileTime?: true;
}

const otherOf = (v: PyVersion): PyVersion => (v === '3.14' ? '3.11' : '3.14');

type MsgKey = { [K in keyof VersionRules['msg']]: VersionRules['msg'][K] extends string ? K : never }[keyof VersionRules['msg']];

/** What each rule is, and the CPython source it models. `does` says what one version does. */
interface RuleNote { cite: string; does?: (r: VersionRules) => string }

const ZERO_INT = 'Objects/longobject.c: the ZeroDivisionError of //, % and divmod() on ints';
const ZERO_FLOAT = 'Objects/floatobject.c: the ZeroDivisionError of /, //, % and divmod() on floats';
export const RULE_NOTES: Record<string, RuleNote> = {
  'msg.intFloorDiv': { cite: ZERO_INT },
  'msg.intMod': { cite: ZERO_INT },
  'msg.intDivmod': { cite: ZERO_INT },
  'msg.floatDiv': { cite: ZERO_FLOAT },
  'msg.floatFloorDiv': { cite: ZERO_FLOAT },
  'msg.floatMod': { cite: ZERO_FLOAT },
  'msg.floatDivmod': { cite: ZERO_FLOAT },
  'msg.zeroPow': { cite: 'Objects/floatobject.c: float_pow, Objects/longobject.c: long_pow (a zero base, a negative exponent)' },
  'msg.complexDiv': { cite: 'Objects/complexobject.c: complex_div' },
  'msg.complexZeroPow': { cite: 'Objects/complexobject.c: complex_pow' },
  'msg.maketransKeyLength': { cite: 'Objects/unicodeobject.c: unicode_maketrans_impl — a str key of the dict that is not one character' },
  'msg.maketransKeyType': { cite: 'Objects/unicodeobject.c: unicode_maketrans_impl — a dict key that is neither a str nor an int' },
  'fmt.unhashable': { cite: 'Objects/dictobject.c, Objects/setobject.c: 3.14 names where the unhashable object was used (dict key, set element); Objects/object.c: PyObject_HashNotImplemented' },
  'fmt.unpackTooMany': { cite: 'Python/ceval.c: unpack_iterable (3.14: _PyEval_UnpackIterable) — 3.14 reports the length of an exact list, tuple or dict' },
  'fmt.noAttrToSet': { cite: 'Objects/object.c: _PyObject_GenericSetAttrWithDict — 3.13+ adds why the attribute cannot be set' },
  'fmt.mroConflict': { cite: 'Objects/typeobject.c: set_mro_error — 3.11 breaks the message with a newline' },
  'fmt.listIndexMissing': { cite: 'Objects/listobject.c: list_index_impl' },
  'fmt.rangeIndexMissing': { cite: 'Objects/rangeobject.c: range_index' },
  'fmt.emptyMinMax': { cite: 'Python/bltinmodule.c: min_max' },
  'fmt.mathDomain': { cite: 'Modules/mathmodule.c: math_1 / loghelper — 3.14 names the expected input and the argument' },
  'fmt.containsNotIterable': { cite: 'Objects/abstract.c: _PySequence_IterSearch' },
  'fmt.isLiteralWarning': { cite: 'Python/compile.c: check_compare — the SyntaxWarning for `is` with a literal (3.11.7); 3.14.10\'s compiler names the literal\'s type' },
  astFoldsOperators: {
    cite: "Python/ast_opt.c: 3.11's AST optimizer folds constant unary and binary operations (so the compiler's checks see a constant); 3.14 folds them later, in the CFG (Python/flowgraph.c)",
    does: (r) => (r.astFoldsOperators ? "constant operations such as (1+2) are folded in the AST, before the compiler's literal checks (which then warn)" : "constant operations such as (1+2) are folded after the compiler's literal checks (no warning)"),
  },
  inlineComprehensions: {
    cite: "PEP 709 (3.12+), Python/symtable.c / Python/codegen.c: a list, set or dict comprehension is inlined into the code that contains it; 3.11's (Python/compile.c: compiler_comprehension) is a function of its own",
    does: (r) => (r.inlineComprehensions ? "list/set/dict comprehensions run inline: their variables are locals of the code around them (co_varnames)" : "list/set/dict comprehensions are functions of their own: their variables are in their own code objects"),
  },
  'fmt.badKeyword': { cite: 'Python/getargs.c: vgetargskeywords / the Argument Clinic parser (_PyArg_UnpackKeywords) — the TypeError for an unknown keyword argument (3.14: with a \'Did you mean\' from Python/suggestions.c)' },
  'fmt.unexpectedKeyword': { cite: 'Python/ceval.c: initialize_locals — an unknown keyword argument of a Python function (3.14: with a \'Did you mean\' from Python/suggestions.c: _Py_CalculateSuggestions)' },
  'fmt.noContextManager': { cite: 'Python/ceval.c: BEFORE_WITH (3.11) / Python/bytecodes.c: LOAD_SPECIAL (3.14) — a `with` over an object without __enter__ or __exit__' },
  'fmt.atexitIgnored': { cite: 'Modules/atexitmodule.c: atexit_callfuncs — the unraisable message of a failing atexit callback' },
  frameClearOrder: {
    cite: 'Python/frame.c: 3.11 _PyFrame_Clear releases localsplus from the first up; 3.14 _PyFrame_ClearLocals from the last down',
    does: (r) => (r.frameClearOrder === 'first-up' ? "a finished frame's locals are released first to last" : "a finished frame's locals are released last to first"),
  },
  exitOrder: {
    cite: "Python/gc.c / Modules/gcmodule.c: the collection at interpreter exit (_PyGC_CollectIfEnabled → move_unreachable): where __main__'s dict lies in the collector's lists decides the order of __del__ (src/core/exitorder.ts)",
    does: (r) => (r.exitOrder.mainDictWalk === 'first'
      ? "at exit the collector walks __main__'s dict first (start-up left it in the oldest generation; the generations' lists are merged oldest first): objects are finalized in the order the dict's names reach them"
      : "at exit the collector reaches __main__'s dict last (it heads the young generation): the objects walked before it keep their places, the rest are finalized breadth first from the dict"),
  },
  gcThreshold: {
    cite: 'Modules/gcmodule.c (3.11) / Python/gc.c (3.14): the default thresholds',
    does: (r) => `the default gc.get_threshold() is ${JSON.stringify(r.gcThreshold).replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')')).replace(/,/g, ', ')}`,
  },
  versionInfo: {
    cite: 'Python/sysmodule.c: sys.version_info — the program tests the interpreter\'s version',
    does: (r) => `sys.version_info is ${r.patch}`,
  },
  sortCountRunEqualRuns: {
    cite: 'Objects/listobject.c: count_run — 3.13+ takes equal neighbours into a descending run and extends a reversed run by an ascending suffix',
    does: (r) => (r.sortCountRunEqualRuns ? 'list.sort finds runs with the 3.13+ count_run (a different sequence of __lt__ calls)' : 'list.sort finds runs with the older count_run (strictly descending runs only)'),
  },
  mainNames: {
    cite: "Python/pylifecycle.c: add_main_module — 3.11 puts __annotations__ = {} in __main__'s dict; 3.14's (PEP 649) has none",
    does: (r) => `__main__'s dict starts with ${r.mainNames.join(', ')}`,
  },
  complexNewRealArgs: {
    cite: 'Objects/complexobject.c: complex_new_impl — 3.14 checks both arguments are real numbers (argument clinic wording; complex_new_one for one argument)',
    does: (r) => (r.complexNewRealArgs ? "complex() checks its arguments as 3.14's complex_new_one / complex_new_impl do, with their error messages" : "complex() checks its arguments as 3.11's complex_new_impl does, with its error messages"),
  },
  sharedKeysFromStaticAttributes: {
    cite: "Objects/dictobject.c: _PyDict_NewKeysForClass (3.13+) puts the class's sorted __static_attributes__ first in its shared keys; an instance's attributes are released in that (index) order (_PyObject_ClearInlineValues / 3.11 _PyObject_FreeInstanceAttributes)",
    does: (r) => (r.sharedKeysFromStaticAttributes ? "an instance's attributes are released in its class's shared-key order: the names its methods set (sorted) first" : "an instance's attributes are released in the order instances first set them"),
  },
  complexMixedReal: {
    cite: 'Objects/complexobject.c (3.14, gh-69639): _Py_cr_sum, _Py_rc_diff, _Py_cr_prod, _Py_rc_quot, … — a real operand of complex +, -, *, / stays real; 3.11 makes it complex(x, 0.0) first',
    does: (r) => (r.complexMixedReal ? 'a real operand of complex +, -, *, / stays real (signed zeros and NaNs kept)' : 'a real operand of complex +, -, *, / becomes complex(x, 0.0) first'),
  },
  sumComplexCompensated: {
    cite: 'Python/bltinmodule.c: builtin_sum_impl — 3.14 adds complex items with compensated summation',
    does: (r) => (r.sumComplexCompensated ? 'sum() adds complex items with compensated summation' : 'sum() adds complex items one by one (plain rounding)'),
  },
  sumFloatCompensated: {
    cite: 'Python/bltinmodule.c: builtin_sum_impl — 3.12+ adds floats with compensated (Neumaier) summation',
    does: (r) => (r.sumFloatCompensated ? 'sum() adds floats with compensated (Neumaier) summation' : 'sum() adds floats as C doubles (plain rounding)'),
  },
  builtinSignatures: {
    cite: "Python/getargs.c / Argument Clinic / Objects/methodobject.c: the keyword parameters of a builtin and the name its 'takes no keyword arguments' gives, which differ between the versions (measured: scripts/cpython-kwparams.py)",
    does: (r) => `builtins take the keywords CPython ${r.patch}'s signatures name`,
  },
  builtinArity: {
    cite: 'Objects/descrobject.c / Objects/methodobject.c / Python/getargs.c / Argument Clinic: the TypeError for a wrong number of arguments to a builtin method, worded differently in the versions (measured: scripts/cpython-arity.py)',
    does: (r) => `a builtin method called with a wrong number of arguments says what CPython ${r.patch} says`,
  },
  dirNames: {
    cite: "Objects/typeobject.c: merge_class_dict — dir() lists the keys of each built-in type's own __dict__, which differ between the versions (measured: scripts/cpython-typedicts.py)",
    does: (r) => `dir() lists the names the built-in types define in CPython ${r.patch}`,
  },
  classBodyNames: {
    cite: 'Python/codegen.c (3.13+): codegen_class_body stores __firstlineno__ and __static_attributes__ in every class',
    does: (r) => (r.classBodyNames ? 'a class has __firstlineno__ and __static_attributes__' : 'a class has no __firstlineno__ or __static_attributes__'),
  },
  lazyAnnotations: {
    cite: 'PEP 649/749 (3.14): annotations are evaluated lazily by __annotate__; 3.11 evaluates them when the def, class body or annotated assignment runs',
    does: (r) => (r.lazyAnnotations ? 'annotations are evaluated only when __annotations__ is asked for' : 'annotations are evaluated when the def, class body or assignment runs'),
  },
  proxyReprQuoted: {
    cite: "Objects/weakrefobject.c: proxy_repr — 3.12+ \"<weakproxy at %p; to '%T' at %p>\" (the fully qualified name) and \"; dead>\"",
    does: (r) => (r.proxyReprQuoted ? "a proxy's repr is <weakproxy at …; to 'Type' at …> (<weakproxy at …; dead> once its object is gone)" : "a proxy's repr is <weakproxy at … to Type at …> (to NoneType once its object is gone)"),
  },
};

function push(rule: string, here: string, other: string, span: number | null, at?: number): void {
  const h = R.heap;
  const w = at !== undefined ? { line: at, step: 0 } : h.hooks.where();
  let out = 0;
  for (const s of R.out) out += s.length;
  const cite = RULE_NOTES[rule]?.cite ?? '';
  h.record({ kind: 'version', rule, line: w.line, step: w.step, out: span ?? out, ...(span !== null ? { outEnd: out } : {}), here, other, cite, ...(at !== undefined ? { compileTime: true as const } : {}) });
}

const tracing = (): boolean => !!(R as any).explainer;
// for modules that cannot import this one (object.ts is below rt.ts)
noteHook.span = noteRuleSpan;

/** A compiler's message (a SyntaxWarning) whose wording differs: noted when tracing starts, at its line (before any output). */
export function noteCompileTime(rule: string, line: number, here?: string, other?: string): void {
  if (!tracing()) return;
  const n = RULE_NOTES[rule];
  push(rule, here ?? n.does!(R.rules), other ?? n.does!(RULES[otherOf(R.rules.version)]), null, line);
}

/** A message whose wording differs between the versions: returns this version's, noted when tracing. */
export function message(key: MsgKey): string {
  const m = R.rules.msg[key] as string;
  if (tracing()) {
    const o = RULES[otherOf(R.rules.version)].msg[key] as string | null;
    if (o !== m) push(`msg.${key}`, JSON.stringify(m), o === null ? '(no such message)' : JSON.stringify(o), null);
  }
  return m;
}

/** A message built from arguments (RULES[v].fmt): this version's, noted when tracing and the other's differs. */
export function messageOf<K extends keyof VersionMessages>(key: K, ...args: Parameters<VersionMessages[K]>): string {
  const m = (R.rules.fmt[key] as (...a: unknown[]) => string)(...args);
  if (tracing()) {
    const o = (RULES[otherOf(R.rules.version)].fmt[key] as (...a: unknown[]) => string)(...args);
    if (o !== m) push(`fmt.${key}`, JSON.stringify(m), JSON.stringify(o), null);
  }
  return m;
}

/** `rule` governed what the running frame's current line printed so far (from the line's start: trace.ts sets lineOut). */
export function noteRuleSinceLine(rule: string): void {
  if (!tracing()) return;
  const start: number | undefined = (getVM().top as any)?.lineOut;
  let now = 0;
  for (const s of R.out) now += s.length;
  if (start === undefined || now <= start) return;
  const n = RULE_NOTES[rule];
  const here = n.does!(R.rules), other = n.does!(RULES[otherOf(R.rules.version)]);
  if (here !== other) push(rule, here, other, start);
}

/**
 * A rule the compiler applied to a line (constant folding), noted when that line first runs (trace.ts calls
 * takeLineNotes at each line), where its output starts. Kept for any run: compilation is not traced.
 */
export function noteAtLine(rule: string, line: number): void {
  const m: Map<number, Set<string>> = ((R as any).lineNotes ??= new Map());
  (m.get(line) ?? m.set(line, new Set()).get(line)!).add(rule);
}

/** trace.ts, at each executed line: the compiler's notes for it, recorded once. */
export function takeLineNotes(line: number): void {
  const m: Map<number, Set<string>> | undefined = (R as any).lineNotes;
  const rules = m?.get(line);
  if (!rules) return;
  m!.delete(line);
  for (const rule of rules) noteRule(rule);
}

/** A rule with a `does` sentence was applied here (noted when tracing and the versions differ). */
export function noteRule(rule: string): void {
  if (!tracing()) return;
  const n = RULE_NOTES[rule];
  const here = n.does!(R.rules), other = n.does!(RULES[otherOf(R.rules.version)]);
  if (here !== other) push(rule, here, other, null);
}

/**
 * Run `fn`, governed by `rule`; noted (with the stretch of output it printed) when tracing and `fn` printed
 * something, or always when `always` (what `fn` did may be printed later: a sort whose __lt__ logs).
 */
export function noteRuleSpan<T>(rule: string, fn: () => T, always = false): T {
  if (!tracing()) return fn();
  let before = 0;
  for (const s of R.out) before += s.length;
  const r = fn();
  let after = 0;
  for (const s of R.out) after += s.length;
  if (after > before || always) {
    const n = RULE_NOTES[rule];
    const here = n.does!(R.rules), other = n.does!(RULES[otherOf(R.rules.version)]);
    if (here !== other) push(rule, here, other, before);
  }
  return r;
}
