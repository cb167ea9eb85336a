// Scope analysis: which names are local, global, free or cell in each scope.
// Models Python/symtable.c (analyze_name, analyze_block): a name assigned in
// a function is local unless declared global/nonlocal; a local captured by an
// inner function becomes a cell; an inner function's reference to it is free.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension' | 'genexpr';

export class Scope {
  assigned = new Set<string>();
  used = new Set<string>();
  params: string[] = [];
  explicitGlobal = new Set<string>();
  explicitNonlocal = new Set<string>();
  children: Scope[] = [];
  /** Resolved: */
  locals: string[] = [];
  cells: string[] = [];
  frees: string[] = [];
  scopeOf = new Map<string, 'local' | 'global_explicit' | 'global_implicit' | 'cell' | 'free' | 'name'>();
  isGenerator = false;
  hasYield = false;
  needsClassCell = false;
  usesSuper = false;
  /**
   * PEP 709 (3.12+): a list/set/dict comprehension runs inline in the frame of
   * the scope that holds it — no function, no frame. Python/symtable.c:
   * inline_comprehension; Python/codegen.c: push_inlined_comprehension_state.
   */
  inlined = false;
  /** For a host scope: fast locals that only inlined comprehensions use (module and class bodies get them too). */
  hidden: string[] = [];
  /** For an inlined comprehension: the names its own closures need from outside it. */
  closureFrees: string[] = [];
  /** For an inlined comprehension: its locals (and those of inlined comprehensions inside it), and which of them are cells. */
  hoistLocals: string[] = [];
  hoistCells: string[] = [];
  /** The line of the comprehension each hoisted name comes from (for errors). */
  hoistLine = new Map<string, number>();
  constructor(public kind: ScopeKind, public name: string, public node: Node, public parent: Scope | null) {}

  /** Names visible as cells/locals for children to capture. */
  bindsLocally(n: string): boolean {
    return (this.assigned.has(n) || this.params.includes(n)) && !this.explicitGlobal.has(n) && !this.explicitNonlocal.has(n);
  }
}

export class SymbolTable {
  scopes = new Map<Node, Scope>();
  constructor(public root: Scope) {}
  get(node: Node): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error('internal: no scope for node');
    return s;
  }
}

export class ScopeError extends Error {
  constructor(msg: string, public lineno: number) { super(msg); }
}

/** @param inlineComprehensions PEP 709: 3.12+ inlines list/set/dict comprehensions (3.11 does not). */
export function buildSymtable(mod: Node, inlineComprehensions = false): SymbolTable {
  const root = new Scope('module', '<module>', mod, null);
  const st = new SymbolTable(root);
  st.scopes.set(mod, root);
  const v = new Visitor(st, inlineComprehensions);
  v.body(root, mod.body);
  resolve(root, new Set());
  return st;
}

class Visitor {
  constructor(private st: SymbolTable, private inline: boolean) {}

  newScope(kind: ScopeKind, name: string, node: Node, parent: Scope): Scope {
    const s = new Scope(kind, name, node, parent);
    parent.children.push(s);
    this.st.scopes.set(node, s);
    return s;
  }

  body(s: Scope, stmts: Node[]): void { for (const st of stmts) this.stmt(s, st); }

  argsDefaults(s: Scope, args: Node): void {
    for (const d of args.defaults) this.expr(s, d);
    for (const d of args.kw_defaults) if (d) this.expr(s, d);
    const all = [...(args.posonlyargs ?? []), ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation) this.expr(s, a.annotation);
  }

  paramNames(args: Node): string[] {
    return [
      ...(args.posonlyargs ?? []).map((a: Node) => a.arg),
      ...args.args.map((a: Node) => a.arg),
      ...args.kwonlyargs.map((a: Node) => a.arg),
      ...(args.vararg ? [args.vararg.arg] : []),
      ...(args.kwarg ? [args.kwarg.arg] : []),
    ];
  }

  stmt(s: Scope, n: Node): void {
    switch (n.kind) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        for (const d of n.decorator_list) this.expr(s, d);
        this.argsDefaults(s, n.args);
        if (n.returns) this.expr(s, n.returns);
        s.assigned.add(n.bindName ?? n.name);
        const f = this.newScope('function', n.name, n, s);
        f.params = this.paramNames(n.args);
        this.body(f, n.body);
        return;
      }
      case 'ClassDef': {
        for (const d of n.decorator_list) this.expr(s, d);
        for (const b of n.bases) this.expr(s, b);
        for (const k of n.keywords) this.expr(s, k.value);
        s.assigned.add(n.bindName ?? n.name);
        const c = this.newScope('class', n.name, n, s);
        this.body(c, n.body);
        return;
      }
      case 'Global':
        for (const name of n.names) {
          if (s.assigned.has(name) || s.used.has(name)) {
            throw new ScopeError(`name '${name}' is ${s.assigned.has(name) ? 'assigned to' : 'used'} before global declaration`, n.lineno);
          }
          s.explicitGlobal.add(name);
        }
        return;
      case 'Nonlocal':
        if (s.kind === 'module') throw new ScopeError('nonlocal declaration not allowed at module level', n.lineno);
        for (const name of n.names) {
          if (s.assigned.has(name) || s.used.has(name)) {
            throw new ScopeError(`name '${name}' is ${s.assigned.has(name) ? 'assigned to' : 'used'} before nonlocal declaration`, n.lineno);
          }
          s.explicitNonlocal.add(name);
        }
        return;
      case 'Import': case 'ImportFrom':
        // Python/symtable.c: symtable_visit_alias — `import a.b` binds a, `import a.b as c` and `from m import x [as c]` bind c (or x)
        for (const a of n.names) if (a.name !== '*') s.assigned.add(a.asname ?? a.name.split('.')[0]);
        return;
      case 'ExceptHandler':
        // Python/symtable.c: symtable_visit_excepthandler — `except E as name` binds name (DEF_LOCAL)
        if (n.name) s.assigned.add(n.name);
        this.generic(s, n);
        return;
      default:
        this.generic(s, n);
    }
  }

  generic(s: Scope, n: Node): void {
    for (const k of Object.keys(n)) {
      if (k === 'kind' || k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      const v = n[k];
      if (Array.isArray(v)) {
        for (const x of v) if (x && typeof x === 'object' && typeof x.kind === 'string') this.node(s, x);
      } else if (v && typeof v === 'object' && typeof v.kind === 'string') this.node(s, v);
    }
  }

  node(s: Scope, n: Node): void {
    if (isStmt(n.kind)) this.stmt(s, n); else this.expr(s, n);
  }

  expr(s: Scope, n: Node): void {
    switch (n.kind) {
      case 'Name':
        if (n.ctx === 'Load') s.used.add(n.id); else s.assigned.add(n.id);
        if (n.id === 'super' && n.ctx === 'Load') s.usesSuper = true;
        return;
      case 'Lambda': {
        this.argsDefaults(s, n.args);
        const f = this.newScope('lambda', '<lambda>', n, s);
        f.params = this.paramNames(n.args);
        this.expr(f, n.body);
        return;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
        // The first iterator is evaluated in the enclosing scope.
        this.expr(s, n.generators[0].iter);
        const kind: ScopeKind = n.kind === 'GeneratorExp' ? 'genexpr' : 'comprehension';
        const nm = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[n.kind as string]!;
        const c = this.newScope(kind, nm, n, s);
        c.params = ['.0'];
        n.generators.forEach((g: Node, i: number) => {
          this.expr(c, g.target);
          if (i > 0) this.expr(c, g.iter);
          for (const cond of g.ifs) this.expr(c, cond);
        });
        if (n.kind === 'DictComp') { this.expr(c, n.key); this.expr(c, n.value); } else this.expr(c, n.elt);
        if (kind === 'genexpr') c.isGenerator = true;
        // Python/symtable.c (3.12+): every comprehension but a generator expression is inlined
        else c.inlined = this.inline;
        return;
      }
      case 'NamedExpr': {
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        let t = s;
        while (t.kind === 'comprehension' || t.kind === 'genexpr') {
          t.explicitNonlocal.add(n.target.id);
          t = t.parent!;
        }
        t.assigned.add(n.target.id);
        if (t !== s) s.used.add(n.target.id);
        this.expr(s, n.value);
        return;
      }
      case 'Yield': case 'YieldFrom':
        s.isGenerator = true; s.hasYield = true;
        if (n.value) this.expr(s, n.value);
        return;
      default:
        this.generic(s, n);
    }
  }
}

const STMT_KINDS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom',
  'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue', 'ExceptHandler']);
function isStmt(k: string): boolean { return STMT_KINDS.has(k); }

/** Python/symtable.c: analyze_block — resolve every scope given the names bound by enclosing function scopes. */
function resolve(s: Scope, enclosing: Set<string>): void {
  const isFn = s.kind !== 'module' && s.kind !== 'class';
  const localSet = new Set<string>();
  if (isFn) {
    for (const p of s.params) localSet.add(p);
    for (const a of s.assigned) if (!s.explicitGlobal.has(a) && !s.explicitNonlocal.has(a)) localSet.add(a);
  }
  // Names this scope provides to children.
  const childEnclosing = new Set<string>(enclosing);
  if (isFn) for (const l of localSet) childEnclosing.add(l);
  if (s.kind === 'class') childEnclosing.add('__class__');
  for (const nl of s.explicitNonlocal) {
    if (!enclosing.has(nl) && s.kind !== 'comprehension' && s.kind !== 'genexpr') {
      throw new ScopeError(`no binding for nonlocal '${nl}' found`, s.node.lineno ?? 1);
    }
  }
  // Globals declared explicitly are not provided.
  for (const g of s.explicitGlobal) childEnclosing.delete(g);

  const freeNeededByChildren = new Set<string>();
  /** Names inlined comprehensions use from this scope's surroundings, as if this scope used them itself. */
  const inlinedUses = new Set<string>();
  for (const c of s.children) {
    resolve(c, childEnclosing);
    // an inlined comprehension runs in this frame: only what its own closures need must be a cell here
    for (const f of c.inlined ? c.closureFrees : c.frees) freeNeededByChildren.add(f);
    if (c.inlined) for (const f of c.frees) inlinedUses.add(f);
  }

  const frees = new Set<string>();
  const cells = new Set<string>();
  for (const f of freeNeededByChildren) {
    if (isFn && localSet.has(f)) cells.add(f);
    else if (s.kind === 'class' && f === '__class__') cells.add(f);
    else if (enclosing.has(f)) frees.add(f);
  }
  for (const u of inlinedUses) {
    if (freeNeededByChildren.has(u) || (isFn && localSet.has(u))) continue; // a cell already, or a plain local here
    if (enclosing.has(u)) frees.add(u);
  }
  for (const nl of s.explicitNonlocal) if (enclosing.has(nl)) frees.add(nl);
  // super() with no arguments needs the implicit __class__ cell.
  if (s.usesSuper && isFn && enclosing.has('__class__')) frees.add('__class__');
  for (const u of s.used) {
    if (localSet.has(u) || s.explicitGlobal.has(u)) continue;
    if (s.kind === 'module') continue;
    if (s.kind === 'class') { if (!s.assigned.has(u) && enclosing.has(u)) frees.add(u); continue; }
    if (enclosing.has(u)) frees.add(u);
  }

  for (const n of new Set([...s.used, ...s.assigned, ...s.params, ...s.explicitGlobal])) {
    let sc: 'local' | 'global_explicit' | 'global_implicit' | 'cell' | 'free' | 'name';
    if (s.explicitGlobal.has(n)) sc = 'global_explicit';
    else if (cells.has(n)) sc = 'cell';
    else if (frees.has(n)) sc = s.kind === 'class' ? 'free' : 'free';
    else if (s.kind === 'module' || s.kind === 'class') sc = 'name';
    else if (localSet.has(n)) sc = 'local';
    else sc = 'global_implicit';
    s.scopeOf.set(n, sc);
  }
  for (const f of frees) s.scopeOf.set(f, 'free');
  for (const c of cells) s.scopeOf.set(c, 'cell');
  // Python/symtable.c: DEF_FREE_CLASS — a name a class body binds itself stays the class's own (its
  // namespace), even when a nested function's free variable of that name passes through the class
  if (s.kind === 'class') {
    for (const a of s.assigned) if (frees.has(a) && !s.explicitGlobal.has(a) && !s.explicitNonlocal.has(a)) s.scopeOf.set(a, 'name');
  }
  s.locals = isFn ? [...s.params, ...[...localSet].filter((l) => !s.params.includes(l) && !cells.has(l))] : [];
  // Parameters that are cells still occupy their local slot first (CPython copies them into the cell).
  s.cells = [...cells];
  s.frees = [...frees];
  if (s.kind === 'class' && cells.has('__class__')) s.needsClassCell = true;
  hoistInlined(s, localSet, cells, freeNeededByChildren);
}

/**
 * Python/symtable.c: inline_comprehension — the locals of an inlined
 * comprehension become (hidden) fast locals of the scope that runs it, and its
 * cells become that scope's cells. An inlined comprehension passes its own and
 * its inlined children's names up; the host (a non-inlined scope) takes them.
 */
function hoistInlined(s: Scope, localSet: Set<string>, cells: Set<string>, childNeeds: Set<string>): void {
  const locals: string[] = [], cellNames: string[] = [];
  const line = new Map<string, number>();
  const add = (xs: string[], n: string, at: number) => { if (!xs.includes(n)) xs.push(n); if (!line.has(n)) line.set(n, at); };
  if (s.inlined) {
    // a walrus target belongs to the enclosing scope, .0 does not exist when inlined
    for (const n of s.assigned) if (n !== '.0' && localSet.has(n)) add(cells.has(n) ? cellNames : locals, n, s.node.lineno ?? 1);
    s.closureFrees = [...childNeeds].filter((n) => !cells.has(n));
  }
  for (const c of s.children) {
    if (!c.inlined) continue;
    for (const n of c.hoistLocals) add(locals, n, c.hoistLine.get(n)!);
    for (const n of c.hoistCells) add(cellNames, n, c.hoistLine.get(n)!);
  }
  if (s.inlined) { s.hoistLocals = locals.filter((n) => !cellNames.includes(n)); s.hoistCells = cellNames; s.hoistLine = line; return; }
  const isFn = s.kind !== 'module' && s.kind !== 'class';
  // NON-CPYTHON: a comprehension variable sharing its name with a closure variable of the host
  // (CPython shares one slot and makes both cells) is refused rather than modelled
  for (const n of cellNames) {
    if (s.cells.includes(n)) continue;
    if (s.frees.includes(n)) throw new InlineConflict(n, line.get(n)!);
    s.cells.push(n);
    if (isFn && s.locals.includes(n) && !s.params.includes(n)) s.locals.splice(s.locals.indexOf(n), 1);
    if (s.scopeOf.get(n) === 'local') s.scopeOf.set(n, 'cell');
  }
  for (const n of locals) {
    if (cellNames.includes(n)) continue;
    if (s.cells.includes(n) || s.frees.includes(n)) throw new InlineConflict(n, line.get(n)!);
    if (isFn) { if (!s.locals.includes(n)) s.locals.push(n); }
    else add(s.hidden, n, 0);
  }
}

/** A comprehension variable that is also a closure variable of the scope it is inlined into (not modelled). */
export class InlineConflict extends Error {
  constructor(public varName: string, public lineno: number) { super(`a comprehension variable ('${varName}') that is also a closure variable of the enclosing scope`); }
}
