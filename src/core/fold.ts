// Constant folding: Python/ast_opt.c (fold_binop, fold_unaryop) with its size
// limits, so that `2**100` or `'ab' * 3` are constants of the code object
// (one object, held by co_consts) exactly where CPython folds them.

import { PyObject, PyInt, PyFloat, PyComplex, PyStr, PyTuple } from './object.js';
import { T } from './types.js';
import { decref, incref, True, False, R, newTupleTracked, EMPTY_TUPLE_STATIC } from './rt.js';
import { PyExc, LimitExceeded, NotSupported } from './errors.js';
import { binop, unaryNeg, unaryPos, unaryInvert, bitLength, big } from './num.js';
import { AST_BINOP } from './opcodes.js';
import { getitem } from './ops.js';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

/** The constant-cache key of a complex: each part's signed zero counts (Objects/codeobject.c: _PyCode_ConstantKey). */
export function complexKey(re: number, im: number): string {
  const p = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));
  return `c:${p(re)}:${p(im)}`;
}

function key(o: PyObject): string | null {
  if (o instanceof PyInt && o.type === T.int) return `i:${o.v}`;
  if (o instanceof PyFloat) return `f:${Object.is(o.v, -0) ? '-0' : o.v}`;
  if (o instanceof PyComplex) return complexKey(o.re, o.im);
  if (o instanceof PyStr) return `s:${o.v}`;
  if (o === True || o === False) return null;
  return null;
}

export function foldConstant(n: Node, constValue: (x: Node) => PyObject | null, cached: (k: string, make: () => PyObject) => PyObject): PyObject | null {
  // the line being folded: a version rule the folding applies is noted when that line runs (versionnote.ts: noteAtLine)
  const saved = (R as any).foldLine;
  (R as any).foldLine = n.lineno;
  try { return foldNode(n, constValue, cached); } finally { (R as any).foldLine = saved; }
}

function foldNode(n: Node, constValue: (x: Node) => PyObject | null, cached: (k: string, make: () => PyObject) => PyObject): PyObject | null {
  if (n.kind === 'UnaryOp') {
    if (n.op === 'Not') return null;
    const v = constValue(n.operand);
    if (!v || !(v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex) || v.type === T.bool && n.op === 'Invert') return null;
    if (v instanceof PyComplex && n.op === 'Invert') return null; // ~1j raises TypeError: left to run time
    const r = n.op === 'USub' ? unaryNeg(v) : n.op === 'UAdd' ? unaryPos(v) : unaryInvert(v);
    return intern(r, cached);
  }
  if (n.kind === 'Subscript') {
    // fold_subscr: 'abc'[1], (1, 2, 3)[0] with a constant int index
    const v = constValue(n.value), k = n.slice.kind === 'Slice' ? null : constValue(n.slice);
    if (!v || !k || !(k instanceof PyInt) || k.type !== T.int || !(v instanceof PyStr || v instanceof PyTuple)) return null;
    let r: PyObject;
    try { r = getitem(v, k); } catch (e) { if (e instanceof PyExc) { decref(e.exc); return null; } throw e; }
    return intern(r, cached);
  }
  if (n.kind !== 'BinOp') return null;
  const a = constValue(n.left), b = constValue(n.right);
  if (!a || !b) return null;
  const op = AST_BINOP[n.op];
  // safe_multiply / safe_power / safe_lshift / safe_mod
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = big(a.v), y = big(b.v);
    if (op === 5 && bitLength(x) + bitLength(y) > MAX_INT_SIZE && x !== 0n && y !== 0n) return null;
    if (op === 8 && y > 0n && bitLength(x) * Number(y) > MAX_INT_SIZE) return null;
    if (op === 3 && (y < 0n || y > BigInt(MAX_INT_SIZE) || bitLength(x) > MAX_INT_SIZE - Number(y))) return null;
  }
  if (op === 6 && (a instanceof PyStr)) return null; // '%' on str is formatting: not folded
  if (op === 5) {
    const seq = a instanceof PyStr || a instanceof PyTuple ? a : b instanceof PyStr || b instanceof PyTuple ? b : null;
    const cnt = seq === a ? b : a;
    if (seq) {
      if (!(cnt instanceof PyInt)) return null;
      const len = seq instanceof PyStr ? seq.len : (seq as PyTuple).items.length;
      const total = len * Number(cnt.v);
      if (seq instanceof PyStr && total > MAX_STR_SIZE) return null;
    }
  }
  if (a instanceof PyTuple || b instanceof PyTuple) return foldTuple(a, b, op, cached);
  let r: PyObject;
  try {
    r = binop(a, b, op);
  } catch (e) {
    if (e instanceof PyExc) { decref(e.exc); return null; }
    if (e instanceof LimitExceeded) return null;
    // not modelled (or a complex result that depends on a NaN's sign): left for run time, where the
    // refusal can name its line, and only if that line runs
    if (e instanceof NotSupported) return null;
    throw e;
  }
  if (r instanceof PyStr && r.len > MAX_STR_SIZE) { decref(r); return null; }
  return intern(r, cached);
}

const MAX_TOTAL_ITEMS = 1024;

/** ast_opt.c / flowgraph.c: check_complexity — items counted through nested tuples and frozensets. */
function checkComplexity(o: PyObject, limit: number): number {
  if (o instanceof PyTuple) {
    limit -= o.items.length;
    for (const x of o.items) { if (limit < 0) break; limit = checkComplexity(x, limit); }
  }
  return limit;
}

/**
 * Python/ast_opt.c: fold_binop (3.11) / flowgraph.c: eval_const_binop (3.14) on tuples — `t + t`
 * and `t * n` are constants, merged like a tuple display of the same items; safe_multiply refuses
 * more than MAX_COLLECTION_SIZE items or MAX_TOTAL_ITEMS counted through nested tuples.
 */
function foldTuple(a: PyObject, b: PyObject, op: number, cached: (k: string, make: () => PyObject) => PyObject): PyObject | null {
  let items: PyObject[];
  if (op === AST_BINOP.Add && a instanceof PyTuple && b instanceof PyTuple) items = [...a.items, ...b.items];
  else if (op === AST_BINOP.Mult) {
    const seq = a instanceof PyTuple ? a : b as PyTuple, cnt = seq === a ? b : a;
    if (!(cnt instanceof PyInt) || cnt.type !== T.int) return null;
    const size = seq.items.length, n = Number(cnt.v);
    if (size) {
      if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return null;
      if (n && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return null;
    }
    items = [];
    for (let i = 0; i < n; i++) items.push(...seq.items);
  } else return null;
  if (!items.length) return EMPTY_TUPLE_STATIC;
  const key = 't:' + items.map((o) => `${o.type.name}#${o.id}`).join(',');
  return cached(key, () => { const t = newTupleTracked(items.map((o) => incref(o))); (t as any).compilerConst = true; return t; });
}

function intern(r: PyObject, cached: (k: string, make: () => PyObject) => PyObject): PyObject | null {
  const k = key(r);
  if (k === null) { decref(r); return null; }
  let made = false;
  const c = cached(k, () => {
    made = true;
    // Objects/codeobject.c: intern_string_constants applies to folded strings too
    if (r instanceof PyStr && /^[A-Za-z0-9_]*$/.test(r.v)) { made = false; return R.intern(r.v); }
    return r;
  });
  if (!made) decref(r);
  return c;
}
