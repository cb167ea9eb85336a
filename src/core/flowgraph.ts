// Python/flowgraph.c: optimize_load_fast (3.14) — which LOAD_FAST can push a
// *borrowed* stack reference. An abstract interpretation over each basic
// block tracks which instruction produced each stack slot; a LOAD_FAST stays
// a strong load only if
//   * its local is overwritten or deleted while the ref is on the stack (SUPPORT_KILLED),
//   * the ref is consumed by STORE_FAST (STORED_AS_LOCAL), or
//   * the ref is still on the stack when the block ends (REF_UNCONSUMED).
// Every other LOAD_FAST becomes LOAD_FAST_BORROW. (docs/cpython-rules.md §2.3)

import { CO_GENERATOR, Op, MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE } from './opcodes.js';
import type { Code } from './code.js';

const JUMPS = new Set<number>([Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND, Op.SETUP_FINALLY, Op.SETUP_CLEANUP]);
const ENDS_BLOCK = new Set<number>([Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND, Op.RETURN_VALUE, Op.RETURN_CONST_NONE, Op.RAISE_VARARGS, Op.RERAISE]);

/** [popped, pushed] for the ops without special handling. */
function effect(op: number, arg: number): [number, number] {
  switch (op) {
    case Op.NOP: case Op.KW_NAMES: case Op.JUMP: case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP: case Op.POP_BLOCK: case Op.MAKE_CELL:
    case Op.DELETE_DEREF: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.RETURN_CONST_NONE:
    case Op.SETUP_ANNOTATIONS: case Op.STORE_ANNOTATION:
      return [0, 0];
    case Op.POP_TOP: case Op.STORE_DEREF: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.DELETE_ATTR:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
    case Op.RETURN_VALUE: case Op.RERAISE: case Op.POP_EXCEPT: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND:
    case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.STORE_FAST_MAYBE_NULL:
      return [1, 0];
    case Op.PUSH_NULL: case Op.LOAD_CONST: case Op.LOAD_DEREF: case Op.LOAD_FAST_CHECK: case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF:
    case Op.LOAD_NAME: case Op.LOAD_GLOBAL: case Op.LOAD_BUILD_CLASS: case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_FROM:
      return [0, 1];
    case Op.LOAD_ATTR: case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
    case Op.LIST_TO_TUPLE: case Op.GET_ITER: case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER: case Op.CHECK_EXC_MATCH:
      return [1, 1];
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD: return [2, 0];
    case Op.STORE_SUBSCR: return [3, 0];
    case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_SUBSCR: case Op.IMPORT_NAME:
      return [2, 1];
    case Op.CALL: return arg & 0x1000 ? [2, 1] : [(arg & 0xfff) + 2, 1];
    case Op.CALL_FUNCTION_EX: return [3 + (arg & 1), 1];
    case Op.BUILD_SLICE: case Op.BUILD_LIST: case Op.BUILD_TUPLE: case Op.BUILD_SET: case Op.BUILD_STRING: return [arg, 1];
    case Op.BUILD_MAP: return [2 * arg, 1];
    case Op.BUILD_CONST_KEY_MAP: return [arg + 1, 1];
    case Op.FORMAT_VALUE: return [arg & 4 ? 2 : 1, 1];
    case Op.UNPACK_SEQUENCE: return [1, arg];
    case Op.UNPACK_EX: return [1, (arg & 0xff) + (arg >> 8) + 1];
    case Op.FOR_ITER: return [0, 1];
    case Op.SEND: return [1, 1];
    case Op.MAKE_FUNCTION: return [1 + (arg & MF_DEFAULTS ? 1 : 0) + (arg & MF_KWDEFAULTS ? 1 : 0) + (arg & MF_ANNOTATIONS ? 1 : 0) + (arg & MF_CLOSURE ? 1 : 0), 1];
    case Op.BEFORE_WITH: return [1, 2];
    case Op.WITH_EXIT: return arg === 0 ? [1, 0] : [0, 1];
    case Op.RAISE_VARARGS: return [arg, 0];
    case Op.PUSH_EXC_INFO: return [1, 2];
  }
  throw new Error(`internal: no stack effect for op ${op}`);
}

/**
 * The maximum stack depth of a code object (Python/compile.c: stackdepth in 3.11, Python/flowgraph.c:
 * calculate_stackdepth in 3.14), for generator sizes. heapsnake's bytecode is not CPython's: `hidden[i]`
 * is what CPython holds under instruction i that heapsnake does not (negative: the other way round),
 * `peaks[i]` how far CPython's stack rises above heapsnake's depth before i while it runs (compile.ts:
 * Unit.hidden, cpyPeak). The walk is heapsnake's; every depth it measures is counted as CPython's.
 */
export function stackDepth(code: Code, generatorWrapped = false, hidden?: Int8Array, peaks?: Int8Array): number {
  const ops = code.code;
  const n = ops.length / 2;
  const depth = new Int32Array(n + 1).fill(-1);
  const work: number[] = [0];
  depth[0] = 0;
  let max = 0;
  const visit = (i: number, d: number) => {
    if (i >= n) return;
    if (depth[i] < d) { depth[i] = d; work.push(i); }
  };
  while (work.length) {
    const start = work.pop()!;
    let d = depth[start];
    for (let i = start; i < n; i++) {
      if (i !== start && depth[i] >= d) break;
      depth[i] = Math.max(depth[i], d);
      const op = ops[i * 2], arg = ops[i * 2 + 1];
      const h = hidden ? hidden[i] : 0;
      if (peaks && d + h + peaks[i] > max) max = d + h + peaks[i];
      let pop = 0, push = 0;
      switch (op) {
        case Op.LOAD_FAST: case Op.LOAD_FAST_BORROW: case Op.LOAD_FAST_AND_CLEAR: case Op.LOAD_FAST_CHECK: push = 1; break;
        case Op.STORE_FAST: pop = 1; break;
        case Op.DELETE_FAST: break;
        case Op.COPY: push = 1; break;
        case Op.SWAP: break;
        case Op.LOAD_METHOD: pop = 1; push = 2; break;
        default: [pop, push] = effect(op, arg);
      }
      if (op === Op.SETUP_FINALLY) visit(arg, d + 1);
      if (op === Op.SETUP_CLEANUP) {
        visit(arg, d + 1);
        // NON-CPYTHON: heapsnake's cleanup handler receives only the exception; CPython's
        // also receives lasti (stack_effect(SETUP_CLEANUP, jump) is 2) and starts with
        // COPY 3 (or LOAD_CONST None for an `as` name): co_stacksize counts depth + 3 there
        // (over CPython's depth at the SETUP_CLEANUP: heapsnake's + hidden)
        if (d + h + 3 > max) max = d + h + 3;
      }
      if (op === Op.FOR_ITER) visit(arg, d - 1);
      if (op === Op.SEND) visit(arg, d - 1);
      if (op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP) visit(arg, d);
      d = d - pop + push;
      if (d + h > max) max = d + h;
      if (op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE) visit(arg, d);
      if (op === Op.JUMP) { visit(arg, d); break; }
      if (op === Op.RETURN_VALUE || op === Op.RETURN_CONST_NONE || op === Op.RAISE_VARARGS || op === Op.RERAISE) break;
    }
  }
  // 3.12+ Python/codegen.c: wrap_in_stopiteration_handler — a generator's body runs under a
  // cleanup handler (SETUP_CLEANUP at depth 0: its entry holds lasti and the exception, then
  // CALL_INTRINSIC_1 STOPITERATION_ERROR) that heapsnake's bytecode does not spell out: depth 2
  if (generatorWrapped && code.flags & CO_GENERATOR) max = Math.max(max, 2);
  return max;
}

/** Basic-block starts of flat code: index 0, jump targets, and the instruction after a block-ending one. */
function blockStarts(ops: number[] | Int32Array, n: number): Uint8Array {
  const start = new Uint8Array(n + 1);
  start[0] = 1;
  for (let i = 0; i < n; i++) {
    const op = ops[i * 2];
    if (JUMPS.has(op)) start[ops[i * 2 + 1]] = 1;
    if (ENDS_BLOCK.has(op) && i + 1 < n) start[i + 1] = 1;
  }
  return start;
}

const SWAPPABLE = new Set<number>([Op.STORE_FAST, Op.STORE_FAST_MAYBE_NULL, Op.POP_TOP]);

/**
 * Python/flowgraph.c: apply_static_swaps (3.11 and 3.14) — a SWAP followed, in
 * its basic block and on one line, by the stores it feeds is removed by
 * reordering those stores: `a, b = x, y` in a function stores `b` first, so the
 * old value of `b` is released (and its `__del__` runs) before the old `a`'s.
 * Runs on the assembled code: the SWAP becomes a NOP, so no jump target moves.
 */
export function applyStaticSwaps(code: Code): void {
  const ops = code.code;
  const n = ops.length / 2;
  const start = blockStarts(ops, n);
  const blockEnd = (i: number): number => { let e = i + 1; while (e < n && !start[e]) e++; return e; };
  // flowgraph.c: next_swappable_instruction — the next swappable one in the block, skipping NOPs
  const nextSwappable = (i: number, end: number, line: number): number => {
    while (++i < end) {
      const op = ops[i * 2];
      if (op === Op.NOP) continue;
      if (SWAPPABLE.has(op) && (line < 0 || code.lines[i] === line)) return i;
      return -1;
    }
    return -1;
  };
  const storesTo = (i: number): number => (ops[i * 2] === Op.STORE_FAST || ops[i * 2] === Op.STORE_FAST_MAYBE_NULL ? ops[i * 2 + 1] : -1);
  for (let i = 0; i < n; i++) {
    if (ops[i * 2] !== Op.SWAP) continue;
    const end = blockEnd(i);
    let last = i;
    while (last + 1 < end && (ops[(last + 1) * 2] === Op.SWAP || ops[(last + 1) * 2] === Op.NOP)) last++;
    let first = i;
    while (first > 0 && !start[first]) first--;
    // from the last SWAP of the run leftwards to the block's start, as apply_static_swaps(block, i)
    for (let s = last; s >= first; s--) {
      const op = ops[s * 2];
      if (op !== Op.SWAP) {
        if (op === Op.NOP || SWAPPABLE.has(op)) continue;
        break;
      }
      const j = nextSwappable(s, end, -1);
      if (j < 0) break;
      let k = j;
      for (let count = ops[s * 2 + 1] - 1; count > 0 && k >= 0; count--) k = nextSwappable(k, end, code.lines[j]);
      if (k < 0) break;
      const sj = storesTo(j), sk = storesTo(k);
      if (sj >= 0 || sk >= 0) {
        if (sj === sk) break;
        let clash = false;
        for (let x = j + 1; x < k; x++) { const sx = storesTo(x); if (sx >= 0 && (sx === sj || sx === sk)) clash = true; }
        if (clash) break;
      }
      ops[s * 2] = Op.NOP; ops[s * 2 + 1] = 0;
      for (let w = 0; w < 2; w++) { const t = ops[j * 2 + w]; ops[j * 2 + w] = ops[k * 2 + w]; ops[k * 2 + w] = t; }
      const tl = code.lines[j]; code.lines[j] = code.lines[k]; code.lines[k] = tl;
    }
    i = last;
  }
}

/**
 * Python/flowgraph.c: scan_block_for_locals / fast_scan_many_locals (3.12+) — a LOAD_FAST of a local
 * that may be unbound at that point (not a parameter, and not stored on every path to it, exception
 * paths included) becomes LOAD_FAST_CHECK, which optimize_load_fast never makes borrowed: such a
 * load holds a counted reference (sys.getrefcount(y) after `for ...: y = O()` says 2, not 1).
 * A forward data flow of "may be unbound" masks over the flat code; an exception handler's entry
 * takes the union of the masks of every instruction its SETUP_FINALLY/SETUP_CLEANUP protects.
 */
export function markLoadFastCheck(code: Code, nparams: number): void {
  const ops = code.code;
  const n = ops.length / 2;
  const nl = code.varnames.length;
  if (!nl) return;
  const all = (1n << BigInt(nl)) - 1n;
  const entry = all & ~((1n << BigInt(nparams)) - 1n);
  const inMask: (bigint | null)[] = new Array(n).fill(null);
  const blocks: (number[] | null)[] = new Array(n).fill(null);
  const work: number[] = [];
  const flow = (i: number, m: bigint, bs: number[]) => {
    if (i >= n) return;
    const old = inMask[i];
    const merged = old === null ? m : old | m;
    if (old === null) blocks[i] = bs;
    if (merged !== old) { inMask[i] = merged; work.push(i); }
  };
  flow(0, entry, []);
  while (work.length) {
    const i = work.pop()!;
    let m = inMask[i]!;
    const bs = blocks[i]!;
    const op = ops[i * 2], arg = ops[i * 2 + 1];
    // an exception can leave from any instruction to the innermost handler, with the locals as they are
    if (bs.length) flow(bs[bs.length - 1], m, bs.slice(0, -1));
    const bit = arg < nl ? 1n << BigInt(arg) : 0n;
    switch (op) {
      case Op.STORE_FAST: case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: m &= ~bit; break;
      case Op.DELETE_FAST: case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST_MAYBE_NULL: m |= bit; break;
    }
    let next = bs;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP) next = [...bs, arg];
    else if (op === Op.POP_BLOCK) next = bs.slice(0, -1);
    if (JUMPS.has(op) && op !== Op.SETUP_FINALLY && op !== Op.SETUP_CLEANUP) flow(arg, m, next);
    if (op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RETURN_CONST_NONE || op === Op.RAISE_VARARGS || op === Op.RERAISE) continue;
    flow(i + 1, m, next);
  }
  for (let i = 0; i < n; i++) {
    if (ops[i * 2] !== Op.LOAD_FAST || inMask[i] === null) continue;
    const a = ops[i * 2 + 1];
    if (a < nl && (inMask[i]! & (1n << BigInt(a)))) ops[i * 2] = Op.LOAD_FAST_CHECK;
  }
}

/** The last instruction of the expression that starts at `i` and pushes one value (a call's callable), or -1. */
function callableEnd(ops: number[] | Int32Array, i: number, n: number, start: Uint8Array): number {
  let depth = 0;
  for (let k = i; k < n && k < i + 64; k++) {
    if (k > i && start[k]) return -1;
    const op = ops[k * 2], arg = ops[k * 2 + 1];
    let d: number;
    switch (op) {
      case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: d = 1; break;
      case Op.LOAD_METHOD: d = 1; break;
      case Op.NOP: d = 0; break;
      default:
        if (JUMPS.has(op) || ENDS_BLOCK.has(op) || op === Op.STORE_FAST || op === Op.DELETE_FAST || op === Op.LOAD_FAST_AND_CLEAR || op === Op.COPY || op === Op.SWAP) return -1;
        try { const [pop, push] = effect(op, arg); if (pop > depth) return -1; d = push - pop; } catch { return -1; }
    }
    depth += d;
    if (depth === 1 && op !== Op.LOAD_METHOD) return k;
    if (depth <= 0) return -1;
  }
  return -1;
}

export function optimizeLoadFast(code: Code): void {
  const ops = code.code;
  const n = ops.length / 2;
  const start = blockStarts(ops, n);
  const keepStrong = new Uint8Array(n);
  interface Ref { instr: number; local: number }
  let stack: Ref[] = [];
  const endBlock = () => {
    for (const r of stack) if (r.instr >= 0) keepStrong[r.instr] = 1;
    stack = [];
  };
  for (let i = 0; i < n; i++) {
    if (start[i] && i > 0) endBlock();
    const op = ops[i * 2], arg = ops[i * 2 + 1];
    switch (op) {
      case Op.LOAD_FAST: stack.push({ instr: i, local: arg }); break;
      case Op.LOAD_FAST_AND_CLEAR:
        // kill_local, then a ref that is never a LOAD_FAST to convert
        for (const r of stack) if (r.local === arg && r.instr >= 0) keepStrong[r.instr] = 1;
        stack.push({ instr: -1, local: arg });
        break;
      case Op.STORE_FAST: case Op.DELETE_FAST: {
        if (op === Op.STORE_FAST) {
          const r = stack.pop();
          if (r && r.instr >= 0) keepStrong[r.instr] = 1;
        }
        for (const r of stack) if (r.local === arg && r.instr >= 0) keepStrong[r.instr] = 1;
        break;
      }
      case Op.COPY: {
        const r = stack[stack.length - arg];
        stack.push(r ? { ...r } : { instr: -1, local: -1 });
        break;
      }
      case Op.SWAP: {
        const a = stack.length - 1, b = stack.length - arg;
        if (b >= 0) { const t = stack[a]; stack[a] = stack[b]; stack[b] = t; }
        break;
      }
      case Op.LOAD_METHOD: {
        const r = stack.pop() ?? { instr: -1, local: -1 };
        stack.push({ instr: -1, local: -1 }, r); // (method, self): self inherits the object's ref
        break;
      }
      default: {
        const [pop, push] = effect(op, arg);
        for (let k = 0; k < pop; k++) stack.pop();
        for (let k = 0; k < push; k++) stack.push({ instr: -1, local: -1 });
      }
    }
    if (ENDS_BLOCK.has(op)) endBlock();
  }
  endBlock();
  // Python/flowgraph.c: optimize_load_fast walks the blocks from the entry block along jumps and
  // fall-throughs only — exception edges are not followed, so a block reached only through a handler
  // (an `except` body, the copy of a `finally` body run for an exception) keeps its strong LOAD_FASTs
  const reached = new Uint8Array(n);
  const work = [0];
  while (work.length) {
    const i = work.pop()!;
    if (i >= n || reached[i]) continue;
    reached[i] = 1;
    const op = ops[i * 2];
    if (JUMPS.has(op) && op !== Op.SETUP_FINALLY && op !== Op.SETUP_CLEANUP) work.push(ops[i * 2 + 1]);
    if (op !== Op.JUMP && op !== Op.RETURN_VALUE && op !== Op.RETURN_CONST_NONE && op !== Op.RAISE_VARARGS && op !== Op.RERAISE) work.push(i + 1);
  }
  // Python/flowgraph.c: insert_superinstructions runs before optimize_load_fast, and optimize_load_fast makes
  // only a LOAD_FAST or a LOAD_FAST_LOAD_FAST borrowed (one flag for both halves). Two adjacent instructions of
  // one block and one line (make_super_instruction: opargs below 16) fuse, left to right: LOAD_FAST + LOAD_FAST
  // is borrowed only if both loads may be; the load of STORE_FAST + LOAD_FAST (STORE_FAST_LOAD_FAST, as in a
  // comprehension's `for a in xs: a()`) stays strong; STORE_FAST + STORE_FAST takes the second store.
  // (heapsnake's NOPs, where CPython has removed them, are skipped.) heapsnake's calls are 3.11's (PUSH_NULL, then
  // the callable); 3.13+ Python/codegen.c pushes the NULL after the callable (LOAD_GLOBAL folds it in): the
  // instructions are looked at in that order.
  const lines = code.lines;
  const view: number[] = [];
  for (let i = 0; i < n; i++) {
    if (ops[i * 2] !== Op.PUSH_NULL) { view.push(i); continue; }
    const end = callableEnd(ops, i + 1, n, start);
    if (end < 0) { view.push(i); continue; }
    for (let k = i + 1; k <= end; k++) view.push(k);
    if (!(end === i + 1 && ops[end * 2] === Op.LOAD_GLOBAL)) view.push(i);
    i = end;
  }
  const partner = new Int32Array(n).fill(-1);
  for (let v = 0; v < view.length; v++) {
    const i = view[v];
    const op = ops[i * 2];
    if (op !== Op.LOAD_FAST && op !== Op.STORE_FAST) continue;
    let w = v + 1;
    while (w < view.length && ops[view[w] * 2] === Op.NOP && !start[view[w]]) w++;
    if (w >= view.length || start[view[w]]) continue;
    const j = view[w];
    const op2 = ops[j * 2];
    if (op2 !== Op.LOAD_FAST && !(op === Op.STORE_FAST && op2 === Op.STORE_FAST)) continue;
    const l1 = lines[i] ?? -1, l2 = lines[j] ?? -1;
    if (l1 > 0 && l2 > 0 && l1 !== l2) continue;
    if (ops[i * 2 + 1] >= 16 || ops[j * 2 + 1] >= 16) continue;
    if (op === Op.LOAD_FAST) { partner[i] = j; partner[j] = i; }
    else if (op2 === Op.LOAD_FAST) keepStrong[j] = 1;
    v = w;
  }
  for (let i = 0; i < n; i++) if (partner[i] >= 0 && keepStrong[partner[i]]) keepStrong[i] = 1;
  for (let i = 0; i < n; i++) if (ops[i * 2] === Op.LOAD_FAST && !keepStrong[i] && reached[i]) ops[i * 2] = Op.LOAD_FAST_BORROW;
}
