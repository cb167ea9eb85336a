// The compiler: AST -> code objects (Python/compile.c, Python/codegen.c).
// One function per construct, emitting heapsnake's CPython-like bytecode.
// Constants are merged across the whole snippet as CPython's compiler does
// (Python/compile.c: merge_consts_recursive), so equal constants in one
// compilation unit are the same object.

/* eslint-disable @typescript-eslint/no-explicit-any */
import { Code } from './code.js';
import { Op, AST_BINOP, AST_CMP, MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from './opcodes.js';
import { buildSymtable, Scope, SymbolTable, ScopeError, InlineConflict } from './symtable.js';
import { NotSupported, LimitExceeded } from './errors.js';
import { PyObject, PyTuple, PySet, PyStr } from './object.js';
import { T } from './types.js';
import { None, Ellipsis, True, False, newInt, newFloat, newComplex, newStr, newBytes, newTupleTracked, incref, decref, R } from './rt.js';
import { RULES, type VersionRules } from './version.js';
import { frozensetConst } from './typemethods.js';
import { setKeys } from './set.js';
import { makeSlice } from './slice.js';
import { foldConstant, complexKey } from './fold.js';
import { startupInterned } from './cpython-interned.js';
import { parsedIdentifiers } from './ast.js';
import { applyStaticSwaps, markLoadFastCheck, optimizeLoadFast, stackDepth } from './flowgraph.js';

type Node = any;

export class CompileError extends Error {
  constructor(public excType: string, public msg: string, public lineno: number) { super(msg); }
}

interface Label { pos: number; refs: number[] }

type FBlock =
  | { kind: 'while'; brk: Label; cont: Label }
  | { kind: 'for'; brk: Label; cont: Label }
  | { kind: 'try_except' }
  | { kind: 'try_finally'; body: Node[] }
  | { kind: 'finally_end' }
  | { kind: 'handler'; name: string | null }
  | { kind: 'with'; out: number }
  | { kind: 'pop_value' };

class Unit {
  code: Code;
  ops: number[] = [];
  lines: number[] = [];
  starts: number[] = [];
  constIdx = new Map<PyObject, number>();
  nameIdx = new Map<string, number>();
  fblocks: FBlock[] = [];
  /** PEP 709: the inlined comprehensions being compiled into this unit, innermost last. */
  inl: Scope[] = [];
  line = 1;
  pendingStmt = false;
  /**
   * co_stacksize bookkeeping (flowgraph.ts: stackDepth): `hidden` counts the values CPython's
   * bytecode holds on the stack here and heapsnake's does not (the lasti of a `with` handler,
   * 3.14's __exit__ self; -1 while a constant return value is not on CPython's stack); `hidRuns`
   * records where it changes (instruction index, value: emit stays cheap), `peaks` a transient rise
   * above heapsnake's depth at one instruction.
   */
  hidden = 0;
  hidRuns: number[] = [];
  lastHid = 0;
  peaks = new Map<number, number>();
  constructor(public scope: Scope, name: string, public qualname: string) {
    this.code = new Code(name, '<snippet>');
    this.code.qualname = qualname;
  }
}

const STMT_KINDS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom',
  'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue']);
const EXPR_KINDS = new Set(['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp',
  'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant',
  'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice']);

/**
 * The deepest nesting of statements and expressions in the tree, each counting one level as
 * CPython 3.11's compiler passes count their recursion (Python/ast_opt.c, Python/symtable.c:
 * ++recursion_depth per stmt and per expr). Iterative: the tree can be deeper than the JS stack.
 */
export function astDepth(mod: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[mod, 0]];
  while (stack.length) {
    const [n, d0] = stack.pop()!;
    const d = STMT_KINDS.has(n.kind) || EXPR_KINDS.has(n.kind) ? d0 + 1 : d0;
    if (d > max) max = d;
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && typeof x.kind === 'string') stack.push([x, d]); }
      else if (v && typeof v === 'object' && typeof (v as Node).kind === 'string') stack.push([v, d]);
    }
  }
  return max;
}

/** heapsnake's cap on compiled code (docs/limits.md): CPython itself takes seconds on such programs. */
export const MAX_INSTRUCTIONS = 1_000_000;
/** Python/compile.c: compiler_call_exit_with_nones (3.11; Python/codegen.c: codegen_call_exit_with_nones in
 *  3.14) — leaving a `with` calls __exit__(None, None, None): three slots above heapsnake's WITH_EXIT 0. */
const WITH_EXIT_NONES = 3;
/** Python/compile.c (3.11), Include/internal/pycore_compile.h (3.14): STACK_USE_GUIDELINE — displays and calls
 *  with more items than this are built incrementally instead of from the stack (co_stacksize). */
const STACK_USE_GUIDELINE = 30;

import { mangleModule } from './mangle.js';

/**
 * 3.14 class-body annotations are kept unevaluated (PEP 649); heapsnake evaluates them when the class is made,
 * which is only the same as CPython's lazy evaluation for expressions without side effects: names, attributes,
 * constants, subscripts and `|` of those. Anything else is refused.
 */
/**
 * Python/compile.c (3.13+): compiler_add_static_attribute_to_class — the names NAME of `self.NAME = …`
 * targets in the functions inside a class body (not nested classes, not augmented assignments or del),
 * as written (before private-name mangling). The class keeps them sorted as __static_attributes__, and
 * Objects/dictobject.c: _PyDict_NewKeysForClass puts them first in its instances' shared keys (object.ts).
 */
function staticAttributes(body: Node[]): Set<string> {
  const out = new Set<string>();
  const target = (t: any): void => {
    if (!t) return;
    if (t.kind === 'Attribute' && t.value.kind === 'Name' && t.value.id === 'self') out.add(t.origAttr ?? t.attr);
    else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) target(e);
    else if (t.kind === 'Starred') target(t.value);
  };
  const walk = (n: any, inFunction: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) walk(x, inFunction); return; }
    if (n.kind === 'ClassDef') { walk(n.decorator_list, inFunction); walk(n.bases, inFunction); return; }
    const fn = inFunction || n.kind === 'FunctionDef' || n.kind === 'AsyncFunctionDef' || n.kind === 'Lambda';
    if (fn) {
      if (n.kind === 'Assign') for (const t of n.targets) target(t);
      else if (n.kind === 'AnnAssign' || n.kind === 'For' || n.kind === 'AsyncFor' || n.kind === 'comprehension') target(n.target);
      else if (n.kind === 'withitem') target(n.optional_vars);
      else if (n.kind === 'NamedExpr') target(n.target);
    }
    for (const k in n) if (k !== 'kind' && k !== 'parent') walk(n[k], fn);
  };
  walk(body, false);
  return out;
}

/** The names an expression reads. */
function namesIn(n: any, out: string[] = []): string[] {
  if (!n || typeof n !== 'object') return out;
  if (Array.isArray(n)) { for (const x of n) namesIn(x, out); return out; }
  if (n.kind === 'Name') out.push(n.id);
  for (const k in n) if (k !== 'kind' && k !== 'parent') namesIn(n[k], out);
  return out;
}

function checkLazyAnnotation(n: Node): void {
  switch (n.kind) {
    case 'Name': case 'Constant': return;
    case 'Attribute': return checkLazyAnnotation(n.value);
    case 'Subscript': checkLazyAnnotation(n.value); return checkLazyAnnotation(n.slice);
    case 'Tuple': case 'List': for (const e of n.elts) checkLazyAnnotation(e); return;
    case 'BinOp': if (n.op === 'BitOr') { checkLazyAnnotation(n.left); return checkLazyAnnotation(n.right); } break;
  }
  throw new NotSupported('this class annotation on Python 3.14', n.lineno ?? null,
    'CPython 3.14 evaluates class annotations only when asked for them (PEP 649); heapsnake evaluates names, attributes, subscripts and | of them when the class is made');
}

export function compileModule(mod: Node, rules: VersionRules): Code {
  // 3.11: recursion_limit * COMPILER_STACK_FRAME_SCALE (1000 * 3) levels, from a script's top level;
  // 3.12+ check the C stack instead, so only heapsnake's own JavaScript stack bounds them
  if (rules.compileDepthLimit && astDepth(mod) > rules.compileDepthLimit) {
    throw new CompileError('RecursionError', 'maximum recursion depth exceeded during compilation', 0);
  }
  // the parser's identifiers (interned before any code object is made), the mangled ones too
  const identifiers = parsedIdentifiers(mod);
  // private names (__x in a class) are mangled before scope analysis, as CPython's symtable does
  mangleModule(mod);
  for (const s of parsedIdentifiers(mod)) identifiers.add(s);
  let st: SymbolTable;
  try {
    st = buildSymtable(mod, rules.inlineComprehensions);
  } catch (e) {
    if (e instanceof ScopeError) throw new CompileError('SyntaxError', e.message, e.lineno);
    if (e instanceof InlineConflict) throw new NotSupported(e.message, e.lineno);
    throw e;
  }
  const c = new Compiler(st, rules, identifiers);
  const code = c.module(mod);
  mergeCodeConsts(code, rules);
  // the script's code objects: who holds each is followed, so the ones only the module's code holds
  // can be freed with it when the script finishes (codeexit.ts)
  const follow = (k: Code) => { k.users = []; for (const x of k.consts) if (x instanceof Code) follow(x); };
  follow(code);
  (code as any).arena = [...c.arena].map((o) => incref(o));
  (code as any).warnings = c.warnings;
  // the cache's own creation references go: co_consts and the arena hold theirs
  for (const o of c.constCache.values()) decref(o);
  return code;
}

/**
 * Code objects whose co_consts are equal share one tuple: makecode passes co_consts through the
 * compiler's constant cache (3.11 Python/compile.c: merge_const_one; 3.14 Python/assemble.c:
 * _PyCompile_ConstCacheMergeOne), so two functions returning the same constant hold it once.
 * heapsnake's consts arrays are not CPython's co_consts (None and small ints sit elsewhere), so:
 * 3.11 — CPython's co_consts are rebuilt from them (a function or lambda without a docstring has
 * None first; the rest in first-use order, as heapsnake's) and equal ones are merged: every later
 * code object drops its references (`sharedConsts`). 3.14 — where the 3.14 compiler puts None and
 * small ints (LOAD_SMALL_INT) is not reproduced, so the constants of code objects that might share a
 * tuple are marked, and sys.getrefcount of them is refused (modules.ts: getrefcount).
 */
function mergeCodeConsts(root: Code, rules: VersionRules): void {
  const codes: Code[] = [];
  const walk = (c: Code) => { codes.push(c); for (const k of c.consts) if (k instanceof Code) walk(k); };
  walk(root);
  const ids = new Map<PyObject, number>();
  const id = (o: PyObject) => { let i = ids.get(o); if (i === undefined) { i = ids.size; ids.set(o, i); } return i; };
  // candidates: equal constants apart from None and small ints (which the versions place differently)
  const loose = new Map<string, Code[]>();
  for (const c of codes) {
    if (c.isModule || c.consts.length === 0) continue;
    const key = c.consts.filter((k) => k !== None && !(k.type === T.int && k.imm)).map(id).join(',');
    if (!key) continue;
    const g = loose.get(key);
    if (g) g.push(c); else loose.set(key, [c]);
  }
  for (const group of loose.values()) {
    if (group.length < 2) continue;
    if (rules.version !== '3.11') {
      for (const c of group) for (const k of c.consts) if (!k.imm) (k as any).constsMergeUnknown = true;
      continue;
    }
    const exact = new Map<string, Code>();
    for (const c of group) {
      const full = (c as any).functionScope && !(c as any).doc ? [None, ...c.consts] : c.consts;
      const key = [...new Set(full)].map(id).join(',');
      const first = exact.get(key);
      if (!first) { exact.set(key, c); continue; }
      c.sharedConsts = first;
      for (const k of c.consts) decref(k);
    }
  }
}

class Compiler {
  u!: Unit;
  stack: Unit[] = [];
  /** Module-wide constant cache: key -> constant object. */
  constCache = new Map<string, PyObject>();

  constructor(private st: SymbolTable, private rules: VersionRules, private identifiers: Set<string> = new Set()) {}

  // ---------------------------------------------------------------- units
  enter(scope: Scope, name: string, qualname: string, firstline: number): void {
    if (this.u) this.stack.push(this.u);
    this.u = new Unit(scope, name, qualname);
    this.u.code.firstlineno = firstline;
    this.u.line = firstline;
  }
  leave(): Code {
    const u = this.u;
    const code = u.code;
    code.code = Int32Array.from(u.ops);
    code.lines = Int32Array.from(u.lines);
    code.stmtStart = Uint8Array.from(u.starts);
    const s = u.scope;
    if (s.kind !== 'module' && s.kind !== 'class') {
      code.varnames = s.locals.slice();
      code.cellvars = s.cells.slice();
      code.freevars = s.frees.slice();
      code.cell2arg = code.cellvars.map((c) => s.params.indexOf(c));
      // cell parameters still have their positional slot (CPython's cell2arg)
      for (const cv of code.cellvars) {
        const pi = s.params.indexOf(cv);
        if (pi >= 0 && !code.varnames.includes(cv)) code.varnames.splice(pi, 0, cv);
      }
    } else {
      // module and class bodies have fast locals only for inlined comprehensions (PEP 709)
      code.varnames = s.hidden.slice();
      code.cellvars = s.cells.slice();
      code.freevars = s.frees.slice();
      code.cell2arg = code.cellvars.map(() => -1);
    }
    if (s.isGenerator) code.flags |= CO_GENERATOR;
    // 3.11 compiler_function / compiler_lambda put the docstring or None first in co_consts
    if (s.kind === 'function' || s.kind === 'lambda') (code as any).functionScope = true;
    applyStaticSwaps(code);
    if (this.rules.borrowedLoadFast) {
      markLoadFastCheck(code, s.kind === 'module' || s.kind === 'class' ? 0 : code.argcount + code.kwonlyargcount + (code.flags & CO_VARARGS ? 1 : 0) + (code.flags & CO_VARKEYWORDS ? 1 : 0));
      optimizeLoadFast(code);
    }
    const n = u.ops.length / 2, hid = new Int8Array(n), peaks = new Int8Array(n);
    for (let r = 0; r < u.hidRuns.length; r += 2) hid.fill(u.hidRuns[r + 1], u.hidRuns[r]);
    for (const [i, k] of u.peaks) peaks[i] = k;
    (code as any).stacksize = stackDepth(code, this.rules.generatorBlock, hid, peaks);
    this.u = this.stack.pop()!;
    return code;
  }

  // ---------------------------------------------------------------- emit
  /** Instructions emitted for the whole module (finally bodies are compiled twice, so nesting doubles them). */
  private emitted = 0;
  emit(op: Op, arg = 0): number {
    if (++this.emitted > MAX_INSTRUCTIONS) {
      throw new LimitExceeded('code size', `the compiled program has more than ${MAX_INSTRUCTIONS.toLocaleString('en-US')} instructions (deeply nested try/finally doubles its code at every level)`);
    }
    const u = this.u;
    u.ops.push(op, arg);
    u.lines.push(u.line);
    u.starts.push(u.pendingStmt ? 1 : 0);
    if (u.hidden !== u.lastHid) { u.hidRuns.push(u.lines.length - 1, u.hidden); u.lastHid = u.hidden; }
    u.pendingStmt = false;
    return u.ops.length - 2;
  }
  /** CPython's stack rises `k` slots above heapsnake's depth before the last instruction emitted (for co_stacksize). */
  cpyPeak(k: number): void { if (k) this.u.peaks.set(this.u.lines.length - 1, k); }
  label(): Label { return { pos: -1, refs: [] }; }
  jump(op: Op, l: Label): void {
    const at = this.emit(op, -1);
    if (l.pos >= 0) this.u.ops[at + 1] = l.pos;
    else l.refs.push(at + 1);
  }
  bind(l: Label): void {
    l.pos = this.u.ops.length / 2;
    for (const r of l.refs) this.u.ops[r] = l.pos;
    l.refs = [];
  }
  /** Instruction index (not op-array offset): ops[i*2], ops[i*2+1]. */

  constant(o: PyObject): number {
    const u = this.u;
    let i = u.constIdx.get(o);
    if (i === undefined) {
      i = u.code.consts.length;
      u.code.consts.push(incref(o));
      u.constIdx.set(o, i);
    }
    return i;
  }
  name(n: string): number {
    const u = this.u;
    let i = u.nameIdx.get(n);
    if (i === undefined) { i = u.code.names.length; u.code.names.push(n); u.nameIdx.set(n, i); }
    return i;
  }
  loadConst(o: PyObject): void { this.emit(Op.LOAD_CONST, this.constant(o)); }
  /** Add a constant the compiler just created (a new reference): co_consts takes it over. */
  ownedConstant(o: PyObject): number {
    const i = this.constant(o);
    decref(o);
    return i;
  }

  /**
   * Python/pythonrun.c: pyrun_file keeps the parser's arena alive while a
   * __main__ script runs, and the arena holds a reference to every literal
   * the parser made — so each canonical literal constant has one more
   * reference (3.11 also for AST-folded results; docs/cpython-rules.md §2.4).
   */
  arena = new Set<PyObject>();
  literal(o: PyObject): PyObject {
    if (!o.imm) this.arena.add(o);
    return o;
  }

  /** A constant object for an AST constant value, merged module-wide. */
  constObj(v: Node): PyObject {
    switch (v.type) {
      case 'None': return None;
      case 'bool': return v.value ? True : False;
      case 'Ellipsis': return Ellipsis;
      case 'int': return this.cached(`i:${v.value}`, () => newInt(v.value));
      case 'float': return this.cached(`f:${Object.is(v.value, -0) ? '-0' : v.value}`, () => newFloat(v.value));
      case 'str': return this.strConst(v.value);
      case 'bytes': return this.cached(`b:${Array.from(v.value as Uint8Array).join(',')}`, () => newBytes(v.value));
      // an imaginary literal: complex(0.0, imag), merged like the other constants (Objects/codeobject.c: _PyCode_ConstantKey)
      case 'complex': return this.cached(complexKey(0, v.imag), () => newComplex(0, v.imag));
    }
    throw new Error('internal: constant ' + v.type);
  }
  cached(key: string, make: () => PyObject): PyObject {
    let o = this.constCache.get(key);
    if (!o) { o = make(); this.constCache.set(key, o); }
    return o;
  }
  /** Objects/codeobject.c: intern_string_constants — identifier-like strings are interned. */
  strConst(s: string): PyObject {
    return this.cached(`s:${s}`, () => (isIdentifierLike(s) ? R.intern(s) : newStr(s)));
  }

  // ---------------------------------------------------------------- module
  module(mod: Node): Code {
    this.enter(this.st.root, '<module>', '<module>', 1);
    this.u.code.isModule = true;
    // Python/compile.c: compiler_body — every annotated module gets __annotations__ (SETUP_ANNOTATIONS, 3.11),
    // then a leading string is the module's docstring, stored in __doc__
    if (!this.rules.lazyAnnotations && this.findAnn(mod.body)) {
      if (mod.body.length) this.setLine(mod.body[0]);
      this.emit(Op.SETUP_ANNOTATIONS);
    }
    const body = this.docstring(mod.body);
    if (body !== mod.body) {
      this.setLine(mod.body[0]);
      this.u.pendingStmt = true;
      this.loadConst((this.u.code as any).doc);
      this.emit(Op.STORE_NAME, this.name('__doc__'));
    }
    this.stmts(body);
    this.emit(Op.RETURN_CONST_NONE);
    return this.leave();
  }

  stmts(list: Node[]): void { for (const s of list) this.stmt(s); }

  setLine(n: Node): void { if (n && n.lineno) this.u.line = n.lineno; }

  stmt(s: Node): void {
    this.setLine(s);
    this.u.pendingStmt = true;
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Assign': {
        if (this.unpackBySwap(s)) return;
        this.expr(s.value);
        s.targets.forEach((t: Node, i: number) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.store(t);
        });
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'Pass': this.emit(Op.NOP); return;
      case 'Delete': for (const t of s.targets) this.del(t); return;
      case 'If': return this.ifStmt(s);
      case 'While': return this.whileStmt(s);
      case 'For': return this.forStmt(s);
      case 'Break': return this.breakContinue(s, true);
      case 'Continue': return this.breakContinue(s, false);
      case 'Return': return this.returnStmt(s);
      case 'FunctionDef': return this.funcDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) { this.expr(s.exc); n = 1; if (s.cause) { this.expr(s.cause); n = 2; } }
        this.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try': return this.tryStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Assert': {
        const end = this.label();
        this.expr(s.test);
        this.jump(Op.POP_JUMP_IF_TRUE, end);
        if (s.msg) {
          // Python/compile.c: compiler_assert (3.11) / Python/codegen.c: codegen_assert (3.14) — CPython calls
          // AssertionError with the message in the self slot (CALL 0) and pushes no NULL (co_stacksize)
          const out = this.u.hidden;
          this.u.hidden = out - 1;
          this.emit(Op.PUSH_NULL);
          this.emit(Op.LOAD_ASSERTION_ERROR);
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
          this.u.hidden = out;
        } else this.emit(Op.LOAD_ASSERTION_ERROR);
        this.emit(Op.RAISE_VARARGS, 1);
        this.bind(end);
        return;
      }
      case 'Global': case 'Nonlocal': this.emit(Op.NOP); return;
      case 'Import':
        for (const a of s.names) {
          this.loadConst(newInt(0));
          this.loadConst(None);
          this.emit(Op.IMPORT_NAME, this.name(a.name));
          if (a.asname) {
            const parts = a.name.split('.');
            for (const p of parts.slice(1)) this.emit(Op.IMPORT_FROM, this.name(p)), this.emit(Op.SWAP, 2), this.emit(Op.POP_TOP);
            this.storeName(a.asname);
          } else this.storeName(a.name.split('.')[0]);
        }
        return;
      case 'ImportFrom': {
        if (s.level) throw new NotSupported('relative import', s.lineno);
        this.loadConst(newInt(0));
        this.emit(Op.LOAD_CONST, this.ownedConstant(newTupleTracked(s.names.map((a: Node) => this.strConst(a.name)))));
        this.emit(Op.IMPORT_NAME, this.name(s.module));
        if (s.names.length === 1 && s.names[0].name === '*') {
          throw new NotSupported('from ... import *', s.lineno);
        }
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.name(a.name));
          this.storeName(a.asname ?? a.name);
        }
        this.emit(Op.POP_TOP);
        return;
      }
      case 'AsyncFunctionDef': case 'AsyncFor': case 'AsyncWith':
        throw new NotSupported('async/await', s.lineno);
      case 'Match': throw new NotSupported('the match statement', s.lineno);
      case 'TryStar': throw new NotSupported('except*', s.lineno);
      default:
        throw new NotSupported(`the ${s.kind} statement`, s.lineno);
    }
  }

  // ---------------------------------------------------------------- names
  scopeOf(n: string): string {
    const s = this.u.scope;
    const sc = s.scopeOf.get(n);
    if (sc) return sc;
    return s.kind === 'module' || s.kind === 'class' ? 'name' : 'global_implicit';
  }
  localIndex(n: string): number {
    const i = this.u.scope.locals.indexOf(n);
    return i;
  }
  derefIndex(n: string): number {
    const s = this.u.scope;
    const nv = this.varnamesCount();
    const ci = s.cells.indexOf(n);
    if (ci >= 0) return nv + ci;
    const fi = s.frees.indexOf(n);
    if (fi >= 0) return nv + s.cells.length + fi;
    throw new Error('internal: no deref ' + n);
  }
  varnamesCount(): number {
    const s = this.u.scope;
    if (s.kind === 'module' || s.kind === 'class') return s.hidden.length;
    let n = s.locals.length;
    for (const cv of s.cells) if (s.params.includes(cv) && !s.locals.includes(cv)) n++;
    return n;
  }
  /** Index of a parameter/local in varnames (cell params included, as in leave()). */
  fastIndex(n: string): number {
    const s = this.u.scope;
    if (s.kind === 'module' || s.kind === 'class') return s.hidden.indexOf(n);
    const vn = s.locals.slice();
    for (const cv of s.cells) {
      const pi = s.params.indexOf(cv);
      if (pi >= 0 && !vn.includes(cv)) vn.splice(pi, 0, cv);
    }
    return vn.indexOf(n);
  }

  /**
   * PEP 709: how a name is reached from inside the inlined comprehensions being
   * compiled (Python/codegen.c: push_inlined_comprehension_state gives the
   * comprehension's own names their scope for its duration), or null when the
   * host scope's own rule applies.
   */
  inlinedRef(n: string): { op: 'fast' | 'deref' | 'global' | 'name'; idx: number } | null {
    const inl = this.u.inl;
    if (!inl.length) return null;
    for (let k = inl.length - 1; k >= 0; k--) {
      const sc = inl[k].scopeOf.get(n);
      if (sc === undefined || sc === 'free') continue;
      if (sc === 'local') return { op: 'fast', idx: this.fastIndex(n) };
      if (sc === 'cell') return { op: 'deref', idx: this.derefIndex(n) };
      if (sc === 'global_explicit') return { op: 'global', idx: this.name(n) };
      // an implicit global: LOAD_GLOBAL in a function or class body, LOAD_NAME in a module (CPython's dis)
      return this.u.scope.kind === 'module' ? { op: 'name', idx: this.name(n) } : { op: 'global', idx: this.name(n) };
    }
    // a class's own names are not visible from its comprehensions: a closure variable is a plain deref
    // (also one the class body binds itself, which passes through it: DEF_FREE_CLASS)
    const host = this.u.scope;
    if (host.kind === 'class' && (host.cells.includes(n) || host.frees.includes(n))) return { op: 'deref', idx: this.derefIndex(n) };
    return null;
  }
  private static readonly INLINED_OPS = {
    load: { fast: Op.LOAD_FAST, deref: Op.LOAD_DEREF, global: Op.LOAD_GLOBAL, name: Op.LOAD_NAME },
    store: { fast: Op.STORE_FAST, deref: Op.STORE_DEREF, global: Op.STORE_GLOBAL, name: Op.STORE_NAME },
    del: { fast: Op.DELETE_FAST, deref: Op.DELETE_DEREF, global: Op.DELETE_GLOBAL, name: Op.DELETE_NAME },
  } as const;
  /** Emit the access to `n` from inside an inlined comprehension; false when the host's rule applies. */
  inlinedName(n: string, how: 'load' | 'store' | 'del'): boolean {
    const r = this.inlinedRef(n);
    if (!r) return false;
    this.emit(Compiler.INLINED_OPS[how][r.op], r.idx);
    return true;
  }

  loadName(n: string): void {
    if (this.inlinedName(n, 'load')) return;
    switch (this.scopeOf(n)) {
      case 'local': this.emit(Op.LOAD_FAST, this.fastIndex(n)); return;
      case 'cell': case 'free':
        if (this.u.scope.kind === 'class') this.emit(Op.LOAD_CLASSDEREF, this.derefIndex(n));
        else this.emit(Op.LOAD_DEREF, this.derefIndex(n));
        return;
      case 'global_explicit': case 'global_implicit': this.emit(Op.LOAD_GLOBAL, this.name(n)); return;
      default: this.emit(Op.LOAD_NAME, this.name(n));
    }
  }
  storeName(n: string): void {
    if (this.inlinedName(n, 'store')) return;
    switch (this.scopeOf(n)) {
      case 'local': this.emit(Op.STORE_FAST, this.fastIndex(n)); return;
      case 'cell': case 'free': this.emit(Op.STORE_DEREF, this.derefIndex(n)); return;
      case 'global_explicit': case 'global_implicit': this.emit(Op.STORE_GLOBAL, this.name(n)); return;
      default: this.emit(Op.STORE_NAME, this.name(n));
    }
  }
  delName(n: string): void {
    if (this.inlinedName(n, 'del')) return;
    switch (this.scopeOf(n)) {
      case 'local': this.emit(Op.DELETE_FAST, this.fastIndex(n)); return;
      case 'cell': case 'free': this.emit(Op.DELETE_DEREF, this.derefIndex(n)); return;
      case 'global_explicit': case 'global_implicit': this.emit(Op.DELETE_GLOBAL, this.name(n)); return;
      default: this.emit(Op.DELETE_NAME, this.name(n));
    }
  }

  /**
   * Python/flowgraph.c: optimize_basic_block — `BUILD_TUPLE n; UNPACK_SEQUENCE n`
   * for n ≤ 3 becomes a SWAP (or nothing): `a, b = x, y` builds no tuple. 3.11
   * folds a tuple of constants in the AST first (LOAD_CONST + UNPACK_SEQUENCE);
   * 3.14 folds tuples only in the CFG, after this rule. (apply_static_swaps then
   * reorders the stores, flowgraph.ts.)
   */
  unpackBySwap(s: Node): boolean {
    const t = s.targets.length === 1 ? s.targets[0] : null;
    const v = s.value;
    if (!t || (t.kind !== 'Tuple' && t.kind !== 'List') || v.kind !== 'Tuple') return false;
    const n = v.elts.length;
    if (n < 1 || n > 3 || t.elts.length !== n) return false;
    if ([...t.elts, ...v.elts].some((x: Node) => x.kind === 'Starred')) return false;
    if (this.rules.version === '3.11' && v.elts.every((x: Node) => this.constValue(x) !== null)) return false;
    for (const x of v.elts) this.expr(x);
    if (n > 1) this.emit(Op.SWAP, n);
    for (const x of t.elts) this.store(x);
    return true;
  }

  store(t: Node): void {
    this.setLine(t);
    switch (t.kind) {
      case 'Name': return this.storeName(t.id);
      case 'Attribute': this.expr(t.value); this.emit(Op.STORE_ATTR, this.name(t.attr)); return;
      case 'Subscript': this.expr(t.value); this.expr(t.slice); this.emit(Op.STORE_SUBSCR); return;
      case 'Tuple': case 'List': {
        const star = t.elts.findIndex((e: Node) => e.kind === 'Starred');
        if (star >= 0) {
          const after = t.elts.length - star - 1;
          this.emit(Op.UNPACK_EX, star | (after << 8));
        } else this.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.store(e.kind === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred': throw new CompileError('SyntaxError', 'starred assignment target must be in a list or tuple', t.lineno);
      default: throw new CompileError('SyntaxError', `cannot assign to ${t.kind}`, t.lineno);
    }
  }

  del(t: Node): void {
    this.setLine(t);
    switch (t.kind) {
      case 'Name': return this.delName(t.id);
      case 'Attribute': this.expr(t.value); this.emit(Op.DELETE_ATTR, this.name(t.attr)); return;
      case 'Subscript': this.expr(t.value); this.expr(t.slice); this.emit(Op.DELETE_SUBSCR); return;
      case 'Tuple': case 'List': for (const e of t.elts) this.del(e); return;
      default: throw new CompileError('SyntaxError', `cannot delete ${t.kind}`, t.lineno);
    }
  }

  augAssign(s: Node): void {
    const op = AST_BINOP[s.op] + 13;
    const t = s.target;
    switch (t.kind) {
      case 'Name':
        this.loadName(t.id);
        this.expr(s.value);
        this.emit(Op.BINARY_OP, op);
        this.storeName(t.id);
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(Op.COPY, 1);
        this.emit(Op.LOAD_ATTR, this.name(t.attr));
        this.expr(s.value);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_ATTR, this.name(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        return;
    }
    throw new CompileError('SyntaxError', "'" + t.kind + "' is an illegal expression for augmented assignment", s.lineno);
  }

  // ---------------------------------------------------------------- control flow
  ifStmt(s: Node): void {
    const end = this.label();
    const els = this.label();
    this.cond(s.test, els, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      this.jump(Op.JUMP, end);
      this.bind(els);
      this.stmts(s.orelse);
    } else this.bind(els);
    this.bind(end);
  }

  /** Jump to `target` when `test` is `jumpIf`. */
  cond(test: Node, target: Label, jumpIf: boolean): void {
    if (test.kind === 'UnaryOp' && test.op === 'Not') return this.cond(test.operand, target, !jumpIf);
    this.expr(test);
    this.jump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  /**
   * Python/compile.c: compiler_push_fblock — a block past CO_MAXBLOCKS is a SyntaxError.
   * heapsnake's blocks follow CPython's except for a handler, which stands for CPython's
   * two (EXCEPTION_HANDLER and HANDLER_CLEANUP). Blocks are pushed in CPython's order
   * (a finally body is compiled twice, the second time inside FINALLY_END), so the first
   * block too many is found at the statement CPython names.
   */
  pushBlock(fb: FBlock, lineno: number): void {
    const fbs = this.u.fblocks;
    let n = this.rules.generatorBlock && this.u.scope.isGenerator ? 1 : 0;
    for (const b of [...fbs, fb]) n += b.kind === 'handler' ? 2 : 1;
    if (n > this.rules.maxBlocks) throw new CompileError('SyntaxError', 'too many statically nested blocks', lineno);
    fbs.push(fb);
  }

  whileStmt(s: Node): void {
    const top = this.label(), els = this.label(), end = this.label();
    this.bind(top);
    this.cond(s.test, els, false);
    this.pushBlock({ kind: 'while', brk: end, cont: top }, s.lineno);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLine(s);
    this.jump(Op.JUMP, top);
    this.bind(els);
    this.stmts(s.orelse);
    this.bind(end);
  }

  forStmt(s: Node): void {
    const top = this.label(), cleanup = this.label(), end = this.label();
    this.iterExpr(s.iter);
    this.emit(Op.GET_ITER);
    this.bind(top);
    this.setLine(s);
    this.u.pendingStmt = true;
    this.jump(Op.FOR_ITER, cleanup);
    this.store(s.target);
    this.pushBlock({ kind: 'for', brk: end, cont: top }, s.lineno);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.jump(Op.JUMP, top);
    this.bind(cleanup);
    this.stmts(s.orelse);
    this.bind(end);
  }

  breakContinue(s: Node, isBreak: boolean): void {
    const fbs = this.u.fblocks;
    for (let i = fbs.length - 1; i >= 0; i--) {
      const fb = fbs[i];
      if (fb.kind === 'while' || fb.kind === 'for') {
        if (isBreak) {
          // pop everything above the loop, plus the for-iterator itself
          this.unwind(i + 1, false);
          if (fb.kind === 'for') this.emit(Op.POP_TOP);
          this.jump(Op.JUMP, fb.brk);
        } else {
          this.unwind(i + 1, false);
          this.jump(Op.JUMP, fb.cont);
        }
        return;
      }
    }
    throw new CompileError('SyntaxError', `'${isBreak ? 'break' : 'continue'}' ${isBreak ? 'outside loop' : 'not properly in loop'}`, s.lineno);
  }

  returnStmt(s: Node): void {
    const k = this.u.scope.kind;
    if (k === 'module' || k === 'class') throw new CompileError('SyntaxError', "'return' outside function", s.lineno);
    if (s.value) this.expr(s.value); else this.loadConst(None);
    // Python/compile.c (3.11) / Python/codegen.c (3.14): compiler_return / codegen_return — preserve_tos
    // only for a value that is not a constant once the AST optimizer ran: a constant is loaded after
    // the unwinding, so CPython's stack holds it not while the cleanups run (co_stacksize)
    const constant = !s.value || s.value.kind === 'Constant'
      || (this.rules.astFoldsOperators && ['UnaryOp', 'BinOp', 'Subscript', 'Tuple'].includes(s.value.kind) && !!this.constValue(s.value));
    this.unwind(0, true, true, constant ? -1 : 0);
    this.setLine(s);
    this.emit(Op.RETURN_VALUE);
  }

  unwindAll(preserve: boolean): void {
    this.unwind(0, preserve, true);
  }

  /**
   * Python/compile.c: compiler_unwind_fblock — emit the cleanup of each
   * frame block above `downTo`, innermost first. With `preserve`, the value on
   * top of the stack (a return value) is kept above the cleanup.
   */
  unwind(downTo: number, preserve: boolean, isReturn = false, hiddenAdj = 0): void {
    const fbs = this.u.fblocks;
    const saved = fbs.slice();
    const hidden = this.u.hidden;
    this.u.hidden += hiddenAdj;
    for (let i = fbs.length - 1; i >= downTo; i--) {
      const fb = fbs[i];
      switch (fb.kind) {
        case 'while': break;
        case 'pop_value':
          if (preserve) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
          break;
        case 'for':
          if (isReturn) {
            if (preserve) this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
          break;
        case 'try_except': this.emit(Op.POP_BLOCK); break;
        case 'try_finally': {
          this.emit(Op.POP_BLOCK);
          // run the finally body with the blocks below it active; a kept return value sits under it in a
          // POP_VALUE block, so a break or continue there drops it (Python/compile.c: compiler_unwind_fblock)
          this.u.fblocks = saved.slice(0, i);
          if (preserve) this.pushBlock({ kind: 'pop_value' }, this.u.line);
          const line = this.u.line;
          this.stmts(fb.body);
          this.u.line = line;
          this.u.fblocks = saved;
          break;
        }
        case 'finally_end':
          this.emit(Op.POP_BLOCK);
          if (preserve) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP); // the exception
          if (preserve) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_EXCEPT);
          break;
        case 'handler':
          if (fb.name) {
            this.emit(Op.POP_BLOCK);
            this.loadConst(None); this.storeName(fb.name); this.delName(fb.name);
          }
          this.emit(Op.POP_BLOCK);
          if (preserve) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_EXCEPT);
          break;
        case 'with':
          this.emit(Op.POP_BLOCK);
          if (preserve) this.emit(Op.SWAP, 2);
          this.emit(Op.WITH_EXIT, 0);
          this.cpyPeak(WITH_EXIT_NONES);
          this.u.hidden = fb.out + hiddenAdj;
          break;
      }
    }
    this.u.fblocks = saved;
    this.u.hidden = hidden;
  }

  tryStmt(s: Node): void {
    if (s.finalbody.length) {
      const excLabel = this.label(), cleanup = this.label(), end = this.label();
      this.jump(Op.SETUP_FINALLY, excLabel);
      this.pushBlock({ kind: 'try_finally', body: s.finalbody }, s.lineno);
      if (s.handlers.length) this.tryExcept(s); else this.stmts(s.body);
      this.u.fblocks.pop();
      this.emit(Op.POP_BLOCK);
      this.stmts(s.finalbody);
      this.jump(Op.JUMP, end);
      // exceptional path: [exc]
      this.bind(excLabel);
      this.jump(Op.SETUP_CLEANUP, cleanup);
      this.emit(Op.PUSH_EXC_INFO);
      this.pushBlock({ kind: 'finally_end' }, s.lineno);
      this.stmts(s.finalbody);
      this.u.fblocks.pop();
      this.emit(Op.RERAISE);
      this.bind(cleanup);
      this.emit(Op.SWAP, 2);
      this.emit(Op.POP_EXCEPT);
      this.emit(Op.RERAISE);
      this.bind(end);
    } else this.tryExcept(s);
  }

  tryExcept(s: Node): void {
    const handlerL = this.label(), elseL = this.label(), end = this.label(), cleanup = this.label();
    this.jump(Op.SETUP_FINALLY, handlerL);
    this.pushBlock({ kind: 'try_except' }, s.lineno);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK);
    this.jump(Op.JUMP, elseL);
    // handler: [exc]
    this.bind(handlerL);
    // the cleanup block's level is the exception's slot: after PUSH_EXC_INFO it holds prev
    this.jump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    for (const h of s.handlers) {
      this.setLine(h);
      this.u.pendingStmt = true;
      const next = this.label();
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        this.storeName(h.name); // [prev]
        const nameCleanup = this.label();
        this.jump(Op.SETUP_CLEANUP, nameCleanup);
        this.pushBlock({ kind: 'handler', name: h.name }, h.lineno);
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK);
        this.loadConst(None); this.storeName(h.name); this.delName(h.name);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.jump(Op.JUMP, end);
        // an exception inside the handler body: clear the name, then go on unwinding
        this.bind(nameCleanup); // [prev, exc2]
        this.loadConst(None); this.storeName(h.name); this.delName(h.name);
        this.emit(Op.RERAISE);
      } else {
        this.emit(Op.POP_TOP); // [prev]
        this.pushBlock({ kind: 'handler', name: null }, h.lineno);
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.jump(Op.JUMP, end);
      }
      this.bind(next);
    }
    // no handler matched: [prev, exc]
    this.emit(Op.RERAISE);
    this.bind(cleanup); // [prev, exc2]
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
    this.bind(elseL);
    this.stmts(s.orelse);
    this.bind(end);
  }

  withStmt(s: Node, i: number): void {
    const item = s.items[i];
    const excL = this.label(), cleanup = this.label(), suppress = this.label(), end = this.label();
    this.setLine(s);
    this.expr(item.context_expr);
    const out = this.u.hidden, extra = this.rules.stackExtra;
    this.emit(Op.BEFORE_WITH); // [exit, value]
    this.cpyPeak(extra.withEnter);
    this.u.hidden = out + extra.withBody;
    if (item.optional_vars) this.store(item.optional_vars); else this.emit(Op.POP_TOP);
    this.jump(Op.SETUP_FINALLY, excL);
    this.pushBlock({ kind: 'with', out }, s.lineno);
    if (i + 1 < s.items.length) this.withStmt(s, i + 1); else this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLine(s);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.WITH_EXIT, 0);
    this.cpyPeak(WITH_EXIT_NONES);
    this.u.hidden = out;
    this.jump(Op.JUMP, end);
    this.bind(excL); // [exit, exc]
    // Python/compile.c: compiler_with (3.11) / Python/codegen.c: codegen_with (3.14) — SETUP_WITH is a
    // handler with lasti: CPython's handler holds it under the exception, heapsnake's does not
    this.u.hidden = out + extra.withBody + 1;
    this.jump(Op.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO); // [exit, prev, exc]
    this.emit(Op.WITH_EXIT, 1); // [exit, prev, exc, res]
    this.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE);
    this.bind(suppress);
    this.emit(Op.POP_BLOCK);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
    this.u.hidden = out;
    this.bind(end);
  }

  /**
   * Python/compile.c: compiler_annassign (3.11) — the value is assigned first; in a module or class body
   * a simple name's annotation is then evaluated and stored in __annotations__, other targets' annotations
   * are evaluated and dropped; a target's object (and subscript) is evaluated when there is no value.
   * 3.14 (PEP 649, Python/codegen.c: codegen_annassign) evaluates no annotation here: module and function
   * annotations wait for __annotate__; a class body's are evaluated lazily (see STORE_ANNOTATION).
   */
  annAssign(s: Node): void {
    if (s.value) { this.expr(s.value); this.store(s.target); }
    const kind = this.u.scope.kind;
    const modOrClass = kind === 'module' || kind === 'class';
    const lazy = this.rules.lazyAnnotations;
    if (kind === 'module') (this.u.code as any).moduleAnnotations = true;
    const t = s.target;
    if (t.kind === 'Name') {
      if (s.simple && modOrClass) {
        if (!lazy) {
          this.expr(s.annotation);
          this.emit(Op.LOAD_NAME, this.name('__annotations__'));
          this.loadConst(this.strConst(t.id));
          this.emit(Op.STORE_SUBSCR);
        } else if (kind === 'class') {
          // NON-CPYTHON: 3.14 compiles a class's annotations into an __annotate__ function; heapsnake keeps
          // the expression and evaluates it without side effects when the class is made (a name not yet
          // defined gives a value any use of which is refused), for dataclasses and __annotations__
          checkLazyAnnotation(s.annotation);
          const anns = ((this.u.code as any).lazyAnns ??= []) as { name: string; node: Node }[];
          anns.push({ name: t.id, node: s.annotation });
          this.emit(Op.STORE_ANNOTATION, anns.length - 1);
        }
        if (kind === 'class') this.noteClassVar(s);
      }
    } else if (t.kind === 'Attribute') {
      if (!s.value) { this.expr(t.value); this.emit(Op.POP_TOP); }
    } else if (t.kind === 'Subscript') {
      if (!s.value) { this.expr(t.value); this.emit(Op.POP_TOP); this.expr(t.slice); this.emit(Op.POP_TOP); }
    }
    if (!s.simple && modOrClass && !lazy) { this.expr(s.annotation); this.emit(Op.POP_TOP); }
  }

  /** Remember ClassVar annotations by their text (for dataclasses). */
  noteClassVar(s: Node): void {
    const ann = s.annotation;
    const isClassVar = (ann.kind === 'Name' && ann.id === 'ClassVar') || (ann.kind === 'Subscript' && ((ann.value.kind === 'Name' && ann.value.id === 'ClassVar') || (ann.value.kind === 'Attribute' && ann.value.attr === 'ClassVar'))) || (ann.kind === 'Attribute' && ann.attr === 'ClassVar');
    (this.u.code as any).classVars ??= new Set<string>();
    if (isClassVar) (this.u.code as any).classVars.add(s.target.id);
  }

  /** Python/compile.c: find_ann — does this body (not counting nested defs and classes) annotate anything? */
  findAnn(body: Node[]): boolean {
    for (const st of body) {
      switch (st.kind) {
        case 'AnnAssign': return true;
        case 'For': case 'AsyncFor': case 'While': case 'If':
          if (this.findAnn(st.body) || this.findAnn(st.orelse ?? [])) return true; break;
        case 'With': case 'AsyncWith': if (this.findAnn(st.body)) return true; break;
        case 'Try': case 'TryStar':
          if (this.findAnn(st.body) || this.findAnn(st.orelse ?? []) || this.findAnn(st.finalbody ?? [])) return true;
          for (const h of st.handlers ?? []) if (this.findAnn(h.body)) return true;
          break;
        case 'Match': for (const c of st.cases ?? []) if (this.findAnn(c.body)) return true; break;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- functions & classes
  funcDef(s: Node): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLine(s);
    const scope = this.st.get(s);
    if (s.returns) (s as any).hasReturnAnnotation = true;
    this.makeFunction(scope, s.name, s.args, s.lineno, (s.returns ?? null), () => {
      if (s.returns) (this.u.code as any).hasAnnotations = true;
      // Python/compile.c: compiler_function — a leading string is the docstring (co_consts[0]), not executed
      const body = this.docstring(s.body);
      this.stmts(body);
      this.emit(Op.RETURN_CONST_NONE);
    });
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 0x1000 | 1);
    this.storeName(s.bindName ?? s.name);
  }

  /** Split off a docstring: records it on the code object and returns the remaining body. */
  docstring(body: Node[]): Node[] {
    const first = body[0];
    if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str') {
      const d = this.strConst(first.value.value.value);
      this.constant(d);
      (this.u.code as any).doc = d;
      return body.slice(1);
    }
    return body;
  }

  qualname(name: string, scope: Scope): string {
    const parent = this.u.scope;
    if (parent.kind === 'module') return name;
    if (scope.kind !== 'class' && parent.scopeOf.get(name) === 'global_explicit') return name;
    const pq = this.u.qualname;
    if (parent.kind === 'function' || parent.kind === 'lambda') return `${pq}.<locals>.${name}`;
    return `${pq}.${name}`;
  }

  /**
   * Python/compile.c: compiler_visit_annotations (3.11) — after the defaults, the annotations are evaluated
   * into a tuple (name, value, name, value, …): parameters, then positional-only ones, *args, keyword-only
   * ones, **kwargs and 'return'; the function keeps it (func_annotations) until __annotations__ asks.
   * 3.14 (PEP 649) evaluates nothing here: the function gets an __annotate__ function instead (VM: MAKE_FUNCTION).
   */
  functionAnnotations(args: Node, returns: Node | null): number {
    const pairs: [string, Node][] = [];
    const add = (a: Node | null | undefined) => { if (a && a.annotation) pairs.push([a.arg, a.annotation]); };
    for (const a of args.args) add(a);
    for (const a of args.posonlyargs ?? []) add(a);
    add(args.vararg);
    for (const a of args.kwonlyargs) add(a);
    add(args.kwarg);
    if (returns) pairs.push(['return', returns]);
    if (!pairs.length) return 0;
    if (this.rules.lazyAnnotations) {
      // NON-CPYTHON: an annotation that uses a variable of the enclosing function would give 3.14's
      // __annotate__ a closure (and make that variable a cell); heapsnake does not model that
      const sc = this.u.scope;
      if (sc.kind !== 'module' && sc.kind !== 'class') {
        for (const [, ann] of pairs) for (const id of namesIn(ann)) {
          const k = sc.scopeOf.get(id);
          if (k === 'local' || k === 'cell' || k === 'free') {
            throw new NotSupported('an annotation using a variable of the enclosing function on Python 3.14', ann.lineno ?? null);
          }
        }
      }
      return 0;
    }
    for (const [n, ann] of pairs) { this.loadConst(this.strConst(n)); this.expr(ann); }
    this.emit(Op.BUILD_TUPLE, pairs.length * 2);
    return MF_ANNOTATIONS;
  }

  makeFunction(scope: Scope, name: string, args: Node, line: number, returns: Node | null, body: () => void): void {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= MF_DEFAULTS;
    }
    const kwd = args.kwonlyargs.map((a: Node, i: number) => [a.arg, args.kw_defaults[i]]).filter((p: any) => p[1]);
    if (kwd.length) {
      for (const [n, d] of kwd) { this.loadConst(this.strConst(n)); this.expr(d); }
      this.emit(Op.BUILD_MAP, kwd.length);
      flags |= MF_KWDEFAULTS;
    }
    flags |= this.functionAnnotations(args, returns);
    const qual = this.qualname(name, scope);
    this.enter(scope, name, qual, line);
    const code = this.u.code;
    const all = [...(args.posonlyargs ?? []), ...args.args, ...args.kwonlyargs, ...(args.vararg ? [args.vararg] : []), ...(args.kwarg ? [args.kwarg] : [])];
    if (all.some((a: Node) => a.annotation)) (code as any).hasAnnotations = true;
    code.argcount = (args.posonlyargs?.length ?? 0) + args.args.length;
    code.posonlyargcount = args.posonlyargs?.length ?? 0;
    code.kwonlyargcount = args.kwonlyargs.length;
    if (args.vararg) code.flags |= CO_VARARGS;
    if (args.kwarg) code.flags |= CO_VARKEYWORDS;
    body();
    const fcode = this.leave();
    if (fcode.freevars.length) {
      for (const fv of fcode.freevars) this.emit(Op.LOAD_CLOSURE, this.derefIndexFor(fv));
      this.emit(Op.BUILD_TUPLE, fcode.freevars.length);
      flags |= MF_CLOSURE;
    }
    this.loadConst(fcode);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  /** Index of `n` as a cell or free variable of the current unit (for LOAD_CLOSURE). */
  derefIndexFor(n: string): number {
    const s = this.u.scope;
    if (s.cells.includes(n) || s.frees.includes(n)) return this.derefIndex(n);
    throw new Error(`internal: closure variable ${n} not found in ${s.name}`);
  }

  classDef(s: Node): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLine(s);
    const scope = this.st.get(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    const qual = this.qualname(s.name, scope);
    this.enter(scope, s.name, qual, s.lineno);
    this.u.code.isClassBody = true;
    this.u.pendingStmt = true;
    this.emit(Op.LOAD_NAME, this.name('__name__'));
    this.emit(Op.STORE_NAME, this.name('__module__'));
    this.loadConst(this.strConst(qual));
    this.emit(Op.STORE_NAME, this.name('__qualname__'));
    if (this.rules.classBodyNames) {
      // Python/codegen.c (3.13+): codegen_class_body — __firstlineno__, the line of the first decorator or `class`
      const first = Math.min(s.lineno, ...s.decorator_list.map((d: Node) => d.lineno ?? s.lineno));
      this.loadConst(newInt(first));
      this.emit(Op.STORE_NAME, this.name('__firstlineno__'));
    }
    // Python/compile.c: compiler_body (3.11) — an annotated class body starts with SETUP_ANNOTATIONS
    if (!this.rules.lazyAnnotations && this.findAnn(s.body)) this.emit(Op.SETUP_ANNOTATIONS);
    const cbody = this.docstring(s.body);
    if (cbody !== s.body) {
      this.loadConst((this.u.code as any).doc);
      this.emit(Op.STORE_NAME, this.name('__doc__'));
    }
    this.stmts(cbody);
    const staticNames = [...staticAttributes(cbody)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (this.rules.classBodyNames) {
      // Python/codegen.c (3.13+): __static_attributes__ — the names assigned as self.NAME in the functions of
      // the class body (not augmented assignments or del), sorted (Python/compile.c: _PyCompile_StaticAttributesAsTuple)
      const names = staticNames;
      this.emit(Op.LOAD_CONST, this.ownedConstant(newTupleTracked(names.map((n) => this.strConst(n)))));
      this.emit(Op.STORE_NAME, this.name('__static_attributes__'));
    }
    if (scope.needsClassCell) {
      this.emit(Op.LOAD_CLOSURE, this.derefIndex('__class__'));
      this.emit(Op.COPY, 1);
      this.emit(Op.STORE_NAME, this.name('__classcell__'));
      this.emit(Op.RETURN_VALUE);
    } else this.emit(Op.RETURN_CONST_NONE);
    const code = this.leave();
    // the shared-keys order (object.ts) — not modelled for private names (their keys are mangled)
    (code as any).staticAttributes = staticNames.some((n) => n.startsWith('__') && !n.endsWith('__')) ? null : staticNames;
    let flags = 0;
    if (code.freevars.length) {
      for (const fv of code.freevars) this.emit(Op.LOAD_CLOSURE, this.derefIndexFor(fv));
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= MF_CLOSURE;
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
    this.loadConst(this.strConst(s.name));
    for (const b of s.bases) {
      if (b.kind === 'Starred') throw new NotSupported('starred base classes', s.lineno);
      this.expr(b);
    }
    const kws = s.keywords.filter((k: Node) => k.arg);
    if (s.keywords.some((k: Node) => !k.arg)) throw new NotSupported('**kwargs in a class statement', s.lineno);
    for (const k of kws) this.expr(k.value);
    if (kws.length) this.emit(Op.KW_NAMES, this.ownedConstant(newTupleTracked(kws.map((k: Node) => this.strConst(k.arg)))));
    this.emit(Op.CALL, 2 + s.bases.length + kws.length);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 0x1000 | 1);
    this.storeName(s.bindName ?? s.name);
  }

  // ---------------------------------------------------------------- expressions
  expr(e: Node): void {
    const saved = this.u.line;
    if (e.lineno) this.u.line = e.lineno;
    this.exprInner(e);
    this.u.line = saved;
  }

  exprInner(e: Node): void {
    switch (e.kind) {
      case 'Constant': this.loadConst(this.literal(this.constObj(e.value))); return;
      case 'Name': this.loadName(e.id); return;
      case 'BinOp': {
        const pj = e.op === 'Mod' ? percentAsJoinedStr(e) : null;
        if (pj) { this.expr(pj); return; }
        const f = this.fold(e);
        if (f) { this.keepFirstLeaf(e); this.loadConst(f); return; }
        this.expr(e.left); this.expr(e.right);
        this.u.line = e.lineno;
        this.emit(Op.BINARY_OP, AST_BINOP[e.op]);
        return;
      }
      case 'UnaryOp': {
        const f = this.fold(e);
        if (f) { this.keepFirstLeaf(e); this.loadConst(f); return; }
        this.expr(e.operand);
        this.emit({ USub: Op.UNARY_NEGATIVE, UAdd: Op.UNARY_POSITIVE, Not: Op.UNARY_NOT, Invert: Op.UNARY_INVERT }[e.op as string]!);
        return;
      }
      case 'BoolOp': {
        const end = this.label();
        e.values.forEach((v: Node, i: number) => {
          this.expr(v);
          if (i < e.values.length - 1) this.jump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        });
        this.bind(end);
        return;
      }
      case 'Compare': this.checkIsLiteral(e); return this.compare(e);
      case 'IfExp': {
        const els = this.label(), end = this.label();
        this.cond(e.test, els, false);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.bind(els);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.store(e.target);
        return;
      case 'Call': return this.call(e);
      case 'Attribute':
        this.expr(e.value);
        this.u.line = e.end_lineno && e.value.end_lineno && e.end_lineno !== e.lineno ? e.end_lineno : e.lineno;
        this.emit(Op.LOAD_ATTR, this.name(e.attr));
        return;
      case 'Subscript': {
        this.checkSubscript(e);
        const f = this.fold(e);
        if (f) { this.keepFirstLeaf(e); this.loadConst(f); return; }
        this.expr(e.value); this.expr(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      }
      case 'Slice':
        // Python/codegen.c (3.14): bounds that are all literal constants (an AST Constant, not `-1`, which is a
        // UnaryOp until the CFG folds it) make one constant slice: x[1:2] loads slice(1, 2, None) from co_consts
        if (this.rules.constSlices && [e.lower, e.upper, e.step].every((x: Node | null) => !x || x.kind === 'Constant')) {
          const part = (x: Node | null): PyObject => (x ? this.literal(this.constObj(x.value)) : None);
          const parts = [part(e.lower), part(e.upper), part(e.step)];
          const key = 'sl:' + parts.map((o) => `${o.type.name}#${o.id}`).join(',');
          this.loadConst(this.cached(key, () => makeSlice(parts[0]!, parts[1]!, parts[2]!)));
          return;
        }
        if (e.lower) this.expr(e.lower); else this.loadConst(None);
        if (e.upper) this.expr(e.upper); else this.loadConst(None);
        if (e.step) { this.expr(e.step); this.emit(Op.BUILD_SLICE, 3); } else this.emit(Op.BUILD_SLICE, 2);
        return;
      case 'Tuple': {
        const c = this.constTuple(e);
        if (c) { this.keepFirstLeaf(e); this.loadConst(c); return; }
        if (e.elts.some((x: Node) => x.kind === 'Starred')) {
          this.starredSeq(e.elts);
          this.emit(Op.LIST_TO_TUPLE);
          return;
        }
        const out = this.u.hidden;
        this.bigItems(e.elts);
        this.emit(Op.BUILD_TUPLE, e.elts.length);
        this.u.hidden = out;
        return;
      }
      case 'List': {
        if (e.elts.some((x: Node) => x.kind === 'Starred')) { this.starredSeq(e.elts); return; }
        // Python/compile.c: starunpack_helper — 3+ constants become BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1
        if (e.elts.length > 2 && e.elts.every((x: Node) => this.constValue(x) !== null)) {
          this.emit(Op.BUILD_LIST, 0);
          this.keepFirstLeaf(e);
          this.loadConst(this.constTuple({ elts: e.elts })!);
          this.emit(Op.LIST_EXTEND, 1);
          return;
        }
        const out = this.u.hidden;
        this.bigItems(e.elts);
        this.emit(Op.BUILD_LIST, e.elts.length);
        this.u.hidden = out;
        return;
      }
      case 'Set': {
        if (e.elts.some((x: Node) => x.kind === 'Starred')) { this.starredSeq(e.elts, Op.BUILD_SET); return; }
        if (e.elts.length > 2 && e.elts.every((x: Node) => this.constValue(x) !== null)) {
          this.emit(Op.BUILD_SET, 0);
          const items = e.elts.map((x: Node) => incref(this.constValue(x)!));
          this.keepFirstLeaf(e);
          this.loadConst(this.frozenConst(items));
          this.emit(Op.SET_UPDATE, 1);
          return;
        }
        const out = this.u.hidden;
        this.bigItems(e.elts);
        this.emit(Op.BUILD_SET, e.elts.length);
        this.u.hidden = out;
        return;
      }
      case 'Dict': {
        let n = 0, started = false;
        const out = this.u.hidden;
        // co_stacksize: Python/compile.c: compiler_dict, compiler_subdict (3.11) / Python/codegen.c: codegen_dict,
        // codegen_subdict (3.14) — a run of key: value pairs is built in chunks of 17 (elements * 2 >
        // STACK_USE_GUIDELINE), a chunk of 16 or more with BUILD_MAP 0 and MAP_ADD per pair, and on 3.11 a chunk
        // of 2..15 constant keys with its values then BUILD_CONST_KEY_MAP; heapsnake pushes the whole run
        let plan: { c: number; start: number; m: number; big: boolean; constKeys: boolean }[] = [];
        // 3.11 (compiler_subdict): a run that is one chunk of 2..15 constant keys pushes only its values, then the
        // keys as one constant tuple, and BUILD_CONST_KEY_MAP — the tuple holds the keys (a key str also used
        // elsewhere in the code has both references)
        let ckm = false, runFrom = 0;
        const planRun = (from: number): void => {
          runFrom = from;
          let to = from;
          while (to < e.keys.length && e.keys[to] !== null) to++;
          const chunks: [number, number][] = [];
          let elements = 0;
          for (let j = 0; j < to - from; j++) {
            if (elements * 2 > STACK_USE_GUIDELINE) { chunks.push([j - elements, elements + 1]); elements = 0; } else elements++;
          }
          if (elements) chunks.push([to - from - elements, elements]);
          plan = [];
          chunks.forEach(([start, m], c) => {
            const big = m * 2 > STACK_USE_GUIDELINE;
            const constKeys = this.rules.stackExtra.constKeyMap && m > 1 && !big
              && e.keys.slice(from + start, from + start + m).every((k: Node) => this.constValue(k) !== null);
            for (let k = 0; k < m; k++) plan.push({ c, start, m, big, constKeys });
          });
          ckm = plan.length > 1 && plan.every((q) => q.c === 0 && q.constKeys);
        };
        const held = (p: { c: number; big: boolean; constKeys: boolean }, k: number): number => (p.c > 0 ? 1 : 0) + (p.big ? 1 : 0) + (p.constKeys ? k : p.big ? 0 : 2 * k);
        const flush = () => {
          if (n && ckm) {
            this.u.hidden = out;
            this.loadConst(this.constTuple({ elts: e.keys.slice(runFrom, runFrom + n) })!);
            this.emit(Op.BUILD_CONST_KEY_MAP, n);
            if (started) this.emit(Op.DICT_UPDATE, 1);
            started = true;
            n = 0;
            ckm = false;
            return;
          }
          if (n) {
            const p = plan[n - 1];
            this.u.hidden = out + (p.c > 0 ? 1 : 0) + (p.constKeys ? p.m + 1 : p.big ? 1 : 2 * p.m) - 2 * n;
          }
          if (!started) { this.emit(Op.BUILD_MAP, n); started = true; }
          else if (n) { this.emit(Op.BUILD_MAP, n); this.u.hidden = out; this.emit(Op.DICT_UPDATE, 1); }
          this.u.hidden = out;
          n = 0;
        };
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            flush();
            this.expr(e.values[i]);
            this.emit(Op.DICT_UPDATE, 1);
          } else {
            if (n === 0) planRun(i);
            const p = plan[n], kk = n - p.start;
            if (ckm) {
              // only the values are pushed: the stack is CPython's
              this.u.hidden = out;
              this.expr(e.values[i]);
              n++;
              continue;
            }
            this.u.hidden = out + held(p, kk) - 2 * n;
            this.expr(k);
            this.u.hidden = out + held(p, kk) + (p.constKeys ? 0 : 1) - (2 * n + 1);
            this.expr(e.values[i]);
            n++;
          }
        }
        if (!started || n) flush();
        this.u.hidden = out;
        return;
      }
      case 'JoinedStr': {
        // (a format spec such as the '>3' of f"{x:>3}" is a literal the parser made: the arena holds it too)
        if (e.values.length === 1 && e.values[0].kind === 'Constant') { this.loadConst(this.literal(this.constObj(e.values[0].value))); return; }
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        else if (e.values[0].kind !== 'FormattedValue') this.emit(Op.BUILD_STRING, 1);
        return;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) { this.expr(e.format_spec); flags |= 4; }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'Lambda': {
        const scope = this.st.get(e);
        this.makeFunction(scope, '<lambda>', e.args, e.lineno, null, () => {
          this.expr(e.body);
          this.emit(Op.RETURN_VALUE);
        });
        return;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e);
      case 'Yield': {
        const k = this.u.scope.kind;
        if (k !== 'function' && k !== 'lambda') throw new CompileError('SyntaxError', "'yield' outside function", e.lineno);
        if (e.value) this.expr(e.value); else this.loadConst(None);
        this.emit(Op.YIELD_VALUE, 0);
        return;
      }
      case 'YieldFrom': {
        const k = this.u.scope.kind;
        if (k !== 'function' && k !== 'lambda') throw new CompileError('SyntaxError', "'yield' outside function", e.lineno);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        const top = this.label(), end = this.label();
        this.bind(top);
        this.jump(Op.SEND, end);
        this.cpyPeak(this.rules.stackExtra.yieldFrom);
        this.emit(Op.YIELD_VALUE, 1);
        this.jump(Op.JUMP, top);
        this.bind(end);
        return;
      }
      case 'Starred': throw new CompileError('SyntaxError', "can't use starred expression here", e.lineno);
      case 'Await': throw new NotSupported('await', e.lineno);
      default: throw new NotSupported(`the ${e.kind} expression`, e.lineno);
    }
  }

  starredSeq(elts: Node[], build = Op.BUILD_LIST): void {
    // co_stacksize: Python/compile.c (3.11) / Python/codegen.c (3.14): starunpack_helper — unless there are more
    // than STACK_USE_GUIDELINE items, CPython pushes the items before the first starred one and builds the
    // list from them; heapsnake appends each to a list made first (k items where heapsnake holds the list)
    let first = elts.findIndex((x) => x.kind === 'Starred');
    if (first < 0) first = elts.length;
    if (elts.length > STACK_USE_GUIDELINE) first = 0;
    const out = this.u.hidden;
    if (first > 0) this.u.hidden = out - 1;
    this.emit(build, 0);
    elts.forEach((x, k) => {
      this.u.hidden = k < first ? out + k - 1 : out;
      const set = build === Op.BUILD_SET;
      if (x.kind === 'Starred') { this.expr(x.value); this.emit(set ? Op.SET_UPDATE : Op.LIST_EXTEND, 1); }
      else { this.expr(x); this.emit(set ? Op.SET_ADD : Op.LIST_APPEND, 1); }
    });
    this.u.hidden = out;
  }

  /**
   * co_stacksize: starunpack_helper (both versions) builds a display of more than STACK_USE_GUIDELINE
   * items item by item (BUILD_LIST 0 / LIST_APPEND): heapsnake pushes them all, CPython holds the
   * list and one item. Evaluates the items (then the caller builds) with that accounted for.
   */
  bigItems(elts: Node[]): void {
    const out = this.u.hidden, big = elts.length > STACK_USE_GUIDELINE;
    elts.forEach((x, k) => { if (big) this.u.hidden = out + 1 - k; this.expr(x); });
    if (big) this.u.hidden = out + 1 - elts.length;
  }

  compare(e: Node): void {
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      if (e.ops[0] === 'In' || e.ops[0] === 'NotIn') this.iterExpr(e.comparators[0]); else this.expr(e.comparators[0]);
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = this.label(), end = this.label();
    for (let i = 0; i < n; i++) {
      // fold_compare: only the last comparator of a chain is folded
      if (i === n - 1 && (e.ops[i] === 'In' || e.ops[i] === 'NotIn')) this.iterExpr(e.comparators[i]); else this.expr(e.comparators[i]);
      if (i < n - 1) {
        this.emit(Op.SWAP, 2);
        this.emit(Op.COPY, 2);
        this.cmpOp(e.ops[i]);
        this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else this.cmpOp(e.ops[i]);
    }
    this.jump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }
  /** Python/compile.c: check_compare — `x is 1000` warns (SyntaxWarning) at compile time. */
  checkIsLiteral(e: Node): void {
    let left = e.left;
    e.ops.forEach((op: string, i: number) => {
      const right = e.comparators[i];
      if (op === 'Is' || op === 'IsNot') {
        const tn = this.isLiteral(left) ?? this.isLiteral(right);
        if (tn) {
          const o = op === 'Is' ? 'is' : 'is not';
          // (the other version's wording goes with it, for the trace: versionnote.ts noteCompileTime)
          const other = RULES[this.rules.version === '3.11' ? '3.14' : '3.11'].fmt.isLiteralWarning(o, tn);
          this.warnings.push({ line: e.lineno, msg: this.rules.fmt.isLiteralWarning(o, tn), rule: 'fmt.isLiteralWarning', other });
        }
      }
      left = right;
    });
  }
  /**
   * Python/compile.c: check_is_arg — an operand that is a constant other than None, True,
   * False and ...: the type's name, else null. 3.11 checks the tree its AST optimizer left
   * (`-1`, `2 ** 3`, `"ab"[0]` and tuples of constants are folded into constants); 3.14's
   * codegen also counts a tuple display of plain constants (`x is ()`, `x is (1, 2)`).
   */
  private isLiteral(x: Node): string | null {
    const named = (t: string): string | null => (['None', 'bool', 'Ellipsis', 'NoneType', 'ellipsis'].includes(t) ? null : t);
    if (x.kind === 'Constant') return named(x.value.type);
    if (this.rules.astFoldsOperators) {
      if (!['UnaryOp', 'BinOp', 'Subscript', 'Tuple'].includes(x.kind)) return null;
      const c = this.constValue(x);
      return c ? named(c.type.name) : null;
    }
    return x.kind === 'Tuple' && x.elts.every((el: Node) => el.kind === 'Constant') ? 'tuple' : null;
  }
  warnings: { line: number; msg: string; rule?: string; other?: string }[] = [];

  /** Python/compile.c: infer_type — the type a node certainly evaluates to (as the AST optimizer left it), or null. */
  inferType(e: Node): string | null {
    switch (e.kind) {
      case 'Constant': return ({ None: 'NoneType', Ellipsis: 'ellipsis' } as Record<string, string>)[e.value.type] ?? e.value.type;
      case 'Tuple': return 'tuple';
      case 'List': case 'ListComp': return 'list';
      case 'Dict': case 'DictComp': return 'dict';
      case 'Set': case 'SetComp': return 'set';
      case 'GeneratorExp': return 'generator';
      case 'Lambda': return 'function';
      case 'JoinedStr': case 'FormattedValue': return 'str';
      case 'UnaryOp': case 'BinOp': {
        if (!this.rules.astFoldsOperators) return null;
        // ast_opt.c: fold_unaryop folds `not <constant>` too (heapsnake's folding leaves it to run time)
        if (e.kind === 'UnaryOp' && e.op === 'Not') return this.astConstType(e.operand) ? 'bool' : null;
        const c = this.constValue(e);
        return c ? c.type.name : null;
      }
      default: return null;
    }
  }
  /** The node as a constant after the AST optimizer, if it is one (for the checks below). */
  private astConstType(e: Node): string | null {
    if (e.kind === 'Constant') return this.inferType(e);
    if ((e.kind === 'UnaryOp' || e.kind === 'BinOp') && this.rules.astFoldsOperators) return this.inferType(e);
    return null;
  }
  private missedComma(e: Node, msg: string): void {
    // a warning about an operation's result only 3.11's AST optimizer folds to a constant (for the trace: versionnote.ts)
    const folded = this.rules.astFoldsOperators && (e.kind === 'UnaryOp' || e.kind === 'BinOp');
    this.warnings.push({ line: e.lineno, msg: `${msg}; perhaps you missed a comma?`, ...(folded ? { rule: 'astFoldsOperators' } : {}) });
  }
  /** Python/compile.c: check_caller — calling a literal display or constant. */
  checkCaller(f: Node): void {
    const k = f.kind;
    const lit = this.astConstType(f);
    if (lit || ['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue'].includes(k)) {
      this.missedComma(f, `'${lit ?? this.inferType(f)}' object is not callable`);
    }
  }
  /** Python/compile.c: check_subscripter and check_index — subscripting what cannot be, or with a wrong index type. */
  checkSubscript(e: Node): void {
    const v = e.value, lit = this.astConstType(v);
    if ((lit && ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'set', 'frozenset'].includes(lit)) || ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(v.kind)) {
      this.missedComma(v, `'${lit ?? this.inferType(v)}' object is not subscriptable`);
      return;
    }
    const it = this.inferType(e.slice);
    if (it === null || it === 'int' || it === 'bool' || it === 'slice') return;
    if ((lit && ['str', 'bytes', 'tuple'].includes(lit)) || ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(v.kind)) {
      this.missedComma(v, `${lit ?? this.inferType(v)} indices must be integers or slices, not ${it}`);
    }
  }

  /**
   * Python/ast_opt.c: fold_iter (3.11; flowgraph.c: optimize_lists_and_sets in 3.14, same result) —
   * a list display iterated by `for` or a comprehension, or right of `in` / `not in`, is built as a
   * tuple (a constant tuple when all its items are constants); a set display of constants is a
   * frozenset constant.
   */
  iterExpr(n: Node): void {
    const starred = n.elts?.some((x: Node) => x.kind === 'Starred');
    if (n.kind === 'List' && !starred) { this.expr({ ...n, kind: 'Tuple' }); return; }
    if (n.kind === 'Set' && !starred && n.elts.every((x: Node) => this.constValue(x) !== null)) {
      const items = n.elts.map((x: Node) => incref(this.constValue(x)!));
      this.keepFirstLeaf(n);
      this.loadConst(this.frozenConst(items));
      return;
    }
    this.expr(n);
  }
  /**
   * Python/flowgraph.c: remove_unused_consts — "The first constant may be docstring; keep it always."
   * 3.14 folds tuples, lists/sets of constants and operators in the CFG, after codegen has added the
   * folded expression's leftmost constant to co_consts; when that was the unit's first constant it
   * stays (co_consts[0]), holding a reference. 3.11 folds in the AST, so nothing is left behind.
   */
  keepFirstLeaf(n: Node): void {
    if (this.rules.astFoldsOperators || this.u.code.consts.length) return;
    const leaf = this.leftmostConst(n);
    if (leaf) this.constant(leaf);
  }
  leftmostConst(n: Node): PyObject | null {
    switch (n.kind) {
      case 'Constant': return this.literal(this.constObj(n.value));
      case 'Tuple': case 'List': case 'Set': return n.elts.length ? this.leftmostConst(n.elts[0]) : null;
      case 'BinOp': return this.leftmostConst(n.left);
      case 'UnaryOp': return this.leftmostConst(n.operand);
      case 'Subscript': return this.leftmostConst(n.value);
      default: return null;
    }
  }
  cmpOp(op: string): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); return;
      case 'IsNot': this.emit(Op.IS_OP, 1); return;
      case 'In': this.emit(Op.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); return;
      default: this.emit(Op.COMPARE_OP, AST_CMP[op]);
    }
  }

  call(e: Node): void {
    const f = e.func;
    this.checkCaller(f);
    const simple = !e.args.some((a: Node) => a.kind === 'Starred') && !e.keywords.some((k: Node) => !k.arg);
    if (f.kind === 'Attribute' && simple) {
      this.expr(f.value);
      this.u.line = f.end_lineno && f.end_lineno !== f.lineno ? f.end_lineno : e.lineno;
      this.emit(Op.LOAD_METHOD, this.name(f.attr));
    } else {
      this.emit(Op.PUSH_NULL);
      const out = this.u.hidden;
      this.u.hidden = out - this.rules.stackExtra.calleeNull;
      this.expr(f);
      this.u.hidden = out;
    }
    if (simple) {
      // Python/compile.c: compiler_call_helper (3.11) / Python/codegen.c: codegen_call_helper_impl (3.14) — more
      // than STACK_USE_GUIDELINE arguments go through CALL_FUNCTION_EX: positional ones are appended to a list
      const bigCall = e.args.length + 2 * e.keywords.length > STACK_USE_GUIDELINE;
      if (bigCall && e.keywords.length) (this.u.code as any).stackUnsure = 'a call with more than 30 arguments and keywords';
      const out = this.u.hidden;
      if (bigCall && !e.keywords.length) {
        this.bigItems(e.args);
        this.u.line = e.lineno;
        this.emit(Op.CALL, e.args.length);
        this.cpyPeak(this.rules.stackExtra.callExNull);
        this.u.hidden = out;
        return;
      }
      for (const a of e.args) this.expr(a);
      for (const k of e.keywords) this.expr(k.value);
      if (e.keywords.length) this.emit(Op.KW_NAMES, this.ownedConstant(newTupleTracked(e.keywords.map((k: Node) => this.strConst(k.arg)))));
      this.u.line = e.lineno;
      this.emit(Op.CALL, e.args.length + e.keywords.length);
      if (e.keywords.length) this.cpyPeak(this.rules.stackExtra.callKw);
      return;
    }
    // f(*args, **kwargs): build a tuple and a dict
    if (e.args.length === 1 && e.args[0].kind === 'Starred') {
      // a lone *iterable: Python/compile.c converts it straight to a tuple
      this.expr(e.args[0].value);
      this.emit(Op.LIST_TO_TUPLE, 1);
    } else {
      this.starredSeq(e.args);
      this.emit(Op.LIST_TO_TUPLE);
    }
    let hasKw = 0;
    if (e.keywords.length === 1 && !e.keywords[0].arg && this.rules.version !== '3.11') {
      // 3.12+: f(**mapping) passes the mapping without merging it into a new dict
      this.expr(e.keywords[0].value);
      this.u.line = e.lineno;
      this.emit(Op.CALL_FUNCTION_EX, 3);
      this.cpyPeak(this.rules.stackExtra.callExNull);
      return;
    }
    if (e.keywords.length) {
      hasKw = 1;
      // co_stacksize (compile.c: compiler_call_helper / codegen.c: codegen_call_helper_impl): CPython
      // starts with an empty dict only for a leading **mapping; a run of named keywords is built as
      // compiler_subkwargs does — 3.11 BUILD_CONST_KEY_MAP for 2..15 of them (values, then the names),
      // both BUILD_MAP 0 and MAP_ADD per pair for more than 15 (2 * n > STACK_USE_GUIDELINE)
      const out = this.u.hidden;
      let merged = !!e.keywords[0].arg;
      if (merged) this.u.hidden = out - 1;
      this.emit(Op.BUILD_MAP, 0);
      let n = 0, first = 0;
      const flush = () => {
        if (!n) return;
        this.emit(Op.BUILD_MAP, n);
        this.emit(Op.DICT_MERGE, 1);
        n = 0;
        if (merged) { merged = false; this.u.hidden = out; }
      };
      e.keywords.forEach((k: Node, i: number) => {
        if (!k.arg) { flush(); this.expr(k.value); this.emit(Op.DICT_MERGE, 1); return; }
        if (!n) first = i;
        let m = first; // the length of this run of named keywords
        while (m < e.keywords.length && e.keywords[m].arg) m++;
        m -= first;
        const base = merged ? out - 1 : out, pair = i - first;
        // heapsnake holds 2 * pair slots of this run here: CPython 1 (the dict) when big, `pair` values for BUILD_CONST_KEY_MAP
        const big = m > 15, constKeys = !big && m > 1 && this.rules.stackExtra.constKeyMap;
        if (big) this.u.hidden = base + 1 - 2 * pair;
        else if (constKeys) this.u.hidden = base - pair;
        this.loadConst(this.strConst(k.arg));
        if (constKeys) this.u.hidden = base - pair - 1; // (big: the name is on both stacks)
        this.expr(k.value);
        n++;
        if (n === m && (big || constKeys)) {
          // BUILD_MAP n: CPython holds 1 (big: the dict) or n + 1 (the values and the names tuple)
          this.u.hidden = big ? base + 1 - 2 * m : base - (m - 1);
        }
      });
      flush();
      this.u.hidden = out;
    }
    this.u.line = e.lineno;
    this.emit(Op.CALL_FUNCTION_EX, hasKw);
    if (!hasKw) this.cpyPeak(this.rules.stackExtra.callExNull);
  }

  /**
   * Python/codegen.c: codegen_comprehension with is_inlined (PEP 709, 3.12+).
   * The comprehension runs in the current frame:
   *  1. the outermost iterable is evaluated here and its iterator pushed;
   *  2. push_inlined_comprehension_state: each slot the comprehension binds is
   *     saved on the stack and cleared (LOAD_FAST_AND_CLEAR; a cell gets a
   *     fresh one, MAKE_CELL), under a cleanup handler;
   *  3. the result is built and the loop runs, the iterator staying on the stack;
   *  4. pop_inlined_comprehension_state: the saved slots are put back
   *     (STORE_FAST_MAYBE_NULL), on the normal path and — after dropping the
   *     partial result — on the exception path before re-raising.
   */
  inlinedComprehension(e: Node, scope: Scope): void {
    const outerLine = this.u.line;
    // (its names become the host's locals: the trace notes it where co_varnames is read, versionnote.ts)
    (this.u.code as any).inlinesComprehensions = true;
    // 1.
    this.iterExpr(e.generators[0].iter);
    this.emit(Op.GET_ITER);
    // 2.
    this.u.inl.push(scope);
    // its own names, then those of the comprehensions inlined into it (symtable.c merges their symbols into its own)
    const bound = [...scope.hoistLine.keys()];
    const isCell = (n: string): boolean => scope.hoistCells.includes(n);
    const slot = (n: string): number => (isCell(n) ? this.derefIndex(n) : this.fastIndex(n));
    for (const n of bound) {
      this.emit(Op.LOAD_FAST_AND_CLEAR, slot(n));
      if (isCell(n)) this.emit(Op.MAKE_CELL, slot(n));
    }
    const cleanup = this.label(), end = this.label();
    if (bound.length) { this.emit(Op.SWAP, bound.length + 1); this.jump(Op.SETUP_FINALLY, cleanup); }
    // 3.
    this.emit(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    this.emit(Op.SWAP, 2);
    this.compGenerator(e, 0, false, true);
    // 4.
    const restore = (): void => {
      this.emit(Op.SWAP, bound.length + 1);
      for (let i = bound.length - 1; i >= 0; i--) this.emit(Op.STORE_FAST_MAYBE_NULL, slot(bound[i]));
    };
    if (bound.length) {
      this.emit(Op.POP_BLOCK);
      this.jump(Op.JUMP, end);
      this.bind(cleanup);
      this.emit(Op.SWAP, 2);
      this.emit(Op.POP_TOP);
      restore();
      this.emit(Op.RERAISE, 0);
      this.bind(end);
      restore();
    }
    this.u.inl.pop();
    this.u.line = outerLine;
  }

  comprehension(e: Node): void {
    const scope = this.st.get(e);
    if (scope.inlined) return this.inlinedComprehension(e, scope);
    const name = scope.name;
    const qual = this.qualname(name, scope);
    const outerLine = this.u.line;
    this.enter(scope, name, qual, e.lineno);
    const code = this.u.code;
    code.argcount = 1;
    const isGen = e.kind === 'GeneratorExp';
    if (!isGen) this.emit(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    this.compGenerator(e, 0, isGen);
    if (isGen) this.emit(Op.RETURN_CONST_NONE); else this.emit(Op.RETURN_VALUE);
    const fcode = this.leave();
    let flags = 0;
    if (fcode.freevars.length) {
      for (const fv of fcode.freevars) this.emit(Op.LOAD_CLOSURE, this.derefIndexFor(fv));
      this.emit(Op.BUILD_TUPLE, fcode.freevars.length);
      flags |= MF_CLOSURE;
    }
    this.loadConst(fcode);
    this.emit(Op.MAKE_FUNCTION, flags);
    this.iterExpr(e.generators[0].iter);
    this.emit(Op.GET_ITER);
    this.u.line = outerLine;
    // Python/compile.c (3.11) / codegen.c: no NULL is pushed — CALL 0 with [function, iterator] calls
    // the function with the iterator as its argument (the "method" layout), one stack slot less
    this.emit(Op.CALL, 0);
  }

  compGenerator(e: Node, i: number, isGen: boolean, iterOnStack = false): void {
    const g = e.generators[i];
    const top = this.label(), end = this.label();
    if (iterOnStack) { /* inlined: the outermost iterator is already there */ }
    else if (i === 0) this.emit(Op.LOAD_FAST, 0);
    else { this.iterExpr(g.iter); this.emit(Op.GET_ITER); }
    this.bind(top);
    this.jump(Op.FOR_ITER, end);
    this.store(g.target);
    for (const cond of g.ifs) this.cond(cond, top, false);
    if (i + 1 < e.generators.length) this.compGenerator(e, i + 1, isGen);
    else {
      const depth = e.generators.length + 1;
      if (isGen) { this.expr(e.elt); this.emit(Op.YIELD_VALUE, 0); this.emit(Op.POP_TOP); }
      else if (e.kind === 'ListComp') { this.expr(e.elt); this.emit(Op.LIST_APPEND, depth); }
      else if (e.kind === 'SetComp') { this.expr(e.elt); this.emit(Op.SET_ADD, depth); }
      else { this.expr(e.key); this.expr(e.value); this.emit(Op.MAP_ADD, depth); }
    }
    this.jump(Op.JUMP, top);
    this.bind(end);
  }

  // ---------------------------------------------------------------- constant folding
  /** The constant a node denotes, if it is one (Python/ast_opt.c). */
  constValue(n: Node): PyObject | null {
    if (n.kind === 'Constant') return this.literal(this.constObj(n.value));
    if (n.kind === 'Tuple') return this.constTuple(n);
    if (n.kind === 'UnaryOp' || n.kind === 'BinOp' || n.kind === 'Subscript') return this.fold(n);
    return null;
  }
  constTuple(n: Node): PyObject | null {
    const items: PyObject[] = [];
    for (const x of n.elts) {
      const c = this.constValue(x);
      if (!c) return null;
      items.push(c);
    }
    const key = 't:' + items.map((o) => `${o.type.name}#${o.id}`).join(',');
    // Python/flowgraph.c / ast_opt.c build constant tuples with PyTuple_New, which tracks them even when they
    // hold only atoms (3.14 leaves runtime-built atom tuples untracked); the first collection untracks them
    const t = this.cached(key, () => { const c = newTupleTracked(items.map((o) => incref(o))); (c as any).compilerConst = true; return c; });
    // 3.11 folds tuple displays in the AST (the arena holds the result); 3.14 builds them in the CFG
    if (this.rules.version === '3.11') this.literal(t);
    return t;
  }
  frozenConst(items: PyObject[]): PyObject {
    const key = 'fs:' + items.map((o) => `${o.type.name}#${o.id}`).join(',');
    return this.cached(key, () => {
      let f = frozensetConst(items);
      const rebuild = () => { const again = frozensetConst(setKeys(f).map((x) => incref(x))); decref(f); f = again; };
      // Python/compile.c (3.11): merge_consts_recursive rebuilds a frozenset constant from its own iteration order
      if (this.rules.version === '3.11') rebuild();
      // Objects/codeobject.c: intern_string_constants (both versions), when the code object is made: an
      // identifier-like str whose interned twin already exists is replaced by the twin, and then the frozenset is
      // rebuilt from its iteration order, which can change the order (seen with "date", interned at start-up, in
      // {"apple", "banana", "cherry", "date"}). The twins: the names the parser interned (parsedIdentifiers) and
      // the strs CPython interned at start-up (cpython-interned.ts, measured from both CPythons). A 1-char str is
      // a Latin-1 singleton the parser already shares (3.11's separately interned letters are in the table).
      if (items.some((x) => x instanceof PyStr && isIdentifierLike(x.v) && this.hasInternedTwin(x.v))) rebuild();
      return f;
    });
  }
  /** Whether CPython holds an interned str equal to `s` when it makes this program's code objects. */
  private hasInternedTwin(s: string): boolean {
    return this.identifiers.has(s) || startupInterned(this.rules.version).has(s);
  }
  /** Python/ast_opt.c: fold_binop / fold_unaryop with CPython's size limits. */
  fold(n: Node): PyObject | null {
    const r = foldConstant(n, (x) => this.constValue(x), (k, make) => this.cached(k, make));
    if (r && this.rules.version === '3.11') this.literal(r);
    return r;
  }
}

/**
 * Python/ast_opt.c (3.14: Python/ast_preprocess.c): fold_binop → optimize_format — `'literal %s %r' % (a, b)`
 * with a str constant on the left and a tuple display (no starred item) on the right, whose format units are all
 * %s / %r / %a (flags, width and precision of at most two digits) and match the items one for one, is compiled
 * as the f-string f'literal {a!s} {b!r}' (width → '>N' or 'N' with '-', precision → '.N'): no tuple is built.
 * null when it does not apply. (A tuple of constants only is left to constant folding.)
 */
function percentAsJoinedStr(e: Node): Node | null {
  const l = e.left, r = e.right;
  if (l.kind !== 'Constant' || l.value?.type !== 'str' || r.kind !== 'Tuple') return null;
  if (r.elts.some((x: Node) => x.kind === 'Starred') || r.elts.every((x: Node) => x.kind === 'Constant')) return null;
  const fmt: string = l.value.value;
  const loc = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  const values: Node[] = [];
  let pos = 0, cnt = 0;
  for (;;) {
    // parse_literal: up to the next lone '%', '%%' read as '%'
    let lit = '';
    const start = pos;
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') { lit += fmt[pos++]; } else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') { lit += '%'; pos += 2; } else break;
    }
    if (pos > start) values.push({ kind: 'Constant', value: { type: 'str', value: lit }, constant_kind: null, ...loc });
    if (pos >= fmt.length) break;
    if (cnt >= r.elts.length) return null; // more format units than items
    pos++;
    // simple_format_arg_parse
    let ljust = false, width = -1, prec = -1;
    const next = (): string | null => (pos < fmt.length ? fmt[pos++] : null);
    let ch = next();
    while (ch !== null && '-+ #0'.includes(ch)) { if (ch === '-') ljust = true; ch = next(); }
    if (ch === null) return null;
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch !== null && ch >= '0' && ch <= '9') { width = width * 10 + Number(ch); ch = next(); if (++digits >= 3 || ch === null) return null; }
    }
    if (ch === '.') {
      ch = next();
      if (ch === null) return null;
      prec = 0;
      let digits = 0;
      while (ch !== null && ch >= '0' && ch <= '9') { prec = prec * 10 + Number(ch); ch = next(); if (++digits >= 3 || ch === null) return null; }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + prec;
    const arg = r.elts[cnt++];
    values.push({ kind: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0),
      format_spec: spec ? { kind: 'Constant', value: { type: 'str', value: spec }, constant_kind: null, ...loc } : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset });
  }
  if (cnt < r.elts.length) return null; // more items than format units
  return { kind: 'JoinedStr', values, ...loc };
}

export function isIdentifierLike(s: string): boolean {
  // Objects/codeobject.c: all_name_chars — ASCII letters, digits and underscore.
  return /^[A-Za-z0-9_]*$/.test(s);
}

export { PyTuple, PySet, T };
