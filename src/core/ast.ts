// TypeScript mirror of CPython 3.11's `ast` module (Parser/Python.asdl).
//
// Every node is a plain object whose `kind` equals the Python class name and
// whose other fields carry exactly the names Python uses.  Deviations, all for
// brevity:
//   * `ctx` is the string 'Load' | 'Store' | 'Del' instead of a node object;
//   * operators (boolop, operator, unaryop, cmpop) are strings ('Add', 'NotIn', ...);
//   * `Constant.value` is a tagged union (see `ConstantValue`);
//   * Python's `None` for optional fields is `null`.
// Statements, expressions, patterns, `arg`, `keyword`, `alias` and
// `ExceptHandler` carry lineno/col_offset/end_lineno/end_col_offset
// (1-based lines; 0-based columns counted in Unicode code points, whereas
// CPython counts UTF-8 bytes - identical for ASCII source).

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export type ConstantValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

export interface Location {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- mod

export interface Module {
  kind: 'Module';
  body: Stmt[];
  type_ignores: TypeIgnore[];
}

export interface TypeIgnore {
  kind: 'TypeIgnore';
  lineno: number;
  tag: string;
}

// ---------------------------------------------------------------- stmt

export interface FunctionDef extends Location {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Location {
  kind: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface ClassDef extends Location {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Location { kind: 'Return'; value: Expr | null }
export interface Delete extends Location { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Location {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}
export interface AugAssign extends Location { kind: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Location {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
export interface For extends Location {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Location {
  kind: 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface While extends Location { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Location { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Location { kind: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Location {
  kind: 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface Match extends Location { kind: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Location { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Location {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends Location {
  kind: 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Location { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Location { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Location {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Location { kind: 'Global'; names: string[] }
export interface Nonlocal extends Location { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Location { kind: 'Expr'; value: Expr }
export interface Pass extends Location { kind: 'Pass' }
export interface Break extends Location { kind: 'Break' }
export interface Continue extends Location { kind: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expr

export interface BoolOp extends Location { kind: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Location { kind: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Location { kind: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Location { kind: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Location { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Location { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Location { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Location { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Location { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Location { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Location {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Location { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Location { kind: 'Await'; value: Expr }
export interface Yield extends Location { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Location { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Location { kind: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Location { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 (none), 115 ('s'), 114 ('r'), 97 ('a'). */
export interface FormattedValue extends Location {
  kind: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: Expr | null;
}
export interface JoinedStr extends Location { kind: 'JoinedStr'; values: Expr[] }
/**
 * Python's `Constant.kind` field clashes with our `kind` discriminator, so it is
 * called `constant_kind` here: 'u' for a string literal whose first piece is
 * spelled with a lowercase `u` prefix, else null.
 */
export interface Constant extends Location { kind: 'Constant'; value: ConstantValue; constant_kind: 'u' | null }
export interface Attribute extends Location { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Location { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Location { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Location { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Location { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Location { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Location { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- helper types

export interface Comprehension {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ExceptHandler extends Location {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null when that argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last len(defaults) positional (posonly + args) parameters. */
  defaults: Expr[];
}

export interface Arg extends Location {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}

/** `arg` is null for `**mapping` in a call. */
export interface Keyword extends Location {
  kind: 'keyword';
  arg: string | null;
  value: Expr;
}

export interface Alias extends Location {
  kind: 'alias';
  name: string;
  asname: string | null;
}

export interface WithItem {
  kind: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface MatchCase {
  kind: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---------------------------------------------------------------- pattern

export interface MatchValue extends Location { kind: 'MatchValue'; value: Expr }
/** value is True, False or None. */
export interface MatchSingleton extends Location { kind: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Location { kind: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Location {
  kind: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Location {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Location { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Location { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Location { kind: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type AstNode =
  | Module | TypeIgnore | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword
  | Alias | WithItem | MatchCase | Pattern;

// ---------------------------------------------------------------- field tables

/**
 * Python's `_fields` for every node class, in order.  The second element tells
 * the dumper how to print the value: 'node' (AST or null), 'list' (of AST /
 * null), 'ident' (str or null), 'idents' (list of str), 'int', 'ctx', 'op',
 * 'const'.  A trailing '?' marks an optional field (omitted by ast.dump when None).
 */
type FieldSpec = [string, 'node' | 'node?' | 'list' | 'ident' | 'ident?' | 'idents' | 'int' | 'int?' | 'ctx' | 'op' | 'ops' | 'const' | 'str?'];

export const AST_FIELDS: Record<string, FieldSpec[]> = {
  Module: [['body', 'list'], ['type_ignores', 'list']],
  TypeIgnore: [['lineno', 'int'], ['tag', 'ident']],
  FunctionDef: [['name', 'ident'], ['args', 'node'], ['body', 'list'], ['decorator_list', 'list'], ['returns', 'node?'], ['type_comment', 'str?']],
  AsyncFunctionDef: [['name', 'ident'], ['args', 'node'], ['body', 'list'], ['decorator_list', 'list'], ['returns', 'node?'], ['type_comment', 'str?']],
  ClassDef: [['name', 'ident'], ['bases', 'list'], ['keywords', 'list'], ['body', 'list'], ['decorator_list', 'list']],
  Return: [['value', 'node?']],
  Delete: [['targets', 'list']],
  Assign: [['targets', 'list'], ['value', 'node'], ['type_comment', 'str?']],
  AugAssign: [['target', 'node'], ['op', 'op'], ['value', 'node']],
  AnnAssign: [['target', 'node'], ['annotation', 'node'], ['value', 'node?'], ['simple', 'int']],
  For: [['target', 'node'], ['iter', 'node'], ['body', 'list'], ['orelse', 'list'], ['type_comment', 'str?']],
  AsyncFor: [['target', 'node'], ['iter', 'node'], ['body', 'list'], ['orelse', 'list'], ['type_comment', 'str?']],
  While: [['test', 'node'], ['body', 'list'], ['orelse', 'list']],
  If: [['test', 'node'], ['body', 'list'], ['orelse', 'list']],
  With: [['items', 'list'], ['body', 'list'], ['type_comment', 'str?']],
  AsyncWith: [['items', 'list'], ['body', 'list'], ['type_comment', 'str?']],
  Match: [['subject', 'node'], ['cases', 'list']],
  Raise: [['exc', 'node?'], ['cause', 'node?']],
  Try: [['body', 'list'], ['handlers', 'list'], ['orelse', 'list'], ['finalbody', 'list']],
  TryStar: [['body', 'list'], ['handlers', 'list'], ['orelse', 'list'], ['finalbody', 'list']],
  Assert: [['test', 'node'], ['msg', 'node?']],
  Import: [['names', 'list']],
  ImportFrom: [['module', 'ident?'], ['names', 'list'], ['level', 'int?']],
  Global: [['names', 'idents']],
  Nonlocal: [['names', 'idents']],
  Expr: [['value', 'node']],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: [['op', 'op'], ['values', 'list']],
  NamedExpr: [['target', 'node'], ['value', 'node']],
  BinOp: [['left', 'node'], ['op', 'op'], ['right', 'node']],
  UnaryOp: [['op', 'op'], ['operand', 'node']],
  Lambda: [['args', 'node'], ['body', 'node']],
  IfExp: [['test', 'node'], ['body', 'node'], ['orelse', 'node']],
  Dict: [['keys', 'list'], ['values', 'list']],
  Set: [['elts', 'list']],
  ListComp: [['elt', 'node'], ['generators', 'list']],
  SetComp: [['elt', 'node'], ['generators', 'list']],
  DictComp: [['key', 'node'], ['value', 'node'], ['generators', 'list']],
  GeneratorExp: [['elt', 'node'], ['generators', 'list']],
  Await: [['value', 'node']],
  Yield: [['value', 'node?']],
  YieldFrom: [['value', 'node']],
  Compare: [['left', 'node'], ['ops', 'ops'], ['comparators', 'list']],
  Call: [['func', 'node'], ['args', 'list'], ['keywords', 'list']],
  FormattedValue: [['value', 'node'], ['conversion', 'int'], ['format_spec', 'node?']],
  JoinedStr: [['values', 'list']],
  Constant: [['value', 'const'], ['kind', 'str?']],
  Attribute: [['value', 'node'], ['attr', 'ident'], ['ctx', 'ctx']],
  Subscript: [['value', 'node'], ['slice', 'node'], ['ctx', 'ctx']],
  Starred: [['value', 'node'], ['ctx', 'ctx']],
  Name: [['id', 'ident'], ['ctx', 'ctx']],
  List: [['elts', 'list'], ['ctx', 'ctx']],
  Tuple: [['elts', 'list'], ['ctx', 'ctx']],
  Slice: [['lower', 'node?'], ['upper', 'node?'], ['step', 'node?']],
  comprehension: [['target', 'node'], ['iter', 'node'], ['ifs', 'list'], ['is_async', 'int']],
  ExceptHandler: [['type', 'node?'], ['name', 'ident?'], ['body', 'list']],
  arguments: [['posonlyargs', 'list'], ['args', 'list'], ['vararg', 'node?'], ['kwonlyargs', 'list'], ['kw_defaults', 'list'], ['kwarg', 'node?'], ['defaults', 'list']],
  arg: [['arg', 'ident'], ['annotation', 'node?'], ['type_comment', 'str?']],
  keyword: [['arg', 'ident?'], ['value', 'node']],
  alias: [['name', 'ident'], ['asname', 'ident?']],
  withitem: [['context_expr', 'node'], ['optional_vars', 'node?']],
  match_case: [['pattern', 'node'], ['guard', 'node?'], ['body', 'list']],
  MatchValue: [['value', 'node']],
  MatchSingleton: [['value', 'const']],
  MatchSequence: [['patterns', 'list']],
  MatchMapping: [['keys', 'list'], ['patterns', 'list'], ['rest', 'ident?']],
  MatchClass: [['cls', 'node'], ['patterns', 'list'], ['kwd_attrs', 'idents'], ['kwd_patterns', 'list']],
  MatchStar: [['name', 'ident?']],
  MatchAs: [['pattern', 'node?'], ['name', 'ident?']],
  MatchOr: [['patterns', 'list']],
};

/** Node classes that carry lineno/col_offset/end_lineno/end_col_offset. */
const LOCATED = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
  'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp',
  'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue',
  'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice',
  'ExceptHandler', 'arg', 'keyword', 'alias',
  'MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr',
]);

/**
 * Every identifier the parser made for `mod` (Parser/pegen.c: _PyPegen_new_identifier interns each one; a dotted
 * import name's parts each), for compile.ts: which strs already have an interned twin when the code is made.
 */
export function parsedIdentifiers(mod: AstNode): Set<string> {
  const out = new Set<string>();
  const addName = (s: unknown) => { if (typeof s === 'string') for (const part of s.split('.')) out.add(part); };
  const walk = (n: any) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) walk(x); return; }
    const fields = AST_FIELDS[n.kind as string];
    if (!fields) return;
    for (const [name, how] of fields) {
      const v = n[name];
      if (how === 'ident' || how === 'ident?') addName(v);
      else if (how === 'idents') for (const x of v ?? []) addName(x);
      else if (how === 'node' || how === 'node?' || how === 'list') walk(v);
    }
  };
  walk(mod);
  return out;
}

export function hasLocation(kind: string): boolean {
  return LOCATED.has(kind);
}

// ---------------------------------------------------------------- Python reprs

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr() of a str. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's repr() of a float. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // Shortest round-tripping digits, as Python's repr uses.
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant!.replace('.', '');
  const exp = Number(expStr); // value = d.ddd * 10**exp
  const decpt = exp + 1; // value = 0.ddd * 10**decpt
  if (decpt > -4 && decpt <= 16) {
    let s: string;
    if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + '.0';
    else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + s;
  }
  const m = digits.length === 1 ? digits : digits[0] + '.' + digits.slice(1);
  const e = exp < 0 ? '-' + String(-exp).padStart(2, '0') : '+' + String(exp).padStart(2, '0');
  return sign + m + 'e' + e;
}

/** Python's repr() of a Constant's value. */
export function constantRepr(v: ConstantValue): string {
  switch (v.type) {
    case 'int': return v.value.toString();
    case 'float': return pyFloatRepr(v.value);
    case 'complex': {
      const r = pyFloatRepr(v.imag);
      return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
    }
    case 'str': return pyStrRepr(v.value);
    case 'bytes': return pyBytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

// ---------------------------------------------------------------- ast.dump

/**
 * Same text as Python 3.11's `ast.dump(node)` (annotate_fields=True,
 * include_attributes=False, indent=None).  With includeAttributes=true the
 * location attributes are appended as `ast.dump(node, include_attributes=True)` does.
 */
export function dumpAst(node: AstNode, includeAttributes = false): string {
  return fmt(node as unknown as Record<string, unknown>, includeAttributes);
}

function fmt(node: Record<string, unknown> | null, attrs: boolean): string {
  if (node === null) return 'None';
  const kind = node.kind as string;
  const fields = AST_FIELDS[kind];
  if (!fields) throw new Error(`dumpAst: unknown node kind ${kind}`);
  const parts: string[] = [];
  for (const [name, how] of fields) {
    const key = kind === 'Constant' && name === 'kind' ? 'constant_kind' : name;
    const v = node[key];
    let text: string;
    switch (how) {
      case 'node':
        text = fmt(v as Record<string, unknown> | null, attrs);
        break;
      case 'node?':
        if (v === null || v === undefined) continue;
        text = fmt(v as Record<string, unknown>, attrs);
        break;
      case 'list':
        text = '[' + (v as (Record<string, unknown> | null)[]).map((x) => fmt(x, attrs)).join(', ') + ']';
        break;
      case 'ident':
        text = pyStrRepr(v as string);
        break;
      case 'ident?':
      case 'str?':
        if (v === null || v === undefined) continue;
        text = pyStrRepr(v as string);
        break;
      case 'idents':
        text = '[' + (v as string[]).map(pyStrRepr).join(', ') + ']';
        break;
      case 'int':
        text = String(v);
        break;
      case 'int?':
        if (v === null || v === undefined) continue;
        text = String(v);
        break;
      case 'ctx':
      case 'op':
        text = `${v as string}()`;
        break;
      case 'ops':
        text = '[' + (v as string[]).map((o) => `${o}()`).join(', ') + ']';
        break;
      case 'const':
        text = constantRepr(v as ConstantValue);
        break;
    }
    parts.push(`${name}=${text}`);
  }
  if (attrs && LOCATED.has(kind)) {
    for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
      const v = node[a];
      if (v === null || v === undefined) continue;
      parts.push(`${a}=${String(v)}`);
    }
  }
  return `${kind}(${parts.join(', ')})`;
}
