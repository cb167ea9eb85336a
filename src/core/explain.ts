// Why an introspection call printed what it did: the trace's 'explain' events
// (docs/trace.md), recorded when sys.getrefcount, sys.getsizeof, gc.collect or
// gc.is_tracked runs under `trace`. Every explanation is computed from the model:
// a reference count from the references the model holds (holders.ts, the walk the
// invariant audit counts with), a size from the code that computes it
// (sizeof.ts: sizeParts), a collection's result from what the collector freed
// (gc.ts: GcState.last), tracking from the object's state and the rule that set it.
// Where the model cannot name every part, the explanation says less (exact: false).

import { PyObject, PyType, PyTuple, PyDict, PyInt, PyStr } from './object.js';
import { T } from './types.js';
import { R } from './rt.js';
import { getVM } from './classes.js';
import type { Frame } from './func.js';
import type { Code } from './code.js';
import { walkReferences, Hold, Roots } from './holders.js';
import { sizeParts } from './sizeof.js';
import { shortValue } from './trace.js';
import { gcState, mayBeTracked } from './gc.js';

export type ExplainCall = 'sys.getrefcount' | 'sys.getsizeof' | 'gc.collect' | 'gc.is_tracked' | 'is';

export interface ExplainEvent {
  kind: 'explain';
  call: ExplainCall;
  line: number;
  step: number;
  /** Characters of stdout printed before the call. */
  out: number;
  /** The result as Python prints it. */
  value: string;
  /** The argument object (getrefcount, getsizeof, is_tracked). */
  id: number | null;
  type: string | null;
  /** The addends: [what, amount] — holders (1 each), bytes, or collected objects (1 each). */
  parts: [string, number][];
  /** The parts add up to the value (false: the model could not name every part; show the value only). */
  exact: boolean;
  /** getrefcount on 3.14: references that exist but are not counted (borrowed stack slots). */
  uncounted?: string[];
  /** A sentence for what is not a sum (immortal counts, tracking). */
  note?: string;
  /** `is`: both operands' short values (the text trace names them when the source's operands are not simple). */
  operands?: [string, string];
}

/** Set by simulate() while tracing: the roots of the reference walk. */
export interface Explainer { roots(): Roots; count: number }

/** Reference walks are O(heap): a long loop of getrefcount calls is explained this many times. */
const MAX_REFCOUNT_WALKS = 300;

function record(e: Omit<ExplainEvent, 'kind' | 'line' | 'step' | 'out'>): void {
  const h = R.heap;
  const w = h.hooks.where();
  let out = 0;
  for (const s of R.out) out += s.length;
  h.record({ kind: 'explain', line: w.line, step: w.step, out, ...e });
}

function explainer(): Explainer | null { return (R as any).explainer ?? null; }

// ---------------------------------------------------------------- sys.getrefcount

export function explainRefcount(o: PyObject, value: number): void {
  const ex = explainer();
  if (!ex) return;
  const base = { call: 'sys.getrefcount' as const, value: String(value), id: o.id, type: o.type.name };
  if (o.imm) {
    record({ ...base, parts: [], exact: false, note: 'immortal (PEP 683, 3.12+): a fixed count that never moves' });
    return;
  }
  if (++ex.count > MAX_REFCOUNT_WALKS) {
    record({ ...base, parts: [], exact: false, note: `not explained: more than ${MAX_REFCOUNT_WALKS} calls` });
    return;
  }
  const { counted, uncounted } = refHolders(o, ex.roots(), 'getrefcount');
  const parts = counted.map((l) => [l, 1] as [string, number]);
  const exact = parts.length === value;
  record({ ...base, parts, exact, ...(uncounted.length ? { uncounted } : {}) });
}

/**
 * Every reference the model holds to `o`, labelled: `counted` (what ob_refcnt counts: its length is
 * the count when the model is consistent) and `uncounted` (3.14's borrowed frame slots). Names
 * first, then containers and attributes, then the interpreter's own references.
 */
export function refHolders(o: PyObject, roots: Roots, calling: string | null = null): { counted: string[]; uncounted: string[] } {
  const vm = getVM();
  const found: [string, number][] = [];
  const uncounted: string[] = [];
  walkReferences(R, vm, roots, (r, kind, a, b, counted) => {
    if (r !== o) return;
    const label = holderLabel(kind, a, b, vm.top, calling);
    if (counted) found.push([label, RANK[kind]]);
    else uncounted.push(label);
  }, true);
  const counted = found.map((x, i) => [x, i] as const).sort((x, y) => x[0][1] - y[0][1] || x[1] - y[1]).map(([[l]]) => l);
  return { counted, uncounted };
}

/** The roots of the running traced simulation (tests). */
export function explainRoots(): Roots | null { const ex = explainer(); return ex ? ex.roots() : null; }

const RANK: Record<Hold, number> = {
  [Hold.Local]: 0, [Hold.GlobalValue]: 0, [Hold.GlobalKey]: 0, [Hold.Ref]: 1, [Hold.ClassAttr]: 1, [Hold.FLocals]: 1, [Hold.Module]: 1,
  [Hold.Const]: 2, [Hold.Arena]: 2, [Hold.Exc]: 2, [Hold.GcList]: 2, [Hold.Atexit]: 2, [Hold.Internal]: 2, [Hold.Stack]: 3, [Hold.Native]: 3, [Hold.Stdout]: 2, [Hold.FrameObj]: 2, [Hold.FuncObj]: 3,
};
const frameName = (f: Frame): string => (f.code.qualname === '<module>' ? 'module' : f.code.qualname === '<listcomp>' || f.code.qualname.endsWith('>') ? f.code.qualname : `${f.code.qualname}()`);
function localName(f: Frame, i: number): string {
  const c = f.code;
  return i < c.varnames.length ? c.varnames[i] : i < c.varnames.length + c.cellvars.length ? c.cellvars[i - c.varnames.length] : c.freevars[i - c.varnames.length - c.cellvars.length] ?? '?';
}

/** A short name for one reference (holders.ts: Hold). `top`: the frame calling the builtin `fn` (its argument is on top of its stack). */
export function holderLabel(kind: Hold, a: unknown, b: unknown, top: Frame | null, fn: string | null): string {
  switch (kind) {
    case Hold.Ref: {
      const h = a as PyObject, l = b as string;
      // a class body's namespace while the body runs: its names
      const key = /^\['(.*)'\]$/.exec(l);
      if (key && h instanceof PyDict) for (let f = top; f; f = f.back) if (f.ns === h) return `name '${key[1]}' (class ${f.code.qualname} body)`;
      const name = h instanceof PyType ? `class ${h.name}` : `${h.type.name}#${h.id}`;
      return l.startsWith('[') || l.startsWith('.') ? `${name}${l}` : `${name}.${l}`;
    }
    case Hold.ClassAttr: return `class ${(a as PyType).name}.${b as string}`;
    case Hold.Local: {
      const f = a as Frame;
      return `name '${localName(f, b as number)}' (${frameName(f)})`;
    }
    case Hold.Stack: {
      const f = a as Frame, i = b as number;
      if (fn && f === top && i === f.sp - 1) return `${fn}'s argument`;
      return `a temporary on ${frameName(f)}'s stack`;
    }
    case Hold.FLocals: return `${frameName(a as Frame)}'s locals() dict`;
    case Hold.FrameObj: return `${frameName(a as Frame)}'s running frame (frame_obj)`;
    case Hold.FuncObj: return `${frameName(a as Frame)}'s frame, called from C code (f_funcobj)`;
    case Hold.Exc: return 'the exception being handled';
    case Hold.GlobalKey: return 'a key of the module namespace';
    case Hold.GlobalValue: return `name '${((b as PyObject) as any).v}' (module)`;
    case Hold.GcList: return `gc.${a as string}[${b as number}]`;
    case Hold.Atexit: return 'an atexit callback';
    case Hold.Internal: return 'weakref.finalize\'s registry';
    case Hold.Module: return `module ${a as string}'s ${((b as PyObject) as any).v}`;
    case Hold.Const: {
      const c = a as Code;
      return `a constant of ${c.qualname === '<module>' ? 'the module' : c.qualname}'s code`;
    }
    case Hold.Arena: return "the parser's AST (kept until the module ends)";
    case Hold.Stdout: return "sys.stdout's buffer (printed, not flushed yet)";
    case Hold.Native: return (a as string).replace(/\s*\((?:Objects|Python)\/[^)]*\)$/, '');
  }
}

// ---------------------------------------------------------------- sys.getsizeof

export function explainSizeof(o: PyObject, value: number): void {
  if (!explainer()) return;
  const { size, parts, exact } = sizeParts(o);
  record({ call: 'sys.getsizeof', value: String(value), id: o.id, type: o.type.name, parts, exact: exact && size === value });
}

// ---------------------------------------------------------------- gc.collect

export function explainCollect(value: number): void {
  if (!explainer()) return;
  const last = gcState().last;
  if (!last) { record({ call: 'gc.collect', value: String(value), id: null, type: null, parts: [], exact: false }); return; }
  const parts: [string, number][] = last.objects.map((n) => [n, 1]);
  if (last.weakrefs) parts.push([`weakref${last.weakrefs > 1 ? 's' : ''} freed after their callbacks`, last.weakrefs]);
  // NON-CPYTHON stand-in (simulate.ts): the warnings machinery's garbage CPython leaves after a SyntaxWarning
  if (last.phantom) parts.push(["objects of the warnings machinery (a SyntaxWarning was shown)", last.phantom]);
  const sum = parts.reduce((n, [, k]) => n + k, 0);
  record({ call: 'gc.collect', value: String(value), id: null, type: null, parts, exact: sum === value });
}

// ---------------------------------------------------------------- `x is y` on ints and strs

/**
 * IS_OP on two ints or two strs, where the interpreter's caching decides the answer: why the two
 * sides are (not) one object. `result` is the expression's value (`is not` inverts it).
 */
export function explainIs(a: PyObject, b: PyObject, result: boolean): void {
  if (!explainer()) return;
  const num = a instanceof PyInt && b instanceof PyInt && a.type === T.int && b.type === T.int;
  const str = a instanceof PyStr && b instanceof PyStr && a.type === T.str && b.type === T.str;
  if (!num && !str) return;
  record({ call: 'is', value: result ? 'True' : 'False', id: a.id, type: a.type.name, parts: [], exact: false, note: isWhy(a, b), operands: [shortValue(a, 0), shortValue(b, 0)] });
}

function isWhy(a: PyObject, b: PyObject): string {
  const name = (o: PyObject) => `${o.type.name}#${o.id}`;
  if (a === b) {
    if (a instanceof PyInt && a.imm) return `one object: small ints -5…256 are cached (Objects/longobject.c: get_small_int)`;
    if (a instanceof PyStr && a.len === 1 && R.latin1.get(a.maxChar) === a) return 'one object: one-character Latin-1 strings are singletons';
    if (a instanceof PyStr && a.interned) return 'one object: an interned string';
    const top = getVM().top;
    if (top && top.code.consts.includes(a)) return `one object: equal constants in one code object are merged (${name(a)})`;
    return `one object: both sides refer to ${name(a)}`;
  }
  const equal = a instanceof PyInt ? a.v == (b as PyInt).v : (a as PyStr).v === (b as PyStr).v;
  if (!equal) return 'different values, so different objects';
  if (a instanceof PyInt) return `two equal ints, ${name(a)} and ${name(b)}: only -5…256 are cached`;
  const top = getVM().top;
  const how = (s: PyStr): string => (s.len === 1 && R.latin1.get(s.maxChar) === s ? 'the one-character singleton'
    : s.interned ? 'interned' : top && top.code.consts.includes(s) ? 'a constant' : 'made at run time');
  return `two equal strs: ${name(a)} (${how(a as PyStr)}) and ${name(b)} (${how(b as PyStr)})`;
}

// ---------------------------------------------------------------- gc.is_tracked

export function explainTracked(o: PyObject, value: boolean): void {
  if (!explainer()) return;
  record({ call: 'gc.is_tracked', value: value ? 'True' : 'False', id: o.id, type: o.type.name, parts: [], exact: false, note: trackedWhy(o, value) });
}

function trackedWhy(o: PyObject, tracked: boolean): string {
  const t = o.type, v = R.rules.version;
  if (o instanceof PyType) return 'a class: always tracked';
  if (o.imm) return 'an object shared by the interpreter: not in the collector\'s lists';
  if (!t.gc && !t.isHeapType) return `${t.name} holds no references: never tracked`;
  const byGc = !!(o as any).gcUntracked;
  if (t === T.tuple) {
    const items = (o as PyTuple).items;
    const container = items.find(mayBeTracked);
    if (tracked) {
      if (container) return `holds ${container.type.name}#${container.id}, which can be in a cycle`;
      if ((o as any).compilerConst) return 'a constant tuple: tracked until a collection untracks it';
      return 'only atoms, but tracked when built; a collection would untrack it';
    }
    if (byGc) return 'only atoms: a collection untracked it (untrack_tuples)';
    return v === '3.11' ? 'only atoms: untracked' : 'only atoms: untracked when built (3.14)';
  }
  if (t === T.dict) {
    const d = o as PyDict;
    if (tracked) {
      if (v !== '3.11') return 'every dict is tracked (3.14)';
      for (const e of d.entries) if (e && (mayBeTracked(e.key) || mayBeTracked(e.value))) return `holds ${e.value.type.name}#${e.value.id}: tracked since it was stored (3.11)`;
      return 'tracked (3.11): a container was stored in it once';
    }
    if (byGc) return 'no container inside: a full collection untracked it (3.11)';
    return 'no container inside: 3.11 tracks a dict once it holds one';
  }
  return tracked ? `${t.isHeapType ? `an instance of ${t.name}` : `a ${t.name}`} can hold references: tracked` : 'not tracked';
}
