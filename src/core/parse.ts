// Python 3.11 source -> CPython-3.11-shaped AST (see ./ast.ts).
//
//   await initParser();            // once; loads tree-sitter + the Python grammar
//   const mod = parse(source);     // synchronous; throws PySyntaxError
//
// Pipeline:
//   1. normalise newlines (\r\n, \r -> \n; a BOM is dropped; a final newline is
//      added) and run a port of CPython 3.11's tokenizer: tokenizer errors
//      (unterminated strings, bad number literals, bad characters, unmatched or
//      too deeply nested brackets, inconsistent tabs/dedents) and the token stream
//      used for diagnostics;
//   2. parse with tree-sitter-python (error tolerant) - fed a same-length copy of
//      the source with workarounds (see treeSitterInput);
//   3. convert the concrete tree into ast nodes, rejecting what tree-sitter accepts
//      but CPython 3.11 does not; string literals and f-strings are decoded by a
//      port of CPython 3.11's string_parser.c;
//   4. pick the earliest syntax error among tree-sitter ERROR/MISSING nodes,
//      conversion errors and token-level checks, worded like CPython 3.11;
//   5. run the checks CPython makes after parsing (future imports, symtable,
//      compiler: "'return' outside function", "'break' outside loop",
//      "nonlocal declaration not allowed at module level", "keyword argument
//      repeated", irrefutable match patterns, starred targets, ...).
//
// Scope: all of Python 3.11's grammar is converted, including `match` and
// `except*` (TryStar), `async`/`await` (rejected later by the simulator), and the
// Python-2 forms tree-sitter knows (print/exec statements, backticks, `<>`,
// 123L) are rejected as CPython does.  `print >>f, x` is *valid* Python 3 (a
// tuple containing a shift) and is converted as such.
//
// Things a consumer must know:
//   * columns are code points, not UTF-8 bytes (identical for ASCII lines);
//   * Constant.kind is called `constant_kind` (clash with the `kind` tag);
//   * \N{name} escapes know ~2000 common names + CJK ideographs; other names
//     raise PySyntaxError ("... is not supported by heapsnake ...");
//   * JS strings cannot hold a lone surrogate *pair* distinctly from the astral
//     character it encodes: '\ud83d\ude00' becomes one code point (CPython: two);
//   * nesting thousands of levels deep raises PySyntaxError "too deeply nested"
//     (CPython raises RecursionError at a similar depth).
//
// tree-sitter-python 0.25 quirks worked around here (useful if you touch this file):
//   * binary operator precedence: '^' binds tighter than '&' (wrong); the operator
//     tree is flattened and rebuilt with Python's table (binop);
//   * `await x ** 2` parses as await(x ** 2); `X | Y | Z` in annotations nests to the
//     right (union_type); `*a + b`, `*f()` attach the star to the leftmost primary
//     (`(*a) + b`); all rebuilt;
//   * `type` is treated as the 3.12 soft keyword and `__future__` imports have their
//     own rule without `*` -> those NAME tokens are renamed in tree-sitter's input;
//   * a continuation line inside brackets indented less than the enclosing block
//     (`(x.` NEWLINE `y)`) yields a spurious DEDENT -> newlines and comments inside
//     brackets are blanked in tree-sitter's input;
//   * tree-sitter accepts several statements on one line without ';' (`x = 1 y = 2`),
//     an `if` whose indented block it could not parse as an empty block, f-strings
//     with 3.12 nesting rules, `(*a)`, `a := 1` as a statement, `del f()`, lambdas
//     with annotations, Python-2 parameter tuples, ... -> all rejected here;
//   * some valid code needs care: `kw=pat as name` in class patterns comes out as an
//     as_pattern around a keyword_pattern; `with (a as b):` as a parenthesized
//     as_pattern; `*args: *tuple[int]` with the star on `tuple`.

import { createRequire } from 'node:module';
import { Parser, Language } from 'web-tree-sitter';
import type * as A from './ast.js';
import { NotSupported, isStackOverflow, DEEP_SOURCE, DEEP_WHY } from './errors.js';

// ============================================================== errors

export type PySyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly excType: PySyntaxErrorType;
  readonly msg: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column (in code points) as CPython reports it. */
  readonly offset: number;
  /** The offending source line (with its newline), or null. */
  readonly text: string | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  constructor(
    excType: PySyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    text: string | null,
    end_lineno: number | null = null,
    end_offset: number | null = null,
  ) {
    super(`${excType}: ${msg} (line ${lineno})`);
    this.name = 'PySyntaxError';
    this.excType = excType;
    this.msg = msg;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

/** Internal: an error candidate with a source position used to pick the earliest one. */
class ParseFail {
  constructor(
    readonly pos: number,
    readonly excType: PySyntaxErrorType,
    readonly msg: string,
    readonly endPos: number | null = null,
    /** Explicit offset (1-based) when CPython's differs from pos's column + 1. */
    readonly offsetOverride: number | null = null,
    readonly linenoOverride: number | null = null,
  ) {}
  /** Furthest token CPython's parser would have read (for the "'(' was never closed" rule). */
  farPos: number | null = null;
}

function fail(pos: number, msg: string, endPos: number | null = null): never {
  throw new ParseFail(pos, 'SyntaxError', msg, endPos);
}

// ============================================================== source / positions

class SourceMap {
  readonly lineStarts: number[] = [0];
  private readonly asciiLine: boolean[] = [];
  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    for (let l = 0; l < this.lineStarts.length; l++) {
      const a = this.lineStarts[l]!;
      const b = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1]! : src.length;
      // eslint-disable-next-line no-control-regex
      this.asciiLine.push(!/[^\x00-\x7f]/.test(src.slice(a, b)));
    }
  }
  /** 0-based line index of a position. */
  lineIdx(pos: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  lineno(pos: number): number {
    return this.lineIdx(pos) + 1;
  }
  /** 0-based column in code points. */
  col(pos: number): number {
    const l = this.lineIdx(pos);
    const start = this.lineStarts[l]!;
    if (this.asciiLine[l]) return pos - start;
    let n = 0;
    for (let i = start; i < pos; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > start) {
        const p = this.src.charCodeAt(i - 1);
        if (p >= 0xd800 && p <= 0xdbff) continue;
      }
      n++;
    }
    return n;
  }
  lineText(lineno: number): string {
    const a = this.lineStarts[lineno - 1];
    if (a === undefined) return '';
    const b = lineno < this.lineStarts.length ? this.lineStarts[lineno]! : this.src.length;
    return this.src.slice(a, b);
  }
  lineCount(): number {
    return this.lineStarts.length;
  }
}

// ============================================================== tokenizer (port of CPython 3.11 Parser/tokenizer.c)

const enum TK {
  NAME = 1,
  NUMBER,
  STRING,
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
}

interface Token {
  t: TK;
  s: number;
  e: number;
  /** Text for NAME/NUMBER/STRING/OP. */
  v: string;
  /** Bracket nesting level after this token. */
  level: number;
}

interface OpenBracket {
  ch: string;
  pos: number;
  line: number;
}

interface TokResult {
  tokens: Token[];
  /** First tokenizer error: 'A' = raised as exception by CPython's tokenizer
   *  (wins over parser errors anywhere), 'B' = error-code only (reported only
   *  if the parser gets that far). */
  error: { fail: ParseFail; cls: 'A' | 'B' } | null;
  /** Brackets still open at end of input (innermost last). */
  unclosed: OpenBracket[];
}

const MAXLEVEL = 200;
const MAXINDENT = 100;
const TABSIZE = 8;

const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);
const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || isDigit(c);
}

const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const XID_START_RE = /^[\p{XID_Start}_]$/u;
const XID_CONT_RE = /^\p{XID_Continue}$/u;

function isPrintable(ch: string): boolean {
  return ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch);
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function tokenize(src: string, sm: SourceMap): TokResult {
  const n = src.length;
  const tokens: Token[] = [];
  const parens: OpenBracket[] = [];
  const indstack = [0];
  const altindstack = [0];
  let pendin = 0;
  let atbol = true;
  let cur = 0;

  const nextc = (): number => (cur < n ? src.charCodeAt(cur++) : (cur++, -1));
  const backup = (_c: number): void => {
    cur--;
  };
  // offset as CPython's _syntaxerror_range computes it: characters from the line start to cur.
  const errA = (msg: string, at = cur, linePos = at): TokResult => {
    const line = sm.lineno(Math.min(linePos, n));
    const lineStart = sm.lineStarts[line - 1]!;
    const off = sm.col(Math.max(lineStart, Math.min(at, n)));
    return done({ fail: new ParseFail(Math.min(at, n), 'SyntaxError', msg, null, off, line), cls: 'A' });
  };
  const errB = (excType: PySyntaxErrorType, msg: string, pos: number, offset: number | null = null): TokResult =>
    done({ fail: new ParseFail(Math.min(pos, n), excType, msg, null, offset), cls: 'B' });
  const done = (error: TokResult['error']): TokResult => ({ tokens, error, unclosed: parens.slice() });
  const push = (t: TK, s: number, e: number): void => {
    tokens.push({ t, s, e, v: t === TK.NEWLINE || t === TK.INDENT || t === TK.DEDENT ? '' : src.slice(s, e), level: parens.length });
  };

  // verify_end_of_number
  const endOfNumber = (c: number, kind: string): TokResult | null => {
    let r = false;
    const la = (s: string): boolean => src.startsWith(s, cur);
    if (c === 97 /* a */) r = la('nd');
    else if (c === 101 /* e */) r = la('lse');
    else if (c === 102 /* f */) r = la('or');
    else if (c === 105 /* i */) {
      const c2 = cur < n ? src.charCodeAt(cur) : -1;
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111 /* o */) r = la('r');
    else if (c === 110 /* n */) r = la('ot');
    if (r) return null; // only a (deprecation) warning in CPython
    if (isIdChar(c)) {
      backup(c);
      return errA(`invalid ${kind} literal`);
    }
    return null;
  };
  // tok_decimal_tail; returns the following char or an error
  const decimalTail = (): number | TokResult => {
    let c: number;
    for (;;) {
      do c = nextc();
      while (isDigit(c));
      if (c !== 95) break;
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        return errA('invalid decimal literal');
      }
    }
    return c;
  };

  for (;;) {
    // ---- nextline: indentation
    let blankline = false;
    if (atbol) {
      atbol = false;
      let col = 0;
      let altcol = 0;
      let contLineCol = 0;
      let c: number;
      for (;;) {
        c = nextc();
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = altcol + 1;
        } else if (c === 12) {
          col = altcol = 0;
        } else if (c === 92 /* \ */) {
          contLineCol = contLineCol ? contLineCol : col;
          const c2 = nextc();
          if (c2 !== 10) return errB('SyntaxError', 'unexpected character after line continuation character', cur - 1, sm.col(cur - 1) + 1);
          const c3 = nextc();
          if (c3 === -1) {
            if (parens.length) return done(null);
            return errB('SyntaxError', 'unexpected EOF while parsing', n - 1, sm.col(Math.max(0, n - 1)) + 1);
          }
          backup(c3);
        } else break;
      }
      backup(c);
      if (c === 35 /* # */ || c === 10) blankline = true;
      if (!blankline && parens.length === 0) {
        if (contLineCol) {
          col = contLineCol;
          altcol = contLineCol;
        }
        const top = indstack.length - 1;
        if (col === indstack[top]) {
          if (altcol !== altindstack[top]) return errB('TabError', 'inconsistent use of tabs and spaces in indentation', cur, 1);
        } else if (col > indstack[top]!) {
          if (indstack.length >= MAXINDENT) return errB('IndentationError', 'too many levels of indentation', cur, 1);
          if (altcol <= altindstack[top]!) return errB('TabError', 'inconsistent use of tabs and spaces in indentation', cur, 1);
          pendin++;
          indstack.push(col);
          altindstack.push(altcol);
        } else {
          while (indstack.length > 1 && col < indstack[indstack.length - 1]!) {
            pendin--;
            indstack.pop();
            altindstack.pop();
          }
          if (col !== indstack[indstack.length - 1]) {
            // CPython reports the end of the line as the offset.
            const lineEnd = src.indexOf('\n', cur);
            return errB('IndentationError', 'unindent does not match any outer indentation level', cur, sm.col(lineEnd < 0 ? n : lineEnd) + 1);
          }
          if (altcol !== altindstack[altindstack.length - 1]) return errB('TabError', 'inconsistent use of tabs and spaces in indentation', cur, 1);
        }
      }
    }
    // pending indents/dedents
    while (pendin !== 0) {
      if (pendin < 0) {
        pendin++;
        push(TK.DEDENT, Math.min(cur, n - 1), Math.min(cur, n - 1));
      } else {
        pendin--;
        push(TK.INDENT, cur, cur);
      }
    }

    // ---- again: one token
    let gotNewline = false;
    for (;;) {
      let c: number;
      do c = nextc();
      while (c === 32 || c === 9 || c === 12);
      const start = cur - 1;
      if (c === 35 /* # */) {
        while (c !== -1 && c !== 10) c = nextc();
      }
      if (c === -1) {
        if (parens.length) return done(null); // EOF inside brackets: parser's business
        push(TK.ENDMARKER, n - 1, n - 1); // CPython places it at the end of the last line
        return done(null);
      }
      // identifiers and string prefixes
      if (isIdStart(c)) {
        let sawB = false;
        let sawR = false;
        let sawU = false;
        let sawF = false;
        let isString = false;
        for (;;) {
          if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
          else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
          else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
          else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
          else break;
          c = nextc();
          if (c === 34 || c === 39) {
            isString = true;
            break;
          }
        }
        if (!isString) {
          let nonascii = false;
          while (isIdChar(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
          }
          backup(c);
          if (nonascii) {
            const word = src.slice(start, cur);
            if (!ID_RE.test(word)) {
              // _PyUnicode_ScanIdentifier: find the first bad character
              let i = 0;
              let bad = '';
              let badEnd = start;
              for (const ch of word) {
                const ok = i === 0 ? XID_START_RE.test(ch) : XID_CONT_RE.test(ch);
                badEnd += ch.length;
                if (!ok) {
                  bad = ch;
                  break;
                }
                i++;
              }
              const cp = bad.codePointAt(0)!;
              cur = badEnd;
              if (isPrintable(bad)) return errA(`invalid character '${bad}' (U+${hex4(cp)})`);
              return errA(`invalid non-printable character U+${hex4(cp)}`);
            }
          }
          push(TK.NAME, start, cur);
          break;
        }
      }
      if (c === 10) {
        atbol = true;
        if (blankline || parens.length > 0) {
          gotNewline = false;
          break;
        }
        push(TK.NEWLINE, start, cur);
        gotNewline = true;
        break;
      }
      if (c === 46 /* . */) {
        const c2 = nextc();
        if (isDigit(c2)) {
          const r = numberFrom(c2, 'fraction');
          if (r) return r;
          push(TK.NUMBER, start, cur);
          break;
        } else if (c2 === 46) {
          const c3 = nextc();
          if (c3 === 46) {
            push(TK.OP, start, cur);
            break;
          }
          backup(c3);
          backup(46);
        } else backup(c2);
        push(TK.OP, start, cur);
        break;
      }
      if (isDigit(c)) {
        const r = numberFrom(c, 'start');
        if (r) return r;
        push(TK.NUMBER, start, cur);
        break;
      }
      if (c === 39 || c === 34) {
        // string
        const quote = c;
        let quoteSize = 1;
        let endQuoteSize = 0;
        c = nextc();
        if (c === quote) {
          c = nextc();
          if (c === quote) quoteSize = 3;
          else endQuoteSize = 1;
        }
        if (c !== quote) backup(c);
        while (endQuoteSize !== quoteSize) {
          c = nextc();
          if (c === -1 || (quoteSize === 1 && c === 10)) {
            const detected = sm.lineno(Math.min(cur - 1, n - 1));
            // reported at the start of the literal (tok->cur = tok->start + 1)
            return errA(
              quoteSize === 3
                ? `unterminated triple-quoted string literal (detected at line ${detected})`
                : `unterminated string literal (detected at line ${detected})`,
              start + 1,
              start,
            );
          }
          if (c === quote) endQuoteSize += 1;
          else {
            endQuoteSize = 0;
            if (c === 92) nextc();
          }
        }
        push(TK.STRING, start, cur);
        break;
      }
      if (c === 92 /* \ */) {
        const c2 = nextc();
        if (c2 !== 10) return errB('SyntaxError', 'unexpected character after line continuation character', cur - 1, sm.col(cur - 1) + 1);
        const c3 = nextc();
        if (c3 === -1) {
          if (parens.length) return done(null);
          return errB('SyntaxError', 'unexpected EOF while parsing', n - 1, sm.col(Math.max(0, n - 1)) + 1);
        }
        backup(c3);
        continue;
      }
      // operators
      {
        const c2 = cur < n ? src.charCodeAt(cur) : -1;
        const two = String.fromCharCode(c) + (c2 >= 0 ? String.fromCharCode(c2) : '');
        if (TWO_CHAR_OPS.has(two)) {
          cur++;
          const c3 = cur < n ? src.charCodeAt(cur) : -1;
          if (c3 >= 0 && THREE_CHAR_OPS.has(two + String.fromCharCode(c3))) cur++;
          push(TK.OP, start, cur);
          break;
        }
      }
      const ch = String.fromCharCode(c);
      if (c === 40 || c === 91 || c === 123) {
        if (parens.length >= MAXLEVEL) return errA('too many nested parentheses');
        parens.push({ ch, pos: start, line: sm.lineno(start) });
      } else if (c === 41 || c === 93 || c === 125) {
        if (!parens.length) return errA(`unmatched '${ch}'`);
        const open = parens.pop()!;
        if (!((open.ch === '(' && c === 41) || (open.ch === '[' && c === 93) || (open.ch === '{' && c === 125))) {
          if (open.line !== sm.lineno(start))
            return errA(`closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}' on line ${open.line}`);
          return errA(`closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'`);
        }
      }
      if (c < 128 && !isPrintable(ch)) return errA(`invalid non-printable character U+${hex4(c)}`);
      push(TK.OP, start, cur);
      break;
    }
    if (gotNewline || atbol) continue;
  }

  // Number literal continuation. `state` tells where we entered.
  function numberFrom(first: number, state: 'start' | 'fraction'): TokResult | null {
    let c = first;
    let st: 'fraction' | 'exponent' | 'imaginary' | 'decimal-end' | 'after-int' = 'after-int';
    if (state === 'fraction') {
      // we consumed '.' and c is a digit
      const r = decimalTailFrom();
      if (typeof r !== 'number') return r;
      c = r;
      st = 'fraction';
    } else if (c === 48 /* 0 */) {
      c = nextc();
      if (c === 120 || c === 88) {
        c = nextc();
        do {
          if (c === 95) c = nextc();
          if (!isXDigit(c)) {
            backup(c);
            return errA('invalid hexadecimal literal');
          }
          do c = nextc();
          while (isXDigit(c));
        } while (c === 95);
        const e = endOfNumber(c, 'hexadecimal');
        if (e) return e;
        backup(c);
        return null;
      } else if (c === 111 || c === 79) {
        c = nextc();
        do {
          if (c === 95) c = nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) return errA(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            backup(c);
            return errA('invalid octal literal');
          }
          do c = nextc();
          while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) return errA(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        const e = endOfNumber(c, 'octal');
        if (e) return e;
        backup(c);
        return null;
      } else if (c === 98 || c === 66) {
        c = nextc();
        do {
          if (c === 95) c = nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) return errA(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            backup(c);
            return errA('invalid binary literal');
          }
          do c = nextc();
          while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) return errA(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        const e = endOfNumber(c, 'binary');
        if (e) return e;
        backup(c);
        return null;
      } else {
        let nonzero = false;
        const tokStart = cur - 2;
        for (;;) {
          if (c === 95) {
            c = nextc();
            if (!isDigit(c)) {
              backup(c);
              return errA('invalid decimal literal');
            }
          }
          if (c !== 48) break;
          c = nextc();
        }
        if (isDigit(c)) {
          nonzero = true;
          const r = decimalTail();
          if (typeof r !== 'number') return r;
          c = r;
        }
        if (c === 46) {
          c = nextc();
          st = 'fraction';
          if (isDigit(c)) {
            const r = decimalTailFrom();
            if (typeof r !== 'number') return r;
            c = r;
          }
        } else if (c === 101 || c === 69) st = 'exponent';
        else if (c === 106 || c === 74) st = 'imaginary';
        else if (nonzero) {
          backup(c);
          return errA(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            tokStart + 1,
          );
        } else {
          const e = endOfNumber(c, 'decimal');
          if (e) return e;
          backup(c);
          return null;
        }
      }
    } else {
      const r = decimalTail();
      if (typeof r !== 'number') return r;
      c = r;
      if (c === 46) {
        c = nextc();
        st = 'fraction';
        if (isDigit(c)) {
          const r2 = decimalTailFrom();
          if (typeof r2 !== 'number') return r2;
          c = r2;
        }
      }
    }
    // after fraction / integer part: exponent?
    if (st !== 'imaginary' && (c === 101 || c === 69)) {
      const e = c;
      c = nextc();
      if (c === 43 || c === 45) {
        c = nextc();
        if (!isDigit(c)) {
          backup(c);
          return errA('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        backup(c);
        const err = endOfNumber(e, 'decimal');
        if (err) return err;
        // "1e" followed by a keyword-ish: number ends before the 'e'
        backup(e);
        return null;
      }
      const r = decimalTailFrom();
      if (typeof r !== 'number') return r;
      c = r;
    }
    if (c === 106 || c === 74) {
      c = nextc();
      const e = endOfNumber(c, 'imaginary');
      if (e) return e;
    } else {
      const e = endOfNumber(c, 'decimal');
      if (e) return e;
    }
    backup(c);
    return null;
  }
  // decimal tail where the current char (already consumed) is a digit
  function decimalTailFrom(): number | TokResult {
    return decimalTail();
  }
}

// ============================================================== literals

class DecodeError {
  constructor(readonly msg: string) {}
}

function parseNumberLiteral(raw: string): A.ConstantValue {
  const text = raw.replace(/_/g, '');
  const c1 = text[1];
  if (text[0] === '0' && c1 && /[xXoObB]/.test(c1)) {
    const radix = c1 === 'x' || c1 === 'X' ? '0x' : c1 === 'o' || c1 === 'O' ? '0o' : '0b';
    return { type: 'int', value: BigInt(radix + text.slice(2)) };
  }
  const last = text[text.length - 1];
  if (last === 'j' || last === 'J') return { type: 'complex', imag: Number(text.slice(0, -1)) };
  if (/[.eE]/.test(text)) return { type: 'float', value: Number(text) };
  if (text.length > 4300) {
    throw new DecodeError(
      `Exceeds the limit (4300 digits) for integer string conversion: value has ${text.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
    );
  }
  return { type: 'int', value: BigInt(text) };
}

/**
 * \N{...} support.  JavaScript has no Unicode name database, so heapsnake knows the
 * names of ~2000 commonly used characters (ASCII, Latin-1, Latin Extended-A,
 * combining marks, Greek, Cyrillic, punctuation and spaces, super/subscripts,
 * currency, letterlike, arrows, math operators, geometric shapes, misc symbols,
 * dingbats, emoticons - generated from Python 3.11's unicodedata), a few aliases,
 * and the algorithmic CJK names; other names are rejected with a PySyntaxError.
 */
const UNICODE_NAME_DATA =
  'SPACE:20|EXCLAMATION MARK:21|QUOTATION MARK:22|NUMBER SIGN:23|DOLLAR SIGN:24|PERCENT SIGN:25|AMPERSAND:26|APOS' +
  'TROPHE:27|LEFT PARENTHESIS:28|RIGHT PARENTHESIS:29|ASTERISK:2a|PLUS SIGN:2b|COMMA:2c|HYPHEN-MINUS:2d|FULL STOP' +
  ':2e|SOLIDUS:2f|DIGIT ZERO:30|DIGIT ONE:31|DIGIT TWO:32|DIGIT THREE:33|DIGIT FOUR:34|DIGIT FIVE:35|DIGIT SIX:36' +
  '|DIGIT SEVEN:37|DIGIT EIGHT:38|DIGIT NINE:39|COLON:3a|SEMICOLON:3b|LESS-THAN SIGN:3c|EQUALS SIGN:3d|GREATER-TH' +
  'AN SIGN:3e|QUESTION MARK:3f|COMMERCIAL AT:40|LATIN CAPITAL LETTER A:41|LATIN CAPITAL LETTER B:42|LATIN CAPITAL' +
  ' LETTER C:43|LATIN CAPITAL LETTER D:44|LATIN CAPITAL LETTER E:45|LATIN CAPITAL LETTER F:46|LATIN CAPITAL LETTE' +
  'R G:47|LATIN CAPITAL LETTER H:48|LATIN CAPITAL LETTER I:49|LATIN CAPITAL LETTER J:4a|LATIN CAPITAL LETTER K:4b' +
  '|LATIN CAPITAL LETTER L:4c|LATIN CAPITAL LETTER M:4d|LATIN CAPITAL LETTER N:4e|LATIN CAPITAL LETTER O:4f|LATIN' +
  ' CAPITAL LETTER P:50|LATIN CAPITAL LETTER Q:51|LATIN CAPITAL LETTER R:52|LATIN CAPITAL LETTER S:53|LATIN CAPIT' +
  'AL LETTER T:54|LATIN CAPITAL LETTER U:55|LATIN CAPITAL LETTER V:56|LATIN CAPITAL LETTER W:57|LATIN CAPITAL LET' +
  'TER X:58|LATIN CAPITAL LETTER Y:59|LATIN CAPITAL LETTER Z:5a|LEFT SQUARE BRACKET:5b|REVERSE SOLIDUS:5c|RIGHT S' +
  'QUARE BRACKET:5d|CIRCUMFLEX ACCENT:5e|LOW LINE:5f|GRAVE ACCENT:60|LATIN SMALL LETTER A:61|LATIN SMALL LETTER B' +
  ':62|LATIN SMALL LETTER C:63|LATIN SMALL LETTER D:64|LATIN SMALL LETTER E:65|LATIN SMALL LETTER F:66|LATIN SMAL' +
  'L LETTER G:67|LATIN SMALL LETTER H:68|LATIN SMALL LETTER I:69|LATIN SMALL LETTER J:6a|LATIN SMALL LETTER K:6b|' +
  'LATIN SMALL LETTER L:6c|LATIN SMALL LETTER M:6d|LATIN SMALL LETTER N:6e|LATIN SMALL LETTER O:6f|LATIN SMALL LE' +
  'TTER P:70|LATIN SMALL LETTER Q:71|LATIN SMALL LETTER R:72|LATIN SMALL LETTER S:73|LATIN SMALL LETTER T:74|LATI' +
  'N SMALL LETTER U:75|LATIN SMALL LETTER V:76|LATIN SMALL LETTER W:77|LATIN SMALL LETTER X:78|LATIN SMALL LETTER' +
  ' Y:79|LATIN SMALL LETTER Z:7a|LEFT CURLY BRACKET:7b|VERTICAL LINE:7c|RIGHT CURLY BRACKET:7d|TILDE:7e|NO-BREAK ' +
  'SPACE:a0|INVERTED EXCLAMATION MARK:a1|CENT SIGN:a2|POUND SIGN:a3|CURRENCY SIGN:a4|YEN SIGN:a5|BROKEN BAR:a6|SE' +
  'CTION SIGN:a7|DIAERESIS:a8|COPYRIGHT SIGN:a9|FEMININE ORDINAL INDICATOR:aa|LEFT-POINTING DOUBLE ANGLE QUOTATIO' +
  'N MARK:ab|NOT SIGN:ac|SOFT HYPHEN:ad|REGISTERED SIGN:ae|MACRON:af|DEGREE SIGN:b0|PLUS-MINUS SIGN:b1|SUPERSCRIP' +
  'T TWO:b2|SUPERSCRIPT THREE:b3|ACUTE ACCENT:b4|MICRO SIGN:b5|PILCROW SIGN:b6|MIDDLE DOT:b7|CEDILLA:b8|SUPERSCRI' +
  'PT ONE:b9|MASCULINE ORDINAL INDICATOR:ba|RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK:bb|VULGAR FRACTION ONE QUA' +
  'RTER:bc|VULGAR FRACTION ONE HALF:bd|VULGAR FRACTION THREE QUARTERS:be|INVERTED QUESTION MARK:bf|LATIN CAPITAL ' +
  'LETTER A WITH GRAVE:c0|LATIN CAPITAL LETTER A WITH ACUTE:c1|LATIN CAPITAL LETTER A WITH CIRCUMFLEX:c2|LATIN CA' +
  'PITAL LETTER A WITH TILDE:c3|LATIN CAPITAL LETTER A WITH DIAERESIS:c4|LATIN CAPITAL LETTER A WITH RING ABOVE:c' +
  '5|LATIN CAPITAL LETTER AE:c6|LATIN CAPITAL LETTER C WITH CEDILLA:c7|LATIN CAPITAL LETTER E WITH GRAVE:c8|LATIN' +
  ' CAPITAL LETTER E WITH ACUTE:c9|LATIN CAPITAL LETTER E WITH CIRCUMFLEX:ca|LATIN CAPITAL LETTER E WITH DIAERESI' +
  'S:cb|LATIN CAPITAL LETTER I WITH GRAVE:cc|LATIN CAPITAL LETTER I WITH ACUTE:cd|LATIN CAPITAL LETTER I WITH CIR' +
  'CUMFLEX:ce|LATIN CAPITAL LETTER I WITH DIAERESIS:cf|LATIN CAPITAL LETTER ETH:d0|LATIN CAPITAL LETTER N WITH TI' +
  'LDE:d1|LATIN CAPITAL LETTER O WITH GRAVE:d2|LATIN CAPITAL LETTER O WITH ACUTE:d3|LATIN CAPITAL LETTER O WITH C' +
  'IRCUMFLEX:d4|LATIN CAPITAL LETTER O WITH TILDE:d5|LATIN CAPITAL LETTER O WITH DIAERESIS:d6|MULTIPLICATION SIGN' +
  ':d7|LATIN CAPITAL LETTER O WITH STROKE:d8|LATIN CAPITAL LETTER U WITH GRAVE:d9|LATIN CAPITAL LETTER U WITH ACU' +
  'TE:da|LATIN CAPITAL LETTER U WITH CIRCUMFLEX:db|LATIN CAPITAL LETTER U WITH DIAERESIS:dc|LATIN CAPITAL LETTER ' +
  'Y WITH ACUTE:dd|LATIN CAPITAL LETTER THORN:de|LATIN SMALL LETTER SHARP S:df|LATIN SMALL LETTER A WITH GRAVE:e0' +
  '|LATIN SMALL LETTER A WITH ACUTE:e1|LATIN SMALL LETTER A WITH CIRCUMFLEX:e2|LATIN SMALL LETTER A WITH TILDE:e3' +
  '|LATIN SMALL LETTER A WITH DIAERESIS:e4|LATIN SMALL LETTER A WITH RING ABOVE:e5|LATIN SMALL LETTER AE:e6|LATIN' +
  ' SMALL LETTER C WITH CEDILLA:e7|LATIN SMALL LETTER E WITH GRAVE:e8|LATIN SMALL LETTER E WITH ACUTE:e9|LATIN SM' +
  'ALL LETTER E WITH CIRCUMFLEX:ea|LATIN SMALL LETTER E WITH DIAERESIS:eb|LATIN SMALL LETTER I WITH GRAVE:ec|LATI' +
  'N SMALL LETTER I WITH ACUTE:ed|LATIN SMALL LETTER I WITH CIRCUMFLEX:ee|LATIN SMALL LETTER I WITH DIAERESIS:ef|' +
  'LATIN SMALL LETTER ETH:f0|LATIN SMALL LETTER N WITH TILDE:f1|LATIN SMALL LETTER O WITH GRAVE:f2|LATIN SMALL LE' +
  'TTER O WITH ACUTE:f3|LATIN SMALL LETTER O WITH CIRCUMFLEX:f4|LATIN SMALL LETTER O WITH TILDE:f5|LATIN SMALL LE' +
  'TTER O WITH DIAERESIS:f6|DIVISION SIGN:f7|LATIN SMALL LETTER O WITH STROKE:f8|LATIN SMALL LETTER U WITH GRAVE:' +
  'f9|LATIN SMALL LETTER U WITH ACUTE:fa|LATIN SMALL LETTER U WITH CIRCUMFLEX:fb|LATIN SMALL LETTER U WITH DIAERE' +
  'SIS:fc|LATIN SMALL LETTER Y WITH ACUTE:fd|LATIN SMALL LETTER THORN:fe|LATIN SMALL LETTER Y WITH DIAERESIS:ff|L' +
  'ATIN CAPITAL LETTER A WITH MACRON:100|LATIN SMALL LETTER A WITH MACRON:101|LATIN CAPITAL LETTER A WITH BREVE:1' +
  '02|LATIN SMALL LETTER A WITH BREVE:103|LATIN CAPITAL LETTER A WITH OGONEK:104|LATIN SMALL LETTER A WITH OGONEK' +
  ':105|LATIN CAPITAL LETTER C WITH ACUTE:106|LATIN SMALL LETTER C WITH ACUTE:107|LATIN CAPITAL LETTER C WITH CIR' +
  'CUMFLEX:108|LATIN SMALL LETTER C WITH CIRCUMFLEX:109|LATIN CAPITAL LETTER C WITH DOT ABOVE:10a|LATIN SMALL LET' +
  'TER C WITH DOT ABOVE:10b|LATIN CAPITAL LETTER C WITH CARON:10c|LATIN SMALL LETTER C WITH CARON:10d|LATIN CAPIT' +
  'AL LETTER D WITH CARON:10e|LATIN SMALL LETTER D WITH CARON:10f|LATIN CAPITAL LETTER D WITH STROKE:110|LATIN SM' +
  'ALL LETTER D WITH STROKE:111|LATIN CAPITAL LETTER E WITH MACRON:112|LATIN SMALL LETTER E WITH MACRON:113|LATIN' +
  ' CAPITAL LETTER E WITH BREVE:114|LATIN SMALL LETTER E WITH BREVE:115|LATIN CAPITAL LETTER E WITH DOT ABOVE:116' +
  '|LATIN SMALL LETTER E WITH DOT ABOVE:117|LATIN CAPITAL LETTER E WITH OGONEK:118|LATIN SMALL LETTER E WITH OGON' +
  'EK:119|LATIN CAPITAL LETTER E WITH CARON:11a|LATIN SMALL LETTER E WITH CARON:11b|LATIN CAPITAL LETTER G WITH C' +
  'IRCUMFLEX:11c|LATIN SMALL LETTER G WITH CIRCUMFLEX:11d|LATIN CAPITAL LETTER G WITH BREVE:11e|LATIN SMALL LETTE' +
  'R G WITH BREVE:11f|LATIN CAPITAL LETTER G WITH DOT ABOVE:120|LATIN SMALL LETTER G WITH DOT ABOVE:121|LATIN CAP' +
  'ITAL LETTER G WITH CEDILLA:122|LATIN SMALL LETTER G WITH CEDILLA:123|LATIN CAPITAL LETTER H WITH CIRCUMFLEX:12' +
  '4|LATIN SMALL LETTER H WITH CIRCUMFLEX:125|LATIN CAPITAL LETTER H WITH STROKE:126|LATIN SMALL LETTER H WITH ST' +
  'ROKE:127|LATIN CAPITAL LETTER I WITH TILDE:128|LATIN SMALL LETTER I WITH TILDE:129|LATIN CAPITAL LETTER I WITH' +
  ' MACRON:12a|LATIN SMALL LETTER I WITH MACRON:12b|LATIN CAPITAL LETTER I WITH BREVE:12c|LATIN SMALL LETTER I WI' +
  'TH BREVE:12d|LATIN CAPITAL LETTER I WITH OGONEK:12e|LATIN SMALL LETTER I WITH OGONEK:12f|LATIN CAPITAL LETTER ' +
  'I WITH DOT ABOVE:130|LATIN SMALL LETTER DOTLESS I:131|LATIN CAPITAL LIGATURE IJ:132|LATIN SMALL LIGATURE IJ:13' +
  '3|LATIN CAPITAL LETTER J WITH CIRCUMFLEX:134|LATIN SMALL LETTER J WITH CIRCUMFLEX:135|LATIN CAPITAL LETTER K W' +
  'ITH CEDILLA:136|LATIN SMALL LETTER K WITH CEDILLA:137|LATIN SMALL LETTER KRA:138|LATIN CAPITAL LETTER L WITH A' +
  'CUTE:139|LATIN SMALL LETTER L WITH ACUTE:13a|LATIN CAPITAL LETTER L WITH CEDILLA:13b|LATIN SMALL LETTER L WITH' +
  ' CEDILLA:13c|LATIN CAPITAL LETTER L WITH CARON:13d|LATIN SMALL LETTER L WITH CARON:13e|LATIN CAPITAL LETTER L ' +
  'WITH MIDDLE DOT:13f|LATIN SMALL LETTER L WITH MIDDLE DOT:140|LATIN CAPITAL LETTER L WITH STROKE:141|LATIN SMAL' +
  'L LETTER L WITH STROKE:142|LATIN CAPITAL LETTER N WITH ACUTE:143|LATIN SMALL LETTER N WITH ACUTE:144|LATIN CAP' +
  'ITAL LETTER N WITH CEDILLA:145|LATIN SMALL LETTER N WITH CEDILLA:146|LATIN CAPITAL LETTER N WITH CARON:147|LAT' +
  'IN SMALL LETTER N WITH CARON:148|LATIN SMALL LETTER N PRECEDED BY APOSTROPHE:149|LATIN CAPITAL LETTER ENG:14a|' +
  'LATIN SMALL LETTER ENG:14b|LATIN CAPITAL LETTER O WITH MACRON:14c|LATIN SMALL LETTER O WITH MACRON:14d|LATIN C' +
  'APITAL LETTER O WITH BREVE:14e|LATIN SMALL LETTER O WITH BREVE:14f|LATIN CAPITAL LETTER O WITH DOUBLE ACUTE:15' +
  '0|LATIN SMALL LETTER O WITH DOUBLE ACUTE:151|LATIN CAPITAL LIGATURE OE:152|LATIN SMALL LIGATURE OE:153|LATIN C' +
  'APITAL LETTER R WITH ACUTE:154|LATIN SMALL LETTER R WITH ACUTE:155|LATIN CAPITAL LETTER R WITH CEDILLA:156|LAT' +
  'IN SMALL LETTER R WITH CEDILLA:157|LATIN CAPITAL LETTER R WITH CARON:158|LATIN SMALL LETTER R WITH CARON:159|L' +
  'ATIN CAPITAL LETTER S WITH ACUTE:15a|LATIN SMALL LETTER S WITH ACUTE:15b|LATIN CAPITAL LETTER S WITH CIRCUMFLE' +
  'X:15c|LATIN SMALL LETTER S WITH CIRCUMFLEX:15d|LATIN CAPITAL LETTER S WITH CEDILLA:15e|LATIN SMALL LETTER S WI' +
  'TH CEDILLA:15f|LATIN CAPITAL LETTER S WITH CARON:160|LATIN SMALL LETTER S WITH CARON:161|LATIN CAPITAL LETTER ' +
  'T WITH CEDILLA:162|LATIN SMALL LETTER T WITH CEDILLA:163|LATIN CAPITAL LETTER T WITH CARON:164|LATIN SMALL LET' +
  'TER T WITH CARON:165|LATIN CAPITAL LETTER T WITH STROKE:166|LATIN SMALL LETTER T WITH STROKE:167|LATIN CAPITAL' +
  ' LETTER U WITH TILDE:168|LATIN SMALL LETTER U WITH TILDE:169|LATIN CAPITAL LETTER U WITH MACRON:16a|LATIN SMAL' +
  'L LETTER U WITH MACRON:16b|LATIN CAPITAL LETTER U WITH BREVE:16c|LATIN SMALL LETTER U WITH BREVE:16d|LATIN CAP' +
  'ITAL LETTER U WITH RING ABOVE:16e|LATIN SMALL LETTER U WITH RING ABOVE:16f|LATIN CAPITAL LETTER U WITH DOUBLE ' +
  'ACUTE:170|LATIN SMALL LETTER U WITH DOUBLE ACUTE:171|LATIN CAPITAL LETTER U WITH OGONEK:172|LATIN SMALL LETTER' +
  ' U WITH OGONEK:173|LATIN CAPITAL LETTER W WITH CIRCUMFLEX:174|LATIN SMALL LETTER W WITH CIRCUMFLEX:175|LATIN C' +
  'APITAL LETTER Y WITH CIRCUMFLEX:176|LATIN SMALL LETTER Y WITH CIRCUMFLEX:177|LATIN CAPITAL LETTER Y WITH DIAER' +
  'ESIS:178|LATIN CAPITAL LETTER Z WITH ACUTE:179|LATIN SMALL LETTER Z WITH ACUTE:17a|LATIN CAPITAL LETTER Z WITH' +
  ' DOT ABOVE:17b|LATIN SMALL LETTER Z WITH DOT ABOVE:17c|LATIN CAPITAL LETTER Z WITH CARON:17d|LATIN SMALL LETTE' +
  'R Z WITH CARON:17e|LATIN SMALL LETTER LONG S:17f|COMBINING GRAVE ACCENT:300|COMBINING ACUTE ACCENT:301|COMBINI' +
  'NG CIRCUMFLEX ACCENT:302|COMBINING TILDE:303|COMBINING MACRON:304|COMBINING OVERLINE:305|COMBINING BREVE:306|C' +
  'OMBINING DOT ABOVE:307|COMBINING DIAERESIS:308|COMBINING HOOK ABOVE:309|COMBINING RING ABOVE:30a|COMBINING DOU' +
  'BLE ACUTE ACCENT:30b|COMBINING CARON:30c|COMBINING VERTICAL LINE ABOVE:30d|COMBINING DOUBLE VERTICAL LINE ABOV' +
  'E:30e|COMBINING DOUBLE GRAVE ACCENT:30f|COMBINING CANDRABINDU:310|COMBINING INVERTED BREVE:311|COMBINING TURNE' +
  'D COMMA ABOVE:312|COMBINING COMMA ABOVE:313|COMBINING REVERSED COMMA ABOVE:314|COMBINING COMMA ABOVE RIGHT:315' +
  '|COMBINING GRAVE ACCENT BELOW:316|COMBINING ACUTE ACCENT BELOW:317|COMBINING LEFT TACK BELOW:318|COMBINING RIG' +
  'HT TACK BELOW:319|COMBINING LEFT ANGLE ABOVE:31a|COMBINING HORN:31b|COMBINING LEFT HALF RING BELOW:31c|COMBINI' +
  'NG UP TACK BELOW:31d|COMBINING DOWN TACK BELOW:31e|COMBINING PLUS SIGN BELOW:31f|COMBINING MINUS SIGN BELOW:32' +
  '0|COMBINING PALATALIZED HOOK BELOW:321|COMBINING RETROFLEX HOOK BELOW:322|COMBINING DOT BELOW:323|COMBINING DI' +
  'AERESIS BELOW:324|COMBINING RING BELOW:325|COMBINING COMMA BELOW:326|COMBINING CEDILLA:327|COMBINING OGONEK:32' +
  '8|COMBINING VERTICAL LINE BELOW:329|COMBINING BRIDGE BELOW:32a|COMBINING INVERTED DOUBLE ARCH BELOW:32b|COMBIN' +
  'ING CARON BELOW:32c|COMBINING CIRCUMFLEX ACCENT BELOW:32d|COMBINING BREVE BELOW:32e|COMBINING INVERTED BREVE B' +
  'ELOW:32f|COMBINING TILDE BELOW:330|COMBINING MACRON BELOW:331|COMBINING LOW LINE:332|COMBINING DOUBLE LOW LINE' +
  ':333|COMBINING TILDE OVERLAY:334|COMBINING SHORT STROKE OVERLAY:335|COMBINING LONG STROKE OVERLAY:336|COMBININ' +
  'G SHORT SOLIDUS OVERLAY:337|COMBINING LONG SOLIDUS OVERLAY:338|COMBINING RIGHT HALF RING BELOW:339|COMBINING I' +
  'NVERTED BRIDGE BELOW:33a|COMBINING SQUARE BELOW:33b|COMBINING SEAGULL BELOW:33c|COMBINING X ABOVE:33d|COMBININ' +
  'G VERTICAL TILDE:33e|COMBINING DOUBLE OVERLINE:33f|COMBINING GRAVE TONE MARK:340|COMBINING ACUTE TONE MARK:341' +
  '|COMBINING GREEK PERISPOMENI:342|COMBINING GREEK KORONIS:343|COMBINING GREEK DIALYTIKA TONOS:344|COMBINING GRE' +
  'EK YPOGEGRAMMENI:345|COMBINING BRIDGE ABOVE:346|COMBINING EQUALS SIGN BELOW:347|COMBINING DOUBLE VERTICAL LINE' +
  ' BELOW:348|COMBINING LEFT ANGLE BELOW:349|COMBINING NOT TILDE ABOVE:34a|COMBINING HOMOTHETIC ABOVE:34b|COMBINI' +
  'NG ALMOST EQUAL TO ABOVE:34c|COMBINING LEFT RIGHT ARROW BELOW:34d|COMBINING UPWARDS ARROW BELOW:34e|COMBINING ' +
  'GRAPHEME JOINER:34f|COMBINING RIGHT ARROWHEAD ABOVE:350|COMBINING LEFT HALF RING ABOVE:351|COMBINING FERMATA:3' +
  '52|COMBINING X BELOW:353|COMBINING LEFT ARROWHEAD BELOW:354|COMBINING RIGHT ARROWHEAD BELOW:355|COMBINING RIGH' +
  'T ARROWHEAD AND UP ARROWHEAD BELOW:356|COMBINING RIGHT HALF RING ABOVE:357|COMBINING DOT ABOVE RIGHT:358|COMBI' +
  'NING ASTERISK BELOW:359|COMBINING DOUBLE RING BELOW:35a|COMBINING ZIGZAG ABOVE:35b|COMBINING DOUBLE BREVE BELO' +
  'W:35c|COMBINING DOUBLE BREVE:35d|COMBINING DOUBLE MACRON:35e|COMBINING DOUBLE MACRON BELOW:35f|COMBINING DOUBL' +
  'E TILDE:360|COMBINING DOUBLE INVERTED BREVE:361|COMBINING DOUBLE RIGHTWARDS ARROW BELOW:362|COMBINING LATIN SM' +
  'ALL LETTER A:363|COMBINING LATIN SMALL LETTER E:364|COMBINING LATIN SMALL LETTER I:365|COMBINING LATIN SMALL L' +
  'ETTER O:366|COMBINING LATIN SMALL LETTER U:367|COMBINING LATIN SMALL LETTER C:368|COMBINING LATIN SMALL LETTER' +
  ' D:369|COMBINING LATIN SMALL LETTER H:36a|COMBINING LATIN SMALL LETTER M:36b|COMBINING LATIN SMALL LETTER R:36' +
  'c|COMBINING LATIN SMALL LETTER T:36d|COMBINING LATIN SMALL LETTER V:36e|COMBINING LATIN SMALL LETTER X:36f|GRE' +
  'EK CAPITAL LETTER ALPHA:391|GREEK CAPITAL LETTER BETA:392|GREEK CAPITAL LETTER GAMMA:393|GREEK CAPITAL LETTER ' +
  'DELTA:394|GREEK CAPITAL LETTER EPSILON:395|GREEK CAPITAL LETTER ZETA:396|GREEK CAPITAL LETTER ETA:397|GREEK CA' +
  'PITAL LETTER THETA:398|GREEK CAPITAL LETTER IOTA:399|GREEK CAPITAL LETTER KAPPA:39a|GREEK CAPITAL LETTER LAMDA' +
  ':39b|GREEK CAPITAL LETTER MU:39c|GREEK CAPITAL LETTER NU:39d|GREEK CAPITAL LETTER XI:39e|GREEK CAPITAL LETTER ' +
  'OMICRON:39f|GREEK CAPITAL LETTER PI:3a0|GREEK CAPITAL LETTER RHO:3a1|GREEK CAPITAL LETTER SIGMA:3a3|GREEK CAPI' +
  'TAL LETTER TAU:3a4|GREEK CAPITAL LETTER UPSILON:3a5|GREEK CAPITAL LETTER PHI:3a6|GREEK CAPITAL LETTER CHI:3a7|' +
  'GREEK CAPITAL LETTER PSI:3a8|GREEK CAPITAL LETTER OMEGA:3a9|GREEK CAPITAL LETTER IOTA WITH DIALYTIKA:3aa|GREEK' +
  ' CAPITAL LETTER UPSILON WITH DIALYTIKA:3ab|GREEK SMALL LETTER ALPHA WITH TONOS:3ac|GREEK SMALL LETTER EPSILON ' +
  'WITH TONOS:3ad|GREEK SMALL LETTER ETA WITH TONOS:3ae|GREEK SMALL LETTER IOTA WITH TONOS:3af|GREEK SMALL LETTER' +
  ' UPSILON WITH DIALYTIKA AND TONOS:3b0|GREEK SMALL LETTER ALPHA:3b1|GREEK SMALL LETTER BETA:3b2|GREEK SMALL LET' +
  'TER GAMMA:3b3|GREEK SMALL LETTER DELTA:3b4|GREEK SMALL LETTER EPSILON:3b5|GREEK SMALL LETTER ZETA:3b6|GREEK SM' +
  'ALL LETTER ETA:3b7|GREEK SMALL LETTER THETA:3b8|GREEK SMALL LETTER IOTA:3b9|GREEK SMALL LETTER KAPPA:3ba|GREEK' +
  ' SMALL LETTER LAMDA:3bb|GREEK SMALL LETTER MU:3bc|GREEK SMALL LETTER NU:3bd|GREEK SMALL LETTER XI:3be|GREEK SM' +
  'ALL LETTER OMICRON:3bf|GREEK SMALL LETTER PI:3c0|GREEK SMALL LETTER RHO:3c1|GREEK SMALL LETTER FINAL SIGMA:3c2' +
  '|GREEK SMALL LETTER SIGMA:3c3|GREEK SMALL LETTER TAU:3c4|GREEK SMALL LETTER UPSILON:3c5|GREEK SMALL LETTER PHI' +
  ':3c6|GREEK SMALL LETTER CHI:3c7|GREEK SMALL LETTER PSI:3c8|GREEK SMALL LETTER OMEGA:3c9|GREEK BETA SYMBOL:3d0|' +
  'GREEK THETA SYMBOL:3d1|GREEK UPSILON WITH HOOK SYMBOL:3d2|GREEK UPSILON WITH ACUTE AND HOOK SYMBOL:3d3|GREEK U' +
  'PSILON WITH DIAERESIS AND HOOK SYMBOL:3d4|GREEK PHI SYMBOL:3d5|GREEK PI SYMBOL:3d6|CYRILLIC CAPITAL LETTER IE ' +
  'WITH GRAVE:400|CYRILLIC CAPITAL LETTER IO:401|CYRILLIC CAPITAL LETTER DJE:402|CYRILLIC CAPITAL LETTER GJE:403|' +
  'CYRILLIC CAPITAL LETTER UKRAINIAN IE:404|CYRILLIC CAPITAL LETTER DZE:405|CYRILLIC CAPITAL LETTER BYELORUSSIAN-' +
  'UKRAINIAN I:406|CYRILLIC CAPITAL LETTER YI:407|CYRILLIC CAPITAL LETTER JE:408|CYRILLIC CAPITAL LETTER LJE:409|' +
  'CYRILLIC CAPITAL LETTER NJE:40a|CYRILLIC CAPITAL LETTER TSHE:40b|CYRILLIC CAPITAL LETTER KJE:40c|CYRILLIC CAPI' +
  'TAL LETTER I WITH GRAVE:40d|CYRILLIC CAPITAL LETTER SHORT U:40e|CYRILLIC CAPITAL LETTER DZHE:40f|CYRILLIC CAPI' +
  'TAL LETTER A:410|CYRILLIC CAPITAL LETTER BE:411|CYRILLIC CAPITAL LETTER VE:412|CYRILLIC CAPITAL LETTER GHE:413' +
  '|CYRILLIC CAPITAL LETTER DE:414|CYRILLIC CAPITAL LETTER IE:415|CYRILLIC CAPITAL LETTER ZHE:416|CYRILLIC CAPITA' +
  'L LETTER ZE:417|CYRILLIC CAPITAL LETTER I:418|CYRILLIC CAPITAL LETTER SHORT I:419|CYRILLIC CAPITAL LETTER KA:4' +
  '1a|CYRILLIC CAPITAL LETTER EL:41b|CYRILLIC CAPITAL LETTER EM:41c|CYRILLIC CAPITAL LETTER EN:41d|CYRILLIC CAPIT' +
  'AL LETTER O:41e|CYRILLIC CAPITAL LETTER PE:41f|CYRILLIC CAPITAL LETTER ER:420|CYRILLIC CAPITAL LETTER ES:421|C' +
  'YRILLIC CAPITAL LETTER TE:422|CYRILLIC CAPITAL LETTER U:423|CYRILLIC CAPITAL LETTER EF:424|CYRILLIC CAPITAL LE' +
  'TTER HA:425|CYRILLIC CAPITAL LETTER TSE:426|CYRILLIC CAPITAL LETTER CHE:427|CYRILLIC CAPITAL LETTER SHA:428|CY' +
  'RILLIC CAPITAL LETTER SHCHA:429|CYRILLIC CAPITAL LETTER HARD SIGN:42a|CYRILLIC CAPITAL LETTER YERU:42b|CYRILLI' +
  'C CAPITAL LETTER SOFT SIGN:42c|CYRILLIC CAPITAL LETTER E:42d|CYRILLIC CAPITAL LETTER YU:42e|CYRILLIC CAPITAL L' +
  'ETTER YA:42f|CYRILLIC SMALL LETTER A:430|CYRILLIC SMALL LETTER BE:431|CYRILLIC SMALL LETTER VE:432|CYRILLIC SM' +
  'ALL LETTER GHE:433|CYRILLIC SMALL LETTER DE:434|CYRILLIC SMALL LETTER IE:435|CYRILLIC SMALL LETTER ZHE:436|CYR' +
  'ILLIC SMALL LETTER ZE:437|CYRILLIC SMALL LETTER I:438|CYRILLIC SMALL LETTER SHORT I:439|CYRILLIC SMALL LETTER ' +
  'KA:43a|CYRILLIC SMALL LETTER EL:43b|CYRILLIC SMALL LETTER EM:43c|CYRILLIC SMALL LETTER EN:43d|CYRILLIC SMALL L' +
  'ETTER O:43e|CYRILLIC SMALL LETTER PE:43f|CYRILLIC SMALL LETTER ER:440|CYRILLIC SMALL LETTER ES:441|CYRILLIC SM' +
  'ALL LETTER TE:442|CYRILLIC SMALL LETTER U:443|CYRILLIC SMALL LETTER EF:444|CYRILLIC SMALL LETTER HA:445|CYRILL' +
  'IC SMALL LETTER TSE:446|CYRILLIC SMALL LETTER CHE:447|CYRILLIC SMALL LETTER SHA:448|CYRILLIC SMALL LETTER SHCH' +
  'A:449|CYRILLIC SMALL LETTER HARD SIGN:44a|CYRILLIC SMALL LETTER YERU:44b|CYRILLIC SMALL LETTER SOFT SIGN:44c|C' +
  'YRILLIC SMALL LETTER E:44d|CYRILLIC SMALL LETTER YU:44e|CYRILLIC SMALL LETTER YA:44f|CYRILLIC SMALL LETTER IE ' +
  'WITH GRAVE:450|CYRILLIC SMALL LETTER IO:451|CYRILLIC SMALL LETTER DJE:452|CYRILLIC SMALL LETTER GJE:453|CYRILL' +
  'IC SMALL LETTER UKRAINIAN IE:454|CYRILLIC SMALL LETTER DZE:455|CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I:' +
  '456|CYRILLIC SMALL LETTER YI:457|CYRILLIC SMALL LETTER JE:458|CYRILLIC SMALL LETTER LJE:459|CYRILLIC SMALL LET' +
  'TER NJE:45a|CYRILLIC SMALL LETTER TSHE:45b|CYRILLIC SMALL LETTER KJE:45c|CYRILLIC SMALL LETTER I WITH GRAVE:45' +
  'd|CYRILLIC SMALL LETTER SHORT U:45e|CYRILLIC SMALL LETTER DZHE:45f|EN QUAD:2000|EM QUAD:2001|EN SPACE:2002|EM ' +
  'SPACE:2003|THREE-PER-EM SPACE:2004|FOUR-PER-EM SPACE:2005|SIX-PER-EM SPACE:2006|FIGURE SPACE:2007|PUNCTUATION ' +
  'SPACE:2008|THIN SPACE:2009|HAIR SPACE:200a|ZERO WIDTH SPACE:200b|ZERO WIDTH NON-JOINER:200c|ZERO WIDTH JOINER:' +
  '200d|LEFT-TO-RIGHT MARK:200e|RIGHT-TO-LEFT MARK:200f|HYPHEN:2010|NON-BREAKING HYPHEN:2011|FIGURE DASH:2012|EN ' +
  'DASH:2013|EM DASH:2014|HORIZONTAL BAR:2015|DOUBLE VERTICAL LINE:2016|DOUBLE LOW LINE:2017|LEFT SINGLE QUOTATIO' +
  'N MARK:2018|RIGHT SINGLE QUOTATION MARK:2019|SINGLE LOW-9 QUOTATION MARK:201a|SINGLE HIGH-REVERSED-9 QUOTATION' +
  ' MARK:201b|LEFT DOUBLE QUOTATION MARK:201c|RIGHT DOUBLE QUOTATION MARK:201d|DOUBLE LOW-9 QUOTATION MARK:201e|D' +
  'OUBLE HIGH-REVERSED-9 QUOTATION MARK:201f|DAGGER:2020|DOUBLE DAGGER:2021|BULLET:2022|TRIANGULAR BULLET:2023|ON' +
  'E DOT LEADER:2024|TWO DOT LEADER:2025|HORIZONTAL ELLIPSIS:2026|HYPHENATION POINT:2027|LINE SEPARATOR:2028|PARA' +
  'GRAPH SEPARATOR:2029|LEFT-TO-RIGHT EMBEDDING:202a|RIGHT-TO-LEFT EMBEDDING:202b|POP DIRECTIONAL FORMATTING:202c' +
  '|LEFT-TO-RIGHT OVERRIDE:202d|RIGHT-TO-LEFT OVERRIDE:202e|NARROW NO-BREAK SPACE:202f|PER MILLE SIGN:2030|PER TE' +
  'N THOUSAND SIGN:2031|PRIME:2032|DOUBLE PRIME:2033|TRIPLE PRIME:2034|REVERSED PRIME:2035|REVERSED DOUBLE PRIME:' +
  '2036|REVERSED TRIPLE PRIME:2037|CARET:2038|SINGLE LEFT-POINTING ANGLE QUOTATION MARK:2039|SINGLE RIGHT-POINTIN' +
  'G ANGLE QUOTATION MARK:203a|REFERENCE MARK:203b|DOUBLE EXCLAMATION MARK:203c|INTERROBANG:203d|OVERLINE:203e|UN' +
  'DERTIE:203f|CHARACTER TIE:2040|CARET INSERTION POINT:2041|ASTERISM:2042|HYPHEN BULLET:2043|FRACTION SLASH:2044' +
  '|LEFT SQUARE BRACKET WITH QUILL:2045|RIGHT SQUARE BRACKET WITH QUILL:2046|DOUBLE QUESTION MARK:2047|QUESTION E' +
  'XCLAMATION MARK:2048|EXCLAMATION QUESTION MARK:2049|TIRONIAN SIGN ET:204a|REVERSED PILCROW SIGN:204b|BLACK LEF' +
  'TWARDS BULLET:204c|BLACK RIGHTWARDS BULLET:204d|LOW ASTERISK:204e|REVERSED SEMICOLON:204f|CLOSE UP:2050|TWO AS' +
  'TERISKS ALIGNED VERTICALLY:2051|COMMERCIAL MINUS SIGN:2052|SWUNG DASH:2053|INVERTED UNDERTIE:2054|FLOWER PUNCT' +
  'UATION MARK:2055|THREE DOT PUNCTUATION:2056|QUADRUPLE PRIME:2057|FOUR DOT PUNCTUATION:2058|FIVE DOT PUNCTUATIO' +
  'N:2059|TWO DOT PUNCTUATION:205a|FOUR DOT MARK:205b|DOTTED CROSS:205c|TRICOLON:205d|VERTICAL FOUR DOTS:205e|SUP' +
  'ERSCRIPT ZERO:2070|SUPERSCRIPT LATIN SMALL LETTER I:2071|SUPERSCRIPT FOUR:2074|SUPERSCRIPT FIVE:2075|SUPERSCRI' +
  'PT SIX:2076|SUPERSCRIPT SEVEN:2077|SUPERSCRIPT EIGHT:2078|SUPERSCRIPT NINE:2079|SUPERSCRIPT PLUS SIGN:207a|SUP' +
  'ERSCRIPT MINUS:207b|SUPERSCRIPT EQUALS SIGN:207c|SUPERSCRIPT LEFT PARENTHESIS:207d|SUPERSCRIPT RIGHT PARENTHES' +
  'IS:207e|SUPERSCRIPT LATIN SMALL LETTER N:207f|SUBSCRIPT ZERO:2080|SUBSCRIPT ONE:2081|SUBSCRIPT TWO:2082|SUBSCR' +
  'IPT THREE:2083|SUBSCRIPT FOUR:2084|SUBSCRIPT FIVE:2085|SUBSCRIPT SIX:2086|SUBSCRIPT SEVEN:2087|SUBSCRIPT EIGHT' +
  ':2088|SUBSCRIPT NINE:2089|SUBSCRIPT PLUS SIGN:208a|SUBSCRIPT MINUS:208b|SUBSCRIPT EQUALS SIGN:208c|SUBSCRIPT L' +
  'EFT PARENTHESIS:208d|SUBSCRIPT RIGHT PARENTHESIS:208e|LATIN SUBSCRIPT SMALL LETTER A:2090|LATIN SUBSCRIPT SMAL' +
  'L LETTER E:2091|LATIN SUBSCRIPT SMALL LETTER O:2092|LATIN SUBSCRIPT SMALL LETTER X:2093|LATIN SUBSCRIPT SMALL ' +
  'LETTER SCHWA:2094|LATIN SUBSCRIPT SMALL LETTER H:2095|LATIN SUBSCRIPT SMALL LETTER K:2096|LATIN SUBSCRIPT SMAL' +
  'L LETTER L:2097|LATIN SUBSCRIPT SMALL LETTER M:2098|LATIN SUBSCRIPT SMALL LETTER N:2099|LATIN SUBSCRIPT SMALL ' +
  'LETTER P:209a|LATIN SUBSCRIPT SMALL LETTER S:209b|LATIN SUBSCRIPT SMALL LETTER T:209c|EURO-CURRENCY SIGN:20a0|' +
  'COLON SIGN:20a1|CRUZEIRO SIGN:20a2|FRENCH FRANC SIGN:20a3|LIRA SIGN:20a4|MILL SIGN:20a5|NAIRA SIGN:20a6|PESETA' +
  ' SIGN:20a7|RUPEE SIGN:20a8|WON SIGN:20a9|NEW SHEQEL SIGN:20aa|DONG SIGN:20ab|EURO SIGN:20ac|KIP SIGN:20ad|TUGR' +
  'IK SIGN:20ae|DRACHMA SIGN:20af|GERMAN PENNY SIGN:20b0|PESO SIGN:20b1|GUARANI SIGN:20b2|AUSTRAL SIGN:20b3|HRYVN' +
  'IA SIGN:20b4|CEDI SIGN:20b5|LIVRE TOURNOIS SIGN:20b6|SPESMILO SIGN:20b7|TENGE SIGN:20b8|INDIAN RUPEE SIGN:20b9' +
  '|TURKISH LIRA SIGN:20ba|NORDIC MARK SIGN:20bb|MANAT SIGN:20bc|RUBLE SIGN:20bd|LARI SIGN:20be|BITCOIN SIGN:20bf' +
  '|SOM SIGN:20c0|ACCOUNT OF:2100|ADDRESSED TO THE SUBJECT:2101|DOUBLE-STRUCK CAPITAL C:2102|DEGREE CELSIUS:2103|' +
  'CENTRE LINE SYMBOL:2104|CARE OF:2105|CADA UNA:2106|EULER CONSTANT:2107|SCRUPLE:2108|DEGREE FAHRENHEIT:2109|SCR' +
  'IPT SMALL G:210a|SCRIPT CAPITAL H:210b|BLACK-LETTER CAPITAL H:210c|DOUBLE-STRUCK CAPITAL H:210d|PLANCK CONSTAN' +
  'T:210e|PLANCK CONSTANT OVER TWO PI:210f|SCRIPT CAPITAL I:2110|BLACK-LETTER CAPITAL I:2111|SCRIPT CAPITAL L:211' +
  '2|SCRIPT SMALL L:2113|L B BAR SYMBOL:2114|DOUBLE-STRUCK CAPITAL N:2115|NUMERO SIGN:2116|SOUND RECORDING COPYRI' +
  'GHT:2117|SCRIPT CAPITAL P:2118|DOUBLE-STRUCK CAPITAL P:2119|DOUBLE-STRUCK CAPITAL Q:211a|SCRIPT CAPITAL R:211b' +
  '|BLACK-LETTER CAPITAL R:211c|DOUBLE-STRUCK CAPITAL R:211d|PRESCRIPTION TAKE:211e|RESPONSE:211f|SERVICE MARK:21' +
  '20|TELEPHONE SIGN:2121|TRADE MARK SIGN:2122|VERSICLE:2123|DOUBLE-STRUCK CAPITAL Z:2124|OUNCE SIGN:2125|OHM SIG' +
  'N:2126|INVERTED OHM SIGN:2127|BLACK-LETTER CAPITAL Z:2128|TURNED GREEK SMALL LETTER IOTA:2129|KELVIN SIGN:212a' +
  '|ANGSTROM SIGN:212b|SCRIPT CAPITAL B:212c|BLACK-LETTER CAPITAL C:212d|ESTIMATED SYMBOL:212e|SCRIPT SMALL E:212' +
  'f|SCRIPT CAPITAL E:2130|SCRIPT CAPITAL F:2131|TURNED CAPITAL F:2132|SCRIPT CAPITAL M:2133|SCRIPT SMALL O:2134|' +
  'ALEF SYMBOL:2135|BET SYMBOL:2136|GIMEL SYMBOL:2137|DALET SYMBOL:2138|INFORMATION SOURCE:2139|ROTATED CAPITAL Q' +
  ':213a|FACSIMILE SIGN:213b|DOUBLE-STRUCK SMALL PI:213c|DOUBLE-STRUCK SMALL GAMMA:213d|DOUBLE-STRUCK CAPITAL GAM' +
  'MA:213e|DOUBLE-STRUCK CAPITAL PI:213f|DOUBLE-STRUCK N-ARY SUMMATION:2140|TURNED SANS-SERIF CAPITAL G:2141|TURN' +
  'ED SANS-SERIF CAPITAL L:2142|REVERSED SANS-SERIF CAPITAL L:2143|TURNED SANS-SERIF CAPITAL Y:2144|DOUBLE-STRUCK' +
  ' ITALIC CAPITAL D:2145|DOUBLE-STRUCK ITALIC SMALL D:2146|DOUBLE-STRUCK ITALIC SMALL E:2147|DOUBLE-STRUCK ITALI' +
  'C SMALL I:2148|DOUBLE-STRUCK ITALIC SMALL J:2149|PROPERTY LINE:214a|TURNED AMPERSAND:214b|PER SIGN:214c|AKTIES' +
  'ELSKAB:214d|TURNED SMALL F:214e|SYMBOL FOR SAMARITAN SOURCE:214f|LEFTWARDS ARROW:2190|UPWARDS ARROW:2191|RIGHT' +
  'WARDS ARROW:2192|DOWNWARDS ARROW:2193|LEFT RIGHT ARROW:2194|UP DOWN ARROW:2195|NORTH WEST ARROW:2196|NORTH EAS' +
  'T ARROW:2197|SOUTH EAST ARROW:2198|SOUTH WEST ARROW:2199|LEFTWARDS ARROW WITH STROKE:219a|RIGHTWARDS ARROW WIT' +
  'H STROKE:219b|LEFTWARDS WAVE ARROW:219c|RIGHTWARDS WAVE ARROW:219d|LEFTWARDS TWO HEADED ARROW:219e|UPWARDS TWO' +
  ' HEADED ARROW:219f|RIGHTWARDS TWO HEADED ARROW:21a0|DOWNWARDS TWO HEADED ARROW:21a1|LEFTWARDS ARROW WITH TAIL:' +
  '21a2|RIGHTWARDS ARROW WITH TAIL:21a3|LEFTWARDS ARROW FROM BAR:21a4|UPWARDS ARROW FROM BAR:21a5|RIGHTWARDS ARRO' +
  'W FROM BAR:21a6|DOWNWARDS ARROW FROM BAR:21a7|UP DOWN ARROW WITH BASE:21a8|LEFTWARDS ARROW WITH HOOK:21a9|RIGH' +
  'TWARDS ARROW WITH HOOK:21aa|LEFTWARDS ARROW WITH LOOP:21ab|RIGHTWARDS ARROW WITH LOOP:21ac|LEFT RIGHT WAVE ARR' +
  'OW:21ad|LEFT RIGHT ARROW WITH STROKE:21ae|DOWNWARDS ZIGZAG ARROW:21af|UPWARDS ARROW WITH TIP LEFTWARDS:21b0|UP' +
  'WARDS ARROW WITH TIP RIGHTWARDS:21b1|DOWNWARDS ARROW WITH TIP LEFTWARDS:21b2|DOWNWARDS ARROW WITH TIP RIGHTWAR' +
  'DS:21b3|RIGHTWARDS ARROW WITH CORNER DOWNWARDS:21b4|DOWNWARDS ARROW WITH CORNER LEFTWARDS:21b5|ANTICLOCKWISE T' +
  'OP SEMICIRCLE ARROW:21b6|CLOCKWISE TOP SEMICIRCLE ARROW:21b7|NORTH WEST ARROW TO LONG BAR:21b8|LEFTWARDS ARROW' +
  ' TO BAR OVER RIGHTWARDS ARROW TO BAR:21b9|ANTICLOCKWISE OPEN CIRCLE ARROW:21ba|CLOCKWISE OPEN CIRCLE ARROW:21b' +
  'b|LEFTWARDS HARPOON WITH BARB UPWARDS:21bc|LEFTWARDS HARPOON WITH BARB DOWNWARDS:21bd|UPWARDS HARPOON WITH BAR' +
  'B RIGHTWARDS:21be|UPWARDS HARPOON WITH BARB LEFTWARDS:21bf|RIGHTWARDS HARPOON WITH BARB UPWARDS:21c0|RIGHTWARD' +
  'S HARPOON WITH BARB DOWNWARDS:21c1|DOWNWARDS HARPOON WITH BARB RIGHTWARDS:21c2|DOWNWARDS HARPOON WITH BARB LEF' +
  'TWARDS:21c3|RIGHTWARDS ARROW OVER LEFTWARDS ARROW:21c4|UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW:21c5|LEFTWAR' +
  'DS ARROW OVER RIGHTWARDS ARROW:21c6|LEFTWARDS PAIRED ARROWS:21c7|UPWARDS PAIRED ARROWS:21c8|RIGHTWARDS PAIRED ' +
  'ARROWS:21c9|DOWNWARDS PAIRED ARROWS:21ca|LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON:21cb|RIGHTWARDS HARPOON OVE' +
  'R LEFTWARDS HARPOON:21cc|LEFTWARDS DOUBLE ARROW WITH STROKE:21cd|LEFT RIGHT DOUBLE ARROW WITH STROKE:21ce|RIGH' +
  'TWARDS DOUBLE ARROW WITH STROKE:21cf|LEFTWARDS DOUBLE ARROW:21d0|UPWARDS DOUBLE ARROW:21d1|RIGHTWARDS DOUBLE A' +
  'RROW:21d2|DOWNWARDS DOUBLE ARROW:21d3|LEFT RIGHT DOUBLE ARROW:21d4|UP DOWN DOUBLE ARROW:21d5|NORTH WEST DOUBLE' +
  ' ARROW:21d6|NORTH EAST DOUBLE ARROW:21d7|SOUTH EAST DOUBLE ARROW:21d8|SOUTH WEST DOUBLE ARROW:21d9|LEFTWARDS T' +
  'RIPLE ARROW:21da|RIGHTWARDS TRIPLE ARROW:21db|LEFTWARDS SQUIGGLE ARROW:21dc|RIGHTWARDS SQUIGGLE ARROW:21dd|UPW' +
  'ARDS ARROW WITH DOUBLE STROKE:21de|DOWNWARDS ARROW WITH DOUBLE STROKE:21df|LEFTWARDS DASHED ARROW:21e0|UPWARDS' +
  ' DASHED ARROW:21e1|RIGHTWARDS DASHED ARROW:21e2|DOWNWARDS DASHED ARROW:21e3|LEFTWARDS ARROW TO BAR:21e4|RIGHTW' +
  'ARDS ARROW TO BAR:21e5|LEFTWARDS WHITE ARROW:21e6|UPWARDS WHITE ARROW:21e7|RIGHTWARDS WHITE ARROW:21e8|DOWNWAR' +
  'DS WHITE ARROW:21e9|UPWARDS WHITE ARROW FROM BAR:21ea|UPWARDS WHITE ARROW ON PEDESTAL:21eb|UPWARDS WHITE ARROW' +
  ' ON PEDESTAL WITH HORIZONTAL BAR:21ec|UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR:21ed|UPWARDS WHITE DOU' +
  'BLE ARROW:21ee|UPWARDS WHITE DOUBLE ARROW ON PEDESTAL:21ef|RIGHTWARDS WHITE ARROW FROM WALL:21f0|NORTH WEST AR' +
  'ROW TO CORNER:21f1|SOUTH EAST ARROW TO CORNER:21f2|UP DOWN WHITE ARROW:21f3|RIGHT ARROW WITH SMALL CIRCLE:21f4' +
  '|DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW:21f5|THREE RIGHTWARDS ARROWS:21f6|LEFTWARDS ARROW WITH VERTICAL ST' +
  'ROKE:21f7|RIGHTWARDS ARROW WITH VERTICAL STROKE:21f8|LEFT RIGHT ARROW WITH VERTICAL STROKE:21f9|LEFTWARDS ARRO' +
  'W WITH DOUBLE VERTICAL STROKE:21fa|RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE:21fb|LEFT RIGHT ARROW WITH DOU' +
  'BLE VERTICAL STROKE:21fc|LEFTWARDS OPEN-HEADED ARROW:21fd|RIGHTWARDS OPEN-HEADED ARROW:21fe|LEFT RIGHT OPEN-HE' +
  'ADED ARROW:21ff|FOR ALL:2200|COMPLEMENT:2201|PARTIAL DIFFERENTIAL:2202|THERE EXISTS:2203|THERE DOES NOT EXIST:' +
  '2204|EMPTY SET:2205|INCREMENT:2206|NABLA:2207|ELEMENT OF:2208|NOT AN ELEMENT OF:2209|SMALL ELEMENT OF:220a|CON' +
  'TAINS AS MEMBER:220b|DOES NOT CONTAIN AS MEMBER:220c|SMALL CONTAINS AS MEMBER:220d|END OF PROOF:220e|N-ARY PRO' +
  'DUCT:220f|N-ARY COPRODUCT:2210|N-ARY SUMMATION:2211|MINUS SIGN:2212|MINUS-OR-PLUS SIGN:2213|DOT PLUS:2214|DIVI' +
  'SION SLASH:2215|SET MINUS:2216|ASTERISK OPERATOR:2217|RING OPERATOR:2218|BULLET OPERATOR:2219|SQUARE ROOT:221a' +
  '|CUBE ROOT:221b|FOURTH ROOT:221c|PROPORTIONAL TO:221d|INFINITY:221e|RIGHT ANGLE:221f|ANGLE:2220|MEASURED ANGLE' +
  ':2221|SPHERICAL ANGLE:2222|DIVIDES:2223|DOES NOT DIVIDE:2224|PARALLEL TO:2225|NOT PARALLEL TO:2226|LOGICAL AND' +
  ':2227|LOGICAL OR:2228|INTERSECTION:2229|UNION:222a|INTEGRAL:222b|DOUBLE INTEGRAL:222c|TRIPLE INTEGRAL:222d|CON' +
  'TOUR INTEGRAL:222e|SURFACE INTEGRAL:222f|VOLUME INTEGRAL:2230|CLOCKWISE INTEGRAL:2231|CLOCKWISE CONTOUR INTEGR' +
  'AL:2232|ANTICLOCKWISE CONTOUR INTEGRAL:2233|THEREFORE:2234|BECAUSE:2235|RATIO:2236|PROPORTION:2237|DOT MINUS:2' +
  '238|EXCESS:2239|GEOMETRIC PROPORTION:223a|HOMOTHETIC:223b|TILDE OPERATOR:223c|REVERSED TILDE:223d|INVERTED LAZ' +
  'Y S:223e|SINE WAVE:223f|WREATH PRODUCT:2240|NOT TILDE:2241|MINUS TILDE:2242|ASYMPTOTICALLY EQUAL TO:2243|NOT A' +
  'SYMPTOTICALLY EQUAL TO:2244|APPROXIMATELY EQUAL TO:2245|APPROXIMATELY BUT NOT ACTUALLY EQUAL TO:2246|NEITHER A' +
  'PPROXIMATELY NOR ACTUALLY EQUAL TO:2247|ALMOST EQUAL TO:2248|NOT ALMOST EQUAL TO:2249|ALMOST EQUAL OR EQUAL TO' +
  ':224a|TRIPLE TILDE:224b|ALL EQUAL TO:224c|EQUIVALENT TO:224d|GEOMETRICALLY EQUIVALENT TO:224e|DIFFERENCE BETWE' +
  'EN:224f|APPROACHES THE LIMIT:2250|GEOMETRICALLY EQUAL TO:2251|APPROXIMATELY EQUAL TO OR THE IMAGE OF:2252|IMAG' +
  'E OF OR APPROXIMATELY EQUAL TO:2253|COLON EQUALS:2254|EQUALS COLON:2255|RING IN EQUAL TO:2256|RING EQUAL TO:22' +
  '57|CORRESPONDS TO:2258|ESTIMATES:2259|EQUIANGULAR TO:225a|STAR EQUALS:225b|DELTA EQUAL TO:225c|EQUAL TO BY DEF' +
  'INITION:225d|MEASURED BY:225e|QUESTIONED EQUAL TO:225f|NOT EQUAL TO:2260|IDENTICAL TO:2261|NOT IDENTICAL TO:22' +
  '62|STRICTLY EQUIVALENT TO:2263|LESS-THAN OR EQUAL TO:2264|GREATER-THAN OR EQUAL TO:2265|LESS-THAN OVER EQUAL T' +
  'O:2266|GREATER-THAN OVER EQUAL TO:2267|LESS-THAN BUT NOT EQUAL TO:2268|GREATER-THAN BUT NOT EQUAL TO:2269|MUCH' +
  ' LESS-THAN:226a|MUCH GREATER-THAN:226b|BETWEEN:226c|NOT EQUIVALENT TO:226d|NOT LESS-THAN:226e|NOT GREATER-THAN' +
  ':226f|NEITHER LESS-THAN NOR EQUAL TO:2270|NEITHER GREATER-THAN NOR EQUAL TO:2271|LESS-THAN OR EQUIVALENT TO:22' +
  '72|GREATER-THAN OR EQUIVALENT TO:2273|NEITHER LESS-THAN NOR EQUIVALENT TO:2274|NEITHER GREATER-THAN NOR EQUIVA' +
  'LENT TO:2275|LESS-THAN OR GREATER-THAN:2276|GREATER-THAN OR LESS-THAN:2277|NEITHER LESS-THAN NOR GREATER-THAN:' +
  '2278|NEITHER GREATER-THAN NOR LESS-THAN:2279|PRECEDES:227a|SUCCEEDS:227b|PRECEDES OR EQUAL TO:227c|SUCCEEDS OR' +
  ' EQUAL TO:227d|PRECEDES OR EQUIVALENT TO:227e|SUCCEEDS OR EQUIVALENT TO:227f|DOES NOT PRECEDE:2280|DOES NOT SU' +
  'CCEED:2281|SUBSET OF:2282|SUPERSET OF:2283|NOT A SUBSET OF:2284|NOT A SUPERSET OF:2285|SUBSET OF OR EQUAL TO:2' +
  '286|SUPERSET OF OR EQUAL TO:2287|NEITHER A SUBSET OF NOR EQUAL TO:2288|NEITHER A SUPERSET OF NOR EQUAL TO:2289' +
  '|SUBSET OF WITH NOT EQUAL TO:228a|SUPERSET OF WITH NOT EQUAL TO:228b|MULTISET:228c|MULTISET MULTIPLICATION:228' +
  'd|MULTISET UNION:228e|SQUARE IMAGE OF:228f|SQUARE ORIGINAL OF:2290|SQUARE IMAGE OF OR EQUAL TO:2291|SQUARE ORI' +
  'GINAL OF OR EQUAL TO:2292|SQUARE CAP:2293|SQUARE CUP:2294|CIRCLED PLUS:2295|CIRCLED MINUS:2296|CIRCLED TIMES:2' +
  '297|CIRCLED DIVISION SLASH:2298|CIRCLED DOT OPERATOR:2299|CIRCLED RING OPERATOR:229a|CIRCLED ASTERISK OPERATOR' +
  ':229b|CIRCLED EQUALS:229c|CIRCLED DASH:229d|SQUARED PLUS:229e|SQUARED MINUS:229f|SQUARED TIMES:22a0|SQUARED DO' +
  'T OPERATOR:22a1|RIGHT TACK:22a2|LEFT TACK:22a3|DOWN TACK:22a4|UP TACK:22a5|ASSERTION:22a6|MODELS:22a7|TRUE:22a' +
  '8|FORCES:22a9|TRIPLE VERTICAL BAR RIGHT TURNSTILE:22aa|DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE:22ab|DOES NO' +
  'T PROVE:22ac|NOT TRUE:22ad|DOES NOT FORCE:22ae|NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE:22af|PRECEDE' +
  'S UNDER RELATION:22b0|SUCCEEDS UNDER RELATION:22b1|NORMAL SUBGROUP OF:22b2|CONTAINS AS NORMAL SUBGROUP:22b3|NO' +
  'RMAL SUBGROUP OF OR EQUAL TO:22b4|CONTAINS AS NORMAL SUBGROUP OR EQUAL TO:22b5|ORIGINAL OF:22b6|IMAGE OF:22b7|' +
  'MULTIMAP:22b8|HERMITIAN CONJUGATE MATRIX:22b9|INTERCALATE:22ba|XOR:22bb|NAND:22bc|NOR:22bd|RIGHT ANGLE WITH AR' +
  'C:22be|RIGHT TRIANGLE:22bf|N-ARY LOGICAL AND:22c0|N-ARY LOGICAL OR:22c1|N-ARY INTERSECTION:22c2|N-ARY UNION:22' +
  'c3|DIAMOND OPERATOR:22c4|DOT OPERATOR:22c5|STAR OPERATOR:22c6|DIVISION TIMES:22c7|BOWTIE:22c8|LEFT NORMAL FACT' +
  'OR SEMIDIRECT PRODUCT:22c9|RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT:22ca|LEFT SEMIDIRECT PRODUCT:22cb|RIGHT SEMI' +
  'DIRECT PRODUCT:22cc|REVERSED TILDE EQUALS:22cd|CURLY LOGICAL OR:22ce|CURLY LOGICAL AND:22cf|DOUBLE SUBSET:22d0' +
  '|DOUBLE SUPERSET:22d1|DOUBLE INTERSECTION:22d2|DOUBLE UNION:22d3|PITCHFORK:22d4|EQUAL AND PARALLEL TO:22d5|LES' +
  'S-THAN WITH DOT:22d6|GREATER-THAN WITH DOT:22d7|VERY MUCH LESS-THAN:22d8|VERY MUCH GREATER-THAN:22d9|LESS-THAN' +
  ' EQUAL TO OR GREATER-THAN:22da|GREATER-THAN EQUAL TO OR LESS-THAN:22db|EQUAL TO OR LESS-THAN:22dc|EQUAL TO OR ' +
  'GREATER-THAN:22dd|EQUAL TO OR PRECEDES:22de|EQUAL TO OR SUCCEEDS:22df|DOES NOT PRECEDE OR EQUAL:22e0|DOES NOT ' +
  'SUCCEED OR EQUAL:22e1|NOT SQUARE IMAGE OF OR EQUAL TO:22e2|NOT SQUARE ORIGINAL OF OR EQUAL TO:22e3|SQUARE IMAG' +
  'E OF OR NOT EQUAL TO:22e4|SQUARE ORIGINAL OF OR NOT EQUAL TO:22e5|LESS-THAN BUT NOT EQUIVALENT TO:22e6|GREATER' +
  '-THAN BUT NOT EQUIVALENT TO:22e7|PRECEDES BUT NOT EQUIVALENT TO:22e8|SUCCEEDS BUT NOT EQUIVALENT TO:22e9|NOT N' +
  'ORMAL SUBGROUP OF:22ea|DOES NOT CONTAIN AS NORMAL SUBGROUP:22eb|NOT NORMAL SUBGROUP OF OR EQUAL TO:22ec|DOES N' +
  'OT CONTAIN AS NORMAL SUBGROUP OR EQUAL:22ed|VERTICAL ELLIPSIS:22ee|MIDLINE HORIZONTAL ELLIPSIS:22ef|UP RIGHT D' +
  'IAGONAL ELLIPSIS:22f0|DOWN RIGHT DIAGONAL ELLIPSIS:22f1|ELEMENT OF WITH LONG HORIZONTAL STROKE:22f2|ELEMENT OF' +
  ' WITH VERTICAL BAR AT END OF HORIZONTAL STROKE:22f3|SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL ST' +
  'ROKE:22f4|ELEMENT OF WITH DOT ABOVE:22f5|ELEMENT OF WITH OVERBAR:22f6|SMALL ELEMENT OF WITH OVERBAR:22f7|ELEME' +
  'NT OF WITH UNDERBAR:22f8|ELEMENT OF WITH TWO HORIZONTAL STROKES:22f9|CONTAINS WITH LONG HORIZONTAL STROKE:22fa' +
  '|CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE:22fb|SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZO' +
  'NTAL STROKE:22fc|CONTAINS WITH OVERBAR:22fd|SMALL CONTAINS WITH OVERBAR:22fe|Z NOTATION BAG MEMBERSHIP:22ff|DI' +
  'AMETER SIGN:2300|ELECTRIC ARROW:2301|HOUSE:2302|UP ARROWHEAD:2303|DOWN ARROWHEAD:2304|PROJECTIVE:2305|PERSPECT' +
  'IVE:2306|WAVY LINE:2307|LEFT CEILING:2308|RIGHT CEILING:2309|LEFT FLOOR:230a|RIGHT FLOOR:230b|BOTTOM RIGHT CRO' +
  'P:230c|BOTTOM LEFT CROP:230d|TOP RIGHT CROP:230e|TOP LEFT CROP:230f|REVERSED NOT SIGN:2310|SQUARE LOZENGE:2311' +
  '|ARC:2312|SEGMENT:2313|SECTOR:2314|TELEPHONE RECORDER:2315|POSITION INDICATOR:2316|VIEWDATA SQUARE:2317|PLACE ' +
  'OF INTEREST SIGN:2318|TURNED NOT SIGN:2319|WATCH:231a|HOURGLASS:231b|BLACK SQUARE:25a0|WHITE SQUARE:25a1|WHITE' +
  ' SQUARE WITH ROUNDED CORNERS:25a2|WHITE SQUARE CONTAINING BLACK SMALL SQUARE:25a3|SQUARE WITH HORIZONTAL FILL:' +
  '25a4|SQUARE WITH VERTICAL FILL:25a5|SQUARE WITH ORTHOGONAL CROSSHATCH FILL:25a6|SQUARE WITH UPPER LEFT TO LOWE' +
  'R RIGHT FILL:25a7|SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL:25a8|SQUARE WITH DIAGONAL CROSSHATCH FILL:25a9|BL' +
  'ACK SMALL SQUARE:25aa|WHITE SMALL SQUARE:25ab|BLACK RECTANGLE:25ac|WHITE RECTANGLE:25ad|BLACK VERTICAL RECTANG' +
  'LE:25ae|WHITE VERTICAL RECTANGLE:25af|BLACK PARALLELOGRAM:25b0|WHITE PARALLELOGRAM:25b1|BLACK UP-POINTING TRIA' +
  'NGLE:25b2|WHITE UP-POINTING TRIANGLE:25b3|BLACK UP-POINTING SMALL TRIANGLE:25b4|WHITE UP-POINTING SMALL TRIANG' +
  'LE:25b5|BLACK RIGHT-POINTING TRIANGLE:25b6|WHITE RIGHT-POINTING TRIANGLE:25b7|BLACK RIGHT-POINTING SMALL TRIAN' +
  'GLE:25b8|WHITE RIGHT-POINTING SMALL TRIANGLE:25b9|BLACK RIGHT-POINTING POINTER:25ba|WHITE RIGHT-POINTING POINT' +
  'ER:25bb|BLACK DOWN-POINTING TRIANGLE:25bc|WHITE DOWN-POINTING TRIANGLE:25bd|BLACK DOWN-POINTING SMALL TRIANGLE' +
  ':25be|WHITE DOWN-POINTING SMALL TRIANGLE:25bf|BLACK LEFT-POINTING TRIANGLE:25c0|WHITE LEFT-POINTING TRIANGLE:2' +
  '5c1|BLACK LEFT-POINTING SMALL TRIANGLE:25c2|WHITE LEFT-POINTING SMALL TRIANGLE:25c3|BLACK LEFT-POINTING POINTE' +
  'R:25c4|WHITE LEFT-POINTING POINTER:25c5|BLACK DIAMOND:25c6|WHITE DIAMOND:25c7|WHITE DIAMOND CONTAINING BLACK S' +
  'MALL DIAMOND:25c8|FISHEYE:25c9|LOZENGE:25ca|WHITE CIRCLE:25cb|DOTTED CIRCLE:25cc|CIRCLE WITH VERTICAL FILL:25c' +
  'd|BULLSEYE:25ce|BLACK CIRCLE:25cf|CIRCLE WITH LEFT HALF BLACK:25d0|CIRCLE WITH RIGHT HALF BLACK:25d1|CIRCLE WI' +
  'TH LOWER HALF BLACK:25d2|CIRCLE WITH UPPER HALF BLACK:25d3|CIRCLE WITH UPPER RIGHT QUADRANT BLACK:25d4|CIRCLE ' +
  'WITH ALL BUT UPPER LEFT QUADRANT BLACK:25d5|LEFT HALF BLACK CIRCLE:25d6|RIGHT HALF BLACK CIRCLE:25d7|INVERSE B' +
  'ULLET:25d8|INVERSE WHITE CIRCLE:25d9|UPPER HALF INVERSE WHITE CIRCLE:25da|LOWER HALF INVERSE WHITE CIRCLE:25db' +
  '|UPPER LEFT QUADRANT CIRCULAR ARC:25dc|UPPER RIGHT QUADRANT CIRCULAR ARC:25dd|LOWER RIGHT QUADRANT CIRCULAR AR' +
  'C:25de|LOWER LEFT QUADRANT CIRCULAR ARC:25df|UPPER HALF CIRCLE:25e0|LOWER HALF CIRCLE:25e1|BLACK LOWER RIGHT T' +
  'RIANGLE:25e2|BLACK LOWER LEFT TRIANGLE:25e3|BLACK UPPER LEFT TRIANGLE:25e4|BLACK UPPER RIGHT TRIANGLE:25e5|WHI' +
  'TE BULLET:25e6|SQUARE WITH LEFT HALF BLACK:25e7|SQUARE WITH RIGHT HALF BLACK:25e8|SQUARE WITH UPPER LEFT DIAGO' +
  'NAL HALF BLACK:25e9|SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK:25ea|WHITE SQUARE WITH VERTICAL BISECTING LINE' +
  ':25eb|WHITE UP-POINTING TRIANGLE WITH DOT:25ec|UP-POINTING TRIANGLE WITH LEFT HALF BLACK:25ed|UP-POINTING TRIA' +
  'NGLE WITH RIGHT HALF BLACK:25ee|LARGE CIRCLE:25ef|WHITE SQUARE WITH UPPER LEFT QUADRANT:25f0|WHITE SQUARE WITH' +
  ' LOWER LEFT QUADRANT:25f1|WHITE SQUARE WITH LOWER RIGHT QUADRANT:25f2|WHITE SQUARE WITH UPPER RIGHT QUADRANT:2' +
  '5f3|WHITE CIRCLE WITH UPPER LEFT QUADRANT:25f4|WHITE CIRCLE WITH LOWER LEFT QUADRANT:25f5|WHITE CIRCLE WITH LO' +
  'WER RIGHT QUADRANT:25f6|WHITE CIRCLE WITH UPPER RIGHT QUADRANT:25f7|UPPER LEFT TRIANGLE:25f8|UPPER RIGHT TRIAN' +
  'GLE:25f9|LOWER LEFT TRIANGLE:25fa|WHITE MEDIUM SQUARE:25fb|BLACK MEDIUM SQUARE:25fc|WHITE MEDIUM SMALL SQUARE:' +
  '25fd|BLACK MEDIUM SMALL SQUARE:25fe|LOWER RIGHT TRIANGLE:25ff|BLACK SUN WITH RAYS:2600|CLOUD:2601|UMBRELLA:260' +
  '2|SNOWMAN:2603|COMET:2604|BLACK STAR:2605|WHITE STAR:2606|LIGHTNING:2607|THUNDERSTORM:2608|SUN:2609|ASCENDING ' +
  'NODE:260a|DESCENDING NODE:260b|CONJUNCTION:260c|OPPOSITION:260d|BLACK TELEPHONE:260e|WHITE TELEPHONE:260f|BALL' +
  'OT BOX:2610|BALLOT BOX WITH CHECK:2611|BALLOT BOX WITH X:2612|SALTIRE:2613|UMBRELLA WITH RAIN DROPS:2614|HOT B' +
  'EVERAGE:2615|WHITE SHOGI PIECE:2616|BLACK SHOGI PIECE:2617|SHAMROCK:2618|REVERSED ROTATED FLORAL HEART BULLET:' +
  '2619|BLACK LEFT POINTING INDEX:261a|BLACK RIGHT POINTING INDEX:261b|WHITE LEFT POINTING INDEX:261c|WHITE UP PO' +
  'INTING INDEX:261d|WHITE RIGHT POINTING INDEX:261e|WHITE DOWN POINTING INDEX:261f|SKULL AND CROSSBONES:2620|CAU' +
  'TION SIGN:2621|RADIOACTIVE SIGN:2622|BIOHAZARD SIGN:2623|CADUCEUS:2624|ANKH:2625|ORTHODOX CROSS:2626|CHI RHO:2' +
  '627|CROSS OF LORRAINE:2628|CROSS OF JERUSALEM:2629|STAR AND CRESCENT:262a|FARSI SYMBOL:262b|ADI SHAKTI:262c|HA' +
  'MMER AND SICKLE:262d|PEACE SYMBOL:262e|YIN YANG:262f|TRIGRAM FOR HEAVEN:2630|TRIGRAM FOR LAKE:2631|TRIGRAM FOR' +
  ' FIRE:2632|TRIGRAM FOR THUNDER:2633|TRIGRAM FOR WIND:2634|TRIGRAM FOR WATER:2635|TRIGRAM FOR MOUNTAIN:2636|TRI' +
  'GRAM FOR EARTH:2637|WHEEL OF DHARMA:2638|WHITE FROWNING FACE:2639|WHITE SMILING FACE:263a|BLACK SMILING FACE:2' +
  '63b|WHITE SUN WITH RAYS:263c|FIRST QUARTER MOON:263d|LAST QUARTER MOON:263e|MERCURY:263f|FEMALE SIGN:2640|EART' +
  'H:2641|MALE SIGN:2642|JUPITER:2643|SATURN:2644|URANUS:2645|NEPTUNE:2646|PLUTO:2647|ARIES:2648|TAURUS:2649|GEMI' +
  'NI:264a|CANCER:264b|LEO:264c|VIRGO:264d|LIBRA:264e|SCORPIUS:264f|SAGITTARIUS:2650|CAPRICORN:2651|AQUARIUS:2652' +
  '|PISCES:2653|WHITE CHESS KING:2654|WHITE CHESS QUEEN:2655|WHITE CHESS ROOK:2656|WHITE CHESS BISHOP:2657|WHITE ' +
  'CHESS KNIGHT:2658|WHITE CHESS PAWN:2659|BLACK CHESS KING:265a|BLACK CHESS QUEEN:265b|BLACK CHESS ROOK:265c|BLA' +
  'CK CHESS BISHOP:265d|BLACK CHESS KNIGHT:265e|BLACK CHESS PAWN:265f|BLACK SPADE SUIT:2660|WHITE HEART SUIT:2661' +
  '|WHITE DIAMOND SUIT:2662|BLACK CLUB SUIT:2663|WHITE SPADE SUIT:2664|BLACK HEART SUIT:2665|BLACK DIAMOND SUIT:2' +
  '666|WHITE CLUB SUIT:2667|HOT SPRINGS:2668|QUARTER NOTE:2669|EIGHTH NOTE:266a|BEAMED EIGHTH NOTES:266b|BEAMED S' +
  'IXTEENTH NOTES:266c|MUSIC FLAT SIGN:266d|MUSIC NATURAL SIGN:266e|MUSIC SHARP SIGN:266f|WEST SYRIAC CROSS:2670|' +
  'EAST SYRIAC CROSS:2671|UNIVERSAL RECYCLING SYMBOL:2672|RECYCLING SYMBOL FOR TYPE-1 PLASTICS:2673|RECYCLING SYM' +
  'BOL FOR TYPE-2 PLASTICS:2674|RECYCLING SYMBOL FOR TYPE-3 PLASTICS:2675|RECYCLING SYMBOL FOR TYPE-4 PLASTICS:26' +
  '76|RECYCLING SYMBOL FOR TYPE-5 PLASTICS:2677|RECYCLING SYMBOL FOR TYPE-6 PLASTICS:2678|RECYCLING SYMBOL FOR TY' +
  'PE-7 PLASTICS:2679|RECYCLING SYMBOL FOR GENERIC MATERIALS:267a|BLACK UNIVERSAL RECYCLING SYMBOL:267b|RECYCLED ' +
  'PAPER SYMBOL:267c|PARTIALLY-RECYCLED PAPER SYMBOL:267d|PERMANENT PAPER SIGN:267e|WHEELCHAIR SYMBOL:267f|DIE FA' +
  'CE-1:2680|DIE FACE-2:2681|DIE FACE-3:2682|DIE FACE-4:2683|DIE FACE-5:2684|DIE FACE-6:2685|WHITE CIRCLE WITH DO' +
  'T RIGHT:2686|WHITE CIRCLE WITH TWO DOTS:2687|BLACK CIRCLE WITH WHITE DOT RIGHT:2688|BLACK CIRCLE WITH TWO WHIT' +
  'E DOTS:2689|MONOGRAM FOR YANG:268a|MONOGRAM FOR YIN:268b|DIGRAM FOR GREATER YANG:268c|DIGRAM FOR LESSER YIN:26' +
  '8d|DIGRAM FOR LESSER YANG:268e|DIGRAM FOR GREATER YIN:268f|WHITE FLAG:2690|BLACK FLAG:2691|HAMMER AND PICK:269' +
  '2|ANCHOR:2693|CROSSED SWORDS:2694|STAFF OF AESCULAPIUS:2695|SCALES:2696|ALEMBIC:2697|FLOWER:2698|GEAR:2699|STA' +
  'FF OF HERMES:269a|ATOM SYMBOL:269b|FLEUR-DE-LIS:269c|OUTLINED WHITE STAR:269d|THREE LINES CONVERGING RIGHT:269' +
  'e|THREE LINES CONVERGING LEFT:269f|WARNING SIGN:26a0|HIGH VOLTAGE SIGN:26a1|DOUBLED FEMALE SIGN:26a2|DOUBLED M' +
  'ALE SIGN:26a3|INTERLOCKED FEMALE AND MALE SIGN:26a4|MALE AND FEMALE SIGN:26a5|MALE WITH STROKE SIGN:26a6|MALE ' +
  'WITH STROKE AND MALE AND FEMALE SIGN:26a7|VERTICAL MALE WITH STROKE SIGN:26a8|HORIZONTAL MALE WITH STROKE SIGN' +
  ':26a9|MEDIUM WHITE CIRCLE:26aa|MEDIUM BLACK CIRCLE:26ab|MEDIUM SMALL WHITE CIRCLE:26ac|MARRIAGE SYMBOL:26ad|DI' +
  'VORCE SYMBOL:26ae|UNMARRIED PARTNERSHIP SYMBOL:26af|COFFIN:26b0|FUNERAL URN:26b1|NEUTER:26b2|CERES:26b3|PALLAS' +
  ':26b4|JUNO:26b5|VESTA:26b6|CHIRON:26b7|BLACK MOON LILITH:26b8|SEXTILE:26b9|SEMISEXTILE:26ba|QUINCUNX:26bb|SESQ' +
  'UIQUADRATE:26bc|SOCCER BALL:26bd|BASEBALL:26be|SQUARED KEY:26bf|WHITE DRAUGHTS MAN:26c0|WHITE DRAUGHTS KING:26' +
  'c1|BLACK DRAUGHTS MAN:26c2|BLACK DRAUGHTS KING:26c3|SNOWMAN WITHOUT SNOW:26c4|SUN BEHIND CLOUD:26c5|RAIN:26c6|' +
  'BLACK SNOWMAN:26c7|THUNDER CLOUD AND RAIN:26c8|TURNED WHITE SHOGI PIECE:26c9|TURNED BLACK SHOGI PIECE:26ca|WHI' +
  'TE DIAMOND IN SQUARE:26cb|CROSSING LANES:26cc|DISABLED CAR:26cd|OPHIUCHUS:26ce|PICK:26cf|CAR SLIDING:26d0|HELM' +
  'ET WITH WHITE CROSS:26d1|CIRCLED CROSSING LANES:26d2|CHAINS:26d3|NO ENTRY:26d4|ALTERNATE ONE-WAY LEFT WAY TRAF' +
  'FIC:26d5|BLACK TWO-WAY LEFT WAY TRAFFIC:26d6|WHITE TWO-WAY LEFT WAY TRAFFIC:26d7|BLACK LEFT LANE MERGE:26d8|WH' +
  'ITE LEFT LANE MERGE:26d9|DRIVE SLOW SIGN:26da|HEAVY WHITE DOWN-POINTING TRIANGLE:26db|LEFT CLOSED ENTRY:26dc|S' +
  'QUARED SALTIRE:26dd|FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE:26de|BLACK TRUCK:26df|RESTRICTED LEFT ENT' +
  'RY-1:26e0|RESTRICTED LEFT ENTRY-2:26e1|ASTRONOMICAL SYMBOL FOR URANUS:26e2|HEAVY CIRCLE WITH STROKE AND TWO DO' +
  'TS ABOVE:26e3|PENTAGRAM:26e4|RIGHT-HANDED INTERLACED PENTAGRAM:26e5|LEFT-HANDED INTERLACED PENTAGRAM:26e6|INVE' +
  'RTED PENTAGRAM:26e7|BLACK CROSS ON SHIELD:26e8|SHINTO SHRINE:26e9|CHURCH:26ea|CASTLE:26eb|HISTORIC SITE:26ec|G' +
  'EAR WITHOUT HUB:26ed|GEAR WITH HANDLES:26ee|MAP SYMBOL FOR LIGHTHOUSE:26ef|MOUNTAIN:26f0|UMBRELLA ON GROUND:26' +
  'f1|FOUNTAIN:26f2|FLAG IN HOLE:26f3|FERRY:26f4|SAILBOAT:26f5|SQUARE FOUR CORNERS:26f6|SKIER:26f7|ICE SKATE:26f8' +
  '|PERSON WITH BALL:26f9|TENT:26fa|JAPANESE BANK SYMBOL:26fb|HEADSTONE GRAVEYARD SYMBOL:26fc|FUEL PUMP:26fd|CUP ' +
  'ON BLACK SQUARE:26fe|WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE:26ff|BLACK SAFETY SCISSORS:2700|UPPER BLAD' +
  'E SCISSORS:2701|BLACK SCISSORS:2702|LOWER BLADE SCISSORS:2703|WHITE SCISSORS:2704|WHITE HEAVY CHECK MARK:2705|' +
  'TELEPHONE LOCATION SIGN:2706|TAPE DRIVE:2707|AIRPLANE:2708|ENVELOPE:2709|RAISED FIST:270a|RAISED HAND:270b|VIC' +
  'TORY HAND:270c|WRITING HAND:270d|LOWER RIGHT PENCIL:270e|PENCIL:270f|UPPER RIGHT PENCIL:2710|WHITE NIB:2711|BL' +
  'ACK NIB:2712|CHECK MARK:2713|HEAVY CHECK MARK:2714|MULTIPLICATION X:2715|HEAVY MULTIPLICATION X:2716|BALLOT X:' +
  '2717|HEAVY BALLOT X:2718|OUTLINED GREEK CROSS:2719|HEAVY GREEK CROSS:271a|OPEN CENTRE CROSS:271b|HEAVY OPEN CE' +
  'NTRE CROSS:271c|LATIN CROSS:271d|SHADOWED WHITE LATIN CROSS:271e|OUTLINED LATIN CROSS:271f|MALTESE CROSS:2720|' +
  'STAR OF DAVID:2721|FOUR TEARDROP-SPOKED ASTERISK:2722|FOUR BALLOON-SPOKED ASTERISK:2723|HEAVY FOUR BALLOON-SPO' +
  'KED ASTERISK:2724|FOUR CLUB-SPOKED ASTERISK:2725|BLACK FOUR POINTED STAR:2726|WHITE FOUR POINTED STAR:2727|SPA' +
  'RKLES:2728|STRESS OUTLINED WHITE STAR:2729|CIRCLED WHITE STAR:272a|OPEN CENTRE BLACK STAR:272b|BLACK CENTRE WH' +
  'ITE STAR:272c|OUTLINED BLACK STAR:272d|HEAVY OUTLINED BLACK STAR:272e|PINWHEEL STAR:272f|SHADOWED WHITE STAR:2' +
  '730|HEAVY ASTERISK:2731|OPEN CENTRE ASTERISK:2732|EIGHT SPOKED ASTERISK:2733|EIGHT POINTED BLACK STAR:2734|EIG' +
  'HT POINTED PINWHEEL STAR:2735|SIX POINTED BLACK STAR:2736|EIGHT POINTED RECTILINEAR BLACK STAR:2737|HEAVY EIGH' +
  'T POINTED RECTILINEAR BLACK STAR:2738|TWELVE POINTED BLACK STAR:2739|SIXTEEN POINTED ASTERISK:273a|TEARDROP-SP' +
  'OKED ASTERISK:273b|OPEN CENTRE TEARDROP-SPOKED ASTERISK:273c|HEAVY TEARDROP-SPOKED ASTERISK:273d|SIX PETALLED ' +
  'BLACK AND WHITE FLORETTE:273e|BLACK FLORETTE:273f|WHITE FLORETTE:2740|EIGHT PETALLED OUTLINED BLACK FLORETTE:2' +
  '741|CIRCLED OPEN CENTRE EIGHT POINTED STAR:2742|HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK:2743|SNOWFLAKE:2744|TI' +
  'GHT TRIFOLIATE SNOWFLAKE:2745|HEAVY CHEVRON SNOWFLAKE:2746|SPARKLE:2747|HEAVY SPARKLE:2748|BALLOON-SPOKED ASTE' +
  'RISK:2749|EIGHT TEARDROP-SPOKED PROPELLER ASTERISK:274a|HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK:274b|CR' +
  'OSS MARK:274c|SHADOWED WHITE CIRCLE:274d|NEGATIVE SQUARED CROSS MARK:274e|LOWER RIGHT DROP-SHADOWED WHITE SQUA' +
  'RE:274f|UPPER RIGHT DROP-SHADOWED WHITE SQUARE:2750|LOWER RIGHT SHADOWED WHITE SQUARE:2751|UPPER RIGHT SHADOWE' +
  'D WHITE SQUARE:2752|BLACK QUESTION MARK ORNAMENT:2753|WHITE QUESTION MARK ORNAMENT:2754|WHITE EXCLAMATION MARK' +
  ' ORNAMENT:2755|BLACK DIAMOND MINUS WHITE X:2756|HEAVY EXCLAMATION MARK SYMBOL:2757|LIGHT VERTICAL BAR:2758|MED' +
  'IUM VERTICAL BAR:2759|HEAVY VERTICAL BAR:275a|HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT:275b|HEAVY SIN' +
  'GLE COMMA QUOTATION MARK ORNAMENT:275c|HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT:275d|HEAVY DOUBLE COM' +
  'MA QUOTATION MARK ORNAMENT:275e|HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT:275f|HEAVY LOW DOUBLE COMMA QUO' +
  'TATION MARK ORNAMENT:2760|CURVED STEM PARAGRAPH SIGN ORNAMENT:2761|HEAVY EXCLAMATION MARK ORNAMENT:2762|HEAVY ' +
  'HEART EXCLAMATION MARK ORNAMENT:2763|HEAVY BLACK HEART:2764|ROTATED HEAVY BLACK HEART BULLET:2765|FLORAL HEART' +
  ':2766|ROTATED FLORAL HEART BULLET:2767|MEDIUM LEFT PARENTHESIS ORNAMENT:2768|MEDIUM RIGHT PARENTHESIS ORNAMENT' +
  ':2769|MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT:276a|MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT:276b|MEDIUM ' +
  'LEFT-POINTING ANGLE BRACKET ORNAMENT:276c|MEDIUM RIGHT-POINTING ANGLE BRACKET ORNAMENT:276d|HEAVY LEFT-POINTIN' +
  'G ANGLE QUOTATION MARK ORNAMENT:276e|HEAVY RIGHT-POINTING ANGLE QUOTATION MARK ORNAMENT:276f|HEAVY LEFT-POINTI' +
  'NG ANGLE BRACKET ORNAMENT:2770|HEAVY RIGHT-POINTING ANGLE BRACKET ORNAMENT:2771|LIGHT LEFT TORTOISE SHELL BRAC' +
  'KET ORNAMENT:2772|LIGHT RIGHT TORTOISE SHELL BRACKET ORNAMENT:2773|MEDIUM LEFT CURLY BRACKET ORNAMENT:2774|MED' +
  'IUM RIGHT CURLY BRACKET ORNAMENT:2775|DINGBAT NEGATIVE CIRCLED DIGIT ONE:2776|DINGBAT NEGATIVE CIRCLED DIGIT T' +
  'WO:2777|DINGBAT NEGATIVE CIRCLED DIGIT THREE:2778|DINGBAT NEGATIVE CIRCLED DIGIT FOUR:2779|DINGBAT NEGATIVE CI' +
  'RCLED DIGIT FIVE:277a|DINGBAT NEGATIVE CIRCLED DIGIT SIX:277b|DINGBAT NEGATIVE CIRCLED DIGIT SEVEN:277c|DINGBA' +
  'T NEGATIVE CIRCLED DIGIT EIGHT:277d|DINGBAT NEGATIVE CIRCLED DIGIT NINE:277e|DINGBAT NEGATIVE CIRCLED NUMBER T' +
  'EN:277f|DINGBAT CIRCLED SANS-SERIF DIGIT ONE:2780|DINGBAT CIRCLED SANS-SERIF DIGIT TWO:2781|DINGBAT CIRCLED SA' +
  'NS-SERIF DIGIT THREE:2782|DINGBAT CIRCLED SANS-SERIF DIGIT FOUR:2783|DINGBAT CIRCLED SANS-SERIF DIGIT FIVE:278' +
  '4|DINGBAT CIRCLED SANS-SERIF DIGIT SIX:2785|DINGBAT CIRCLED SANS-SERIF DIGIT SEVEN:2786|DINGBAT CIRCLED SANS-S' +
  'ERIF DIGIT EIGHT:2787|DINGBAT CIRCLED SANS-SERIF DIGIT NINE:2788|DINGBAT CIRCLED SANS-SERIF NUMBER TEN:2789|DI' +
  'NGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE:278a|DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT TWO:278b|DINGBAT NE' +
  'GATIVE CIRCLED SANS-SERIF DIGIT THREE:278c|DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FOUR:278d|DINGBAT NEGATIV' +
  'E CIRCLED SANS-SERIF DIGIT FIVE:278e|DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX:278f|DINGBAT NEGATIVE CIRCL' +
  'ED SANS-SERIF DIGIT SEVEN:2790|DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT EIGHT:2791|DINGBAT NEGATIVE CIRCLED S' +
  'ANS-SERIF DIGIT NINE:2792|DINGBAT NEGATIVE CIRCLED SANS-SERIF NUMBER TEN:2793|HEAVY WIDE-HEADED RIGHTWARDS ARR' +
  'OW:2794|HEAVY PLUS SIGN:2795|HEAVY MINUS SIGN:2796|HEAVY DIVISION SIGN:2797|HEAVY SOUTH EAST ARROW:2798|HEAVY ' +
  'RIGHTWARDS ARROW:2799|HEAVY NORTH EAST ARROW:279a|DRAFTING POINT RIGHTWARDS ARROW:279b|HEAVY ROUND-TIPPED RIGH' +
  'TWARDS ARROW:279c|TRIANGLE-HEADED RIGHTWARDS ARROW:279d|HEAVY TRIANGLE-HEADED RIGHTWARDS ARROW:279e|DASHED TRI' +
  'ANGLE-HEADED RIGHTWARDS ARROW:279f|HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW:27a0|BLACK RIGHTWARDS ARROW:2' +
  '7a1|THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD:27a2|THREE-D BOTTOM-LIGHTED RIGHTWARDS ARROWHEAD:27a3|BLACK RIGHT' +
  'WARDS ARROWHEAD:27a4|HEAVY BLACK CURVED DOWNWARDS AND RIGHTWARDS ARROW:27a5|HEAVY BLACK CURVED UPWARDS AND RIG' +
  'HTWARDS ARROW:27a6|SQUAT BLACK RIGHTWARDS ARROW:27a7|HEAVY CONCAVE-POINTED BLACK RIGHTWARDS ARROW:27a8|RIGHT-S' +
  'HADED WHITE RIGHTWARDS ARROW:27a9|LEFT-SHADED WHITE RIGHTWARDS ARROW:27aa|BACK-TILTED SHADOWED WHITE RIGHTWARD' +
  'S ARROW:27ab|FRONT-TILTED SHADOWED WHITE RIGHTWARDS ARROW:27ac|HEAVY LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARR' +
  'OW:27ad|HEAVY UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW:27ae|NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS A' +
  'RROW:27af|CURLY LOOP:27b0|NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW:27b1|CIRCLED HEAVY WHITE RIGHTWA' +
  'RDS ARROW:27b2|WHITE-FEATHERED RIGHTWARDS ARROW:27b3|BLACK-FEATHERED SOUTH EAST ARROW:27b4|BLACK-FEATHERED RIG' +
  'HTWARDS ARROW:27b5|BLACK-FEATHERED NORTH EAST ARROW:27b6|HEAVY BLACK-FEATHERED SOUTH EAST ARROW:27b7|HEAVY BLA' +
  'CK-FEATHERED RIGHTWARDS ARROW:27b8|HEAVY BLACK-FEATHERED NORTH EAST ARROW:27b9|TEARDROP-BARBED RIGHTWARDS ARRO' +
  'W:27ba|HEAVY TEARDROP-SHANKED RIGHTWARDS ARROW:27bb|WEDGE-TAILED RIGHTWARDS ARROW:27bc|HEAVY WEDGE-TAILED RIGH' +
  'TWARDS ARROW:27bd|OPEN-OUTLINED RIGHTWARDS ARROW:27be|DOUBLE CURLY LOOP:27bf|LOZENGE DIVIDED BY HORIZONTAL RUL' +
  'E:27e0|WHITE CONCAVE-SIDED DIAMOND:27e1|WHITE CONCAVE-SIDED DIAMOND WITH LEFTWARDS TICK:27e2|WHITE CONCAVE-SID' +
  'ED DIAMOND WITH RIGHTWARDS TICK:27e3|WHITE SQUARE WITH LEFTWARDS TICK:27e4|WHITE SQUARE WITH RIGHTWARDS TICK:2' +
  '7e5|MATHEMATICAL LEFT WHITE SQUARE BRACKET:27e6|MATHEMATICAL RIGHT WHITE SQUARE BRACKET:27e7|MATHEMATICAL LEFT' +
  ' ANGLE BRACKET:27e8|MATHEMATICAL RIGHT ANGLE BRACKET:27e9|MATHEMATICAL LEFT DOUBLE ANGLE BRACKET:27ea|MATHEMAT' +
  'ICAL RIGHT DOUBLE ANGLE BRACKET:27eb|MATHEMATICAL LEFT WHITE TORTOISE SHELL BRACKET:27ec|MATHEMATICAL RIGHT WH' +
  'ITE TORTOISE SHELL BRACKET:27ed|MATHEMATICAL LEFT FLATTENED PARENTHESIS:27ee|MATHEMATICAL RIGHT FLATTENED PARE' +
  'NTHESIS:27ef|N-ARY CIRCLED DOT OPERATOR:2a00|N-ARY CIRCLED PLUS OPERATOR:2a01|N-ARY CIRCLED TIMES OPERATOR:2a0' +
  '2|N-ARY UNION OPERATOR WITH DOT:2a03|N-ARY UNION OPERATOR WITH PLUS:2a04|N-ARY SQUARE INTERSECTION OPERATOR:2a' +
  '05|N-ARY SQUARE UNION OPERATOR:2a06|TWO LOGICAL AND OPERATOR:2a07|TWO LOGICAL OR OPERATOR:2a08|N-ARY TIMES OPE' +
  'RATOR:2a09|MODULO TWO SUM:2a0a|SUMMATION WITH INTEGRAL:2a0b|QUADRUPLE INTEGRAL OPERATOR:2a0c|FINITE PART INTEG' +
  'RAL:2a0d|INTEGRAL WITH DOUBLE STROKE:2a0e|INTEGRAL AVERAGE WITH SLASH:2a0f|LATIN SMALL LIGATURE FF:fb00|LATIN ' +
  'SMALL LIGATURE FI:fb01|LATIN SMALL LIGATURE FL:fb02|LATIN SMALL LIGATURE FFI:fb03|LATIN SMALL LIGATURE FFL:fb0' +
  '4|LATIN SMALL LIGATURE LONG S T:fb05|LATIN SMALL LIGATURE ST:fb06|GRINNING FACE:1f600|GRINNING FACE WITH SMILI' +
  'NG EYES:1f601|FACE WITH TEARS OF JOY:1f602|SMILING FACE WITH OPEN MOUTH:1f603|SMILING FACE WITH OPEN MOUTH AND' +
  ' SMILING EYES:1f604|SMILING FACE WITH OPEN MOUTH AND COLD SWEAT:1f605|SMILING FACE WITH OPEN MOUTH AND TIGHTLY' +
  '-CLOSED EYES:1f606|SMILING FACE WITH HALO:1f607|SMILING FACE WITH HORNS:1f608|WINKING FACE:1f609|SMILING FACE ' +
  'WITH SMILING EYES:1f60a|FACE SAVOURING DELICIOUS FOOD:1f60b|RELIEVED FACE:1f60c|SMILING FACE WITH HEART-SHAPED' +
  ' EYES:1f60d|SMILING FACE WITH SUNGLASSES:1f60e|SMIRKING FACE:1f60f|NEUTRAL FACE:1f610|EXPRESSIONLESS FACE:1f61' +
  '1|UNAMUSED FACE:1f612|FACE WITH COLD SWEAT:1f613|PENSIVE FACE:1f614|CONFUSED FACE:1f615|CONFOUNDED FACE:1f616|' +
  'KISSING FACE:1f617|FACE THROWING A KISS:1f618|KISSING FACE WITH SMILING EYES:1f619|KISSING FACE WITH CLOSED EY' +
  'ES:1f61a|FACE WITH STUCK-OUT TONGUE:1f61b|FACE WITH STUCK-OUT TONGUE AND WINKING EYE:1f61c|FACE WITH STUCK-OUT' +
  ' TONGUE AND TIGHTLY-CLOSED EYES:1f61d|DISAPPOINTED FACE:1f61e|WORRIED FACE:1f61f|ANGRY FACE:1f620|POUTING FACE' +
  ':1f621|CRYING FACE:1f622|PERSEVERING FACE:1f623|FACE WITH LOOK OF TRIUMPH:1f624|DISAPPOINTED BUT RELIEVED FACE' +
  ':1f625|FROWNING FACE WITH OPEN MOUTH:1f626|ANGUISHED FACE:1f627|FEARFUL FACE:1f628|WEARY FACE:1f629|SLEEPY FAC' +
  'E:1f62a|TIRED FACE:1f62b|GRIMACING FACE:1f62c|LOUDLY CRYING FACE:1f62d|FACE WITH OPEN MOUTH:1f62e|HUSHED FACE:' +
  '1f62f|FACE WITH OPEN MOUTH AND COLD SWEAT:1f630|FACE SCREAMING IN FEAR:1f631|ASTONISHED FACE:1f632|FLUSHED FAC' +
  'E:1f633|SLEEPING FACE:1f634|DIZZY FACE:1f635|FACE WITHOUT MOUTH:1f636|FACE WITH MEDICAL MASK:1f637|GRINNING CA' +
  'T FACE WITH SMILING EYES:1f638|CAT FACE WITH TEARS OF JOY:1f639|SMILING CAT FACE WITH OPEN MOUTH:1f63a|SMILING' +
  ' CAT FACE WITH HEART-SHAPED EYES:1f63b|CAT FACE WITH WRY SMILE:1f63c|KISSING CAT FACE WITH CLOSED EYES:1f63d|P' +
  'OUTING CAT FACE:1f63e|CRYING CAT FACE:1f63f|WEARY CAT FACE:1f640|SLIGHTLY FROWNING FACE:1f641|SLIGHTLY SMILING' +
  ' FACE:1f642|UPSIDE-DOWN FACE:1f643|FACE WITH ROLLING EYES:1f644|FACE WITH NO GOOD GESTURE:1f645|FACE WITH OK G' +
  'ESTURE:1f646|PERSON BOWING DEEPLY:1f647|SEE-NO-EVIL MONKEY:1f648|HEAR-NO-EVIL MONKEY:1f649|SPEAK-NO-EVIL MONKE' +
  'Y:1f64a|HAPPY PERSON RAISING ONE HAND:1f64b|PERSON RAISING BOTH HANDS IN CELEBRATION:1f64c|PERSON FROWNING:1f6' +
  '4d|PERSON WITH POUTING FACE:1f64e|PERSON WITH FOLDED HANDS:1f64f';

const UNICODE_NAME_ALIASES: Record<string, number> = {
  NULL: 0x0, 'LINE FEED': 0xa, LF: 0xa, 'NEW LINE': 0xa, 'CARRIAGE RETURN': 0xd, CR: 0xd, 'CHARACTER TABULATION': 0x9,
  TAB: 0x9, 'HORIZONTAL TABULATION': 0x9, ESCAPE: 0x1b, ESC: 0x1b, DELETE: 0x7f, DEL: 0x7f, BELL: 0x7, ALERT: 0x7, BACKSPACE: 0x8,
  'FORM FEED': 0xc, FF: 0xc, 'LINE TABULATION': 0xb, NBSP: 0xa0, 'BYTE ORDER MARK': 0xfeff, BOM: 0xfeff,
  'ZERO WIDTH NO-BREAK SPACE': 0xfeff, 'ZERO WIDTH SPACE': 0x200b, ZWSP: 0x200b, 'ZERO WIDTH JOINER': 0x200d, ZWJ: 0x200d,
  'ZERO WIDTH NON-JOINER': 0x200c, ZWNJ: 0x200c, 'REPLACEMENT CHARACTER': 0xfffd, 'OBJECT REPLACEMENT CHARACTER': 0xfffc,
  SNAKE: 0x1f40d, 'THUMBS UP SIGN': 0x1f44d, FIRE: 0x1f525, 'PARTY POPPER': 0x1f389, 'RED APPLE': 0x1f34e, 'PILE OF POO': 0x1f4a9,
  'ROCKET': 0x1f680, 'SPARKLES': 0x2728, 'HEAVY BLACK HEART': 0x2764, 'EYES': 0x1f440, 'BUG': 0x1f41b, 'HUNDRED POINTS SYMBOL': 0x1f4af,
};

let unicodeNames: Map<string, number> | null = null;

function lookupUnicodeName(name: string): number | undefined {
  const up = name.toUpperCase();
  const cjk = /^CJK (?:UNIFIED|COMPATIBILITY) IDEOGRAPH-([0-9A-F]{4,5})$/.exec(up);
  if (cjk) return parseInt(cjk[1]!, 16);
  if (!unicodeNames) {
    unicodeNames = new Map(Object.entries(UNICODE_NAME_ALIASES));
    for (const item of UNICODE_NAME_DATA.split('|')) {
      const i = item.lastIndexOf(':');
      unicodeNames.set(item.slice(0, i), parseInt(item.slice(i + 1), 16));
    }
  }
  return unicodeNames.get(up);
}

function unicodeDecodeError(buf: string, start: number, end: number, reason: string): DecodeError {
  if (end - start === 1) {
    const b = buf.charCodeAt(start).toString(16).padStart(2, '0');
    return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
  }
  return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

/** decode_unicode_with_escapes: str literal body (not raw) -> value. */
function decodeStrEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  // First, CPython re-encodes non-ASCII characters as \UXXXXXXXX (this shifts the
  // positions reported in decode errors, which we reproduce).
  let buf = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] === '\\') {
      buf += '\\';
      i++;
      if (i >= s.length || s.charCodeAt(i) >= 0x80) {
        buf += 'u005c';
        if (i >= s.length) break;
      }
    }
    const cp = s.codePointAt(i)!;
    if (cp >= 0x80) {
      buf += '\\U' + cp.toString(16).padStart(8, '0');
      i += cp > 0xffff ? 2 : 1;
    } else {
      buf += s[i];
      i++;
    }
  }
  let out = '';
  const end = buf.length;
  let i = 0;
  while (i < end) {
    const ch = buf[i]!;
    if (ch !== '\\') {
      // copy a run of plain characters
      let j = buf.indexOf('\\', i);
      if (j < 0) j = end;
      out += buf.slice(i, j);
      i = j;
      continue;
    }
    const startinpos = i;
    i++;
    if (i >= end) throw unicodeDecodeError(buf, startinpos, i, '\\ at end of string');
    const c = buf[i++]!;
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\x07'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        if (i < end && buf[i]! >= '0' && buf[i]! <= '7') {
          v = v * 8 + buf.charCodeAt(i++) - 48;
          if (i < end && buf[i]! >= '0' && buf[i]! <= '7') v = v * 8 + buf.charCodeAt(i++) - 48;
        }
        out += String.fromCharCode(v);
        break;
      }
      case 'x': case 'u': case 'U': {
        let count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        const reason = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        for (; count; i++, count--) {
          if (i >= end || !isXDigit(buf.charCodeAt(i))) throw unicodeDecodeError(buf, startinpos, i, reason);
          v = v * 16 + parseInt(buf[i]!, 16);
        }
        if (v > 0x10ffff) throw unicodeDecodeError(buf, startinpos, i, 'illegal Unicode character');
        out += String.fromCodePoint(v);
        break;
      }
      case 'N': {
        if (i >= end) throw unicodeDecodeError(buf, startinpos, i, 'malformed \\N character escape');
        if (buf[i] === '{') {
          const nameStart = ++i;
          while (i < end && buf[i] !== '}') i++;
          if (i >= end) throw unicodeDecodeError(buf, startinpos, i, 'malformed \\N character escape');
          const name = buf.slice(nameStart, i);
          if (name.length) {
            i++;
            const cp = lookupUnicodeName(name);
            if (cp !== undefined) {
              out += String.fromCodePoint(cp);
              break;
            }
            throw new DecodeError(
              `(unicode error) \\N{${name}} is not supported by heapsnake (only a few common character names are known)`,
            );
          }
        }
        throw unicodeDecodeError(buf, startinpos, i, 'malformed \\N character escape');
      }
      default:
        out += '\\' + c; // invalid escape: kept (DeprecationWarning in CPython)
    }
  }
  return out;
}

/** _PyBytes_DecodeEscape for a (non-raw, ASCII-only) bytes literal body. */
function decodeBytesEscapes(s: string): Uint8Array {
  const out: number[] = [];
  const end = s.length;
  let i = 0;
  while (i < end) {
    const ch = s.charCodeAt(i);
    if (ch !== 92) {
      out.push(ch);
      i++;
      continue;
    }
    i++;
    if (i >= end) throw new DecodeError('(value error) Trailing \\ in string');
    const c = s[i++]!;
    switch (c) {
      case '\n': break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 't': out.push(9); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 'v': out.push(11); break;
      case 'a': out.push(7); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        if (i < end && s[i]! >= '0' && s[i]! <= '7') {
          v = v * 8 + s.charCodeAt(i++) - 48;
          if (i < end && s[i]! >= '0' && s[i]! <= '7') v = v * 8 + s.charCodeAt(i++) - 48;
        }
        out.push(v & 0xff);
        break;
      }
      case 'x':
        if (i + 1 < end && isXDigit(s.charCodeAt(i)) && isXDigit(s.charCodeAt(i + 1))) {
          out.push(parseInt(s.slice(i, i + 2), 16));
          i += 2;
          break;
        }
        throw new DecodeError(`(value error) invalid \\x escape at position ${i - 2}`);
      default:
        out.push(92, c.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

interface StrPiece {
  /** absolute positions of the literal token */
  s: number;
  e: number;
  bytes: boolean;
  raw: boolean;
  f: boolean;
  /** first character of the token is a lowercase 'u' */
  u: boolean;
  /** absolute positions of the body (between the quotes) */
  bs: number;
  be: number;
}

function analyzeStringToken(src: string, s: number, e: number): StrPiece {
  let i = s;
  let bytes = false;
  let raw = false;
  let f = false;
  for (; i < e; i++) {
    const c = src[i]!;
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c === 'f' || c === 'F') f = true;
    else if (c === 'u' || c === 'U') continue;
    else break;
  }
  const q = src[i]!;
  const triple = e - i >= 6 && src[i + 1] === q && src[i + 2] === q;
  const ql = triple ? 3 : 1;
  return { s, e, bytes, raw, f, u: src[s] === 'u', bs: i + ql, be: e - ql };
}

// ============================================================== concrete tree

interface CNode {
  type: string;
  named: boolean;
  field: string | null;
  /** positions in the text that was handed to tree-sitter */
  s: number;
  e: number;
  kids: CNode[];
  missing: boolean;
}

/** Per-language tables so that walking the tree costs few calls into wasm. */
interface LangTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}
let langTables: LangTables | null = null;
function tablesFor(lang: Language): LangTables {
  if (!langTables) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let i = 0; i < lang.nodeTypeCount; i++) {
      types.push(lang.types[i] ?? 'ERROR');
      named.push(lang.nodeTypeIsNamed(i));
    }
    langTables = { types, named, fields: lang.fields };
  }
  return langTables;
}

/** Copy tree-sitter's tree into plain objects (iteratively; strings and comments are leaves). */
function buildCst(tree: import('web-tree-sitter').Tree, text = ''): CNode {
  const T = tablesFor(tree.language);
  const cursor = tree.walk();
  const mk = (): CNode => {
    const id = cursor.nodeTypeId;
    const s = cursor.startIndex;
    const e = cursor.endIndex;
    const known = id < T.types.length;
    return {
      type: known ? T.types[id]! : 'ERROR',
      named: known ? T.named[id]! : true,
      field: T.fields[cursor.currentFieldId] ?? null,
      s,
      e,
      kids: [],
      missing: s === e ? cursor.nodeIsMissing : false,
    };
  };
  const root = mk();
  const stack: CNode[] = [root];
  let node = root;
  for (;;) {
    const leaf =
      (node.type === 'string' && !isFStringStart(text, node.s)) ||
      node.type === 'comment' || node.type === 'identifier' || node.type === 'integer' || node.type === 'float';
    if (!leaf && cursor.gotoFirstChild()) {
      const k = mk();
      if (k.type !== 'comment' && k.type !== 'line_continuation') node.kids.push(k);
      stack.push(k);
      node = k;
      continue;
    }
    for (;;) {
      if (stack.length === 1) {
        cursor.delete();
        return root;
      }
      if (cursor.gotoNextSibling()) {
        stack.pop();
        const parent = stack[stack.length - 1]!;
        const k = mk();
        if (k.type !== 'comment' && k.type !== 'line_continuation') parent.kids.push(k);
        stack.push(k);
        node = k;
        break;
      }
      cursor.gotoParent();
      stack.pop();
    }
  }
}

/** Does the string literal starting at i have an f prefix? */
function isFStringStart(text: string, i: number): boolean {
  for (let k = i; k < i + 3 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 102 || c === 70) return true; // f F
    if (c === 34 || c === 39) return false;
  }
  return false;
}

/** First ERROR or MISSING node in document order (not looking inside string literals). */
function firstTsError(root: CNode): CNode | null {
  let best: CNode | null = null;
  const st: CNode[] = [root];
  while (st.length) {
    const x = st.pop()!;
    if (best && x.s >= best.s && !(x.s === best.s && x.missing)) {
      if (x.s > best.s) continue;
    }
    if (x.type === 'ERROR' || x.missing) {
      if (!best || x.s < best.s) best = x;
      continue;
    }
    if (x.type === 'string') continue;
    for (let i = x.kids.length - 1; i >= 0; i--) st.push(x.kids[i]!);
  }
  return best;
}

const kidsNamed = (n: CNode): CNode[] => n.kids.filter((k) => k.named);
const fieldKid = (n: CNode, f: string): CNode | undefined => n.kids.find((k) => k.field === f);
const fieldKids = (n: CNode, f: string): CNode[] => n.kids.filter((k) => k.field === f);
const hasTok = (n: CNode, t: string): boolean => n.kids.some((k) => !k.named && k.type === t);

// ============================================================== conversion

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const BINOPS: Record<string, A.OperatorKind> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const BINPREC: Record<A.OperatorKind, number> = {
  BitOr: 1, BitXor: 2, BitAnd: 3, LShift: 4, RShift: 4, Add: 5, Sub: 5, Mult: 6, MatMult: 6, Div: 6, FloorDiv: 6, Mod: 6, Pow: 7,
};
const CMPOPS: Record<string, A.CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', is: 'Is', 'is not': 'IsNot',
  in: 'In', 'not in': 'NotIn',
};

/** Expression node types that are at least as tight as CPython's bitwise_or. */
const BITWISE_OR_LEVEL = new Set([
  'binary_operator', 'unary_operator', 'await', 'identifier', 'string', 'concatenated_string', 'integer', 'float',
  'true', 'false', 'none', 'attribute', 'subscript', 'call', 'list', 'list_comprehension', 'dictionary',
  'dictionary_comprehension', 'set', 'set_comprehension', 'tuple', 'parenthesized_expression', 'generator_expression',
  'ellipsis',
]);

function normName(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFKC') : s;
}

type Loc = A.Location;

interface Shared {
  src: string;
  sm: SourceMap;
  tokens: Token[];
  parser: Parser;
}

/** Which kinds of starred element a position admits. */
type StarMode = 'none' | 'bitwise_or' | 'expression';

class Converter {
  /** list_splat node whose '*' is hoisted to an enclosing expression. */
  private unwrapSplat: CNode | null = null;
  /** token-level context for syntax error diagnosis */
  diag: DiagCtx;

  constructor(
    readonly P: Shared,
    /** text handed to tree-sitter */
    readonly text: string,
    /** absolute source position of text[0] */
    readonly base: number,
    /** prefix for errors ("f-string: ") */
    readonly errPrefix = '',
    diag?: DiagCtx,
  ) {
    this.diag = diag ?? { P, base: 0, prefix: errPrefix, cv: this };
  }

  // ---------------------------------------------------------- positions & errors

  abs(i: number): number {
    return this.base + i;
  }
  L(s: number, e: number): Loc {
    const sm = this.P.sm;
    const a = this.base + s;
    const b = this.base + e;
    return { lineno: sm.lineno(a), col_offset: sm.col(a), end_lineno: sm.lineno(b), end_col_offset: sm.col(b) };
  }
  Ln(n: CNode): Loc {
    const u = this.unwrapSplat;
    if (u && n.s === u.s && n !== u) return this.L(kidsNamed(u)[0]!.s, n.e); // star hoisted out of this node
    return this.L(n.s, n.e);
  }
  /** location spanning from a to b (both ast nodes or Loc) */
  span(a: Loc, b: Loc): Loc {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }
  txt(n: CNode): string {
    return this.text.slice(n.s, n.e);
  }
  err(n: CNode | number, msg: string): never {
    const pos = typeof n === 'number' ? n : n.s;
    throw new ParseFail(this.abs(pos), 'SyntaxError', this.errPrefix + msg);
  }
  invalid(n: CNode | number): never {
    return this.err(n, 'invalid syntax');
  }
  bad(n: CNode): never {
    if (n.type === 'ERROR' || n.missing) throw diagnoseTsError(this, n);
    return this.invalid(n);
  }

  // ---------------------------------------------------------- module & statements

  module(root: CNode): A.Module {
    if (root.type === 'ERROR') this.bad(root);
    return { kind: 'Module', body: this.stmts(root.kids), type_ignores: [] };
  }

  stmts(kids: CNode[]): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (const k of kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (!k.named) continue;
      out.push(this.stmt(k));
      if (!COMPOUND_STMT.has(k.type)) this.checkStmtEnd(k);
    }
    return out;
  }

  /** tree-sitter accepts `x = 1 y = 2` on one line; CPython needs ';' or NEWLINE after a simple statement. */
  checkStmtEnd(k: CNode): void {
    const toks = this.P.tokens;
    if (!toks.length || this.errPrefix) return;
    const t = toks[tokenAt(this.P, this.abs(k.e))];
    if (!t || t.t === TK.NEWLINE || t.t === TK.ENDMARKER || isOp(t, ';')) return;
    fail(t.s, 'invalid syntax');
  }

  /** Body of a compound statement; empty -> IndentationError. */
  block(n: CNode | undefined, what: string, kwPos: number): A.Stmt[] {
    if (!n) return this.invalid(kwPos);
    if (n.type !== 'block') this.bad(n);
    const body = this.stmts(n.kids);
    if (body.length === 0) {
      const line = this.P.sm.lineno(this.abs(kwPos));
      const where = expectedBlockPos(this.P, this.abs(n.s));
      // tree-sitter gave up on an indented block that is there: a syntax error inside it
      const after = this.P.tokens[tokenAt(this.P, where.pos)];
      if (after && after.t === TK.INDENT) fail(where.pos, 'invalid syntax');
      throw new ParseFail(where.pos, 'IndentationError', `expected an indented block after ${what} on line ${line}`, null, where.offset);
    }
    return body;
  }

  stmt(n: CNode): A.Stmt {
    for (const k of n.kids) if (k.type === 'ERROR' || k.missing) this.bad(k);
    switch (n.type) {
      case 'expression_statement':
        return this.exprStmt(n);
      case 'return_statement': {
        const v = kidsNamed(n)[0];
        return { kind: 'Return', value: v ? this.exprList(v, 'bitwise_or') : null, ...this.Ln(n) };
      }
      case 'delete_statement': {
        const v = kidsNamed(n)[0]!;
        const items = v.type === 'expression_list' ? kidsNamed(v) : [v];
        const targets = items.map((k) => this.delTarget(k));
        return { kind: 'Delete', targets, ...this.Ln(n) };
      }
      case 'raise_statement': {
        const cause = fieldKid(n, 'cause');
        const excN = n.kids.find((k) => k.named && k.field !== 'cause');
        if (excN && excN.type === 'expression_list') this.invalid(excN.kids.find((k) => k.type === ',') ?? excN);
        return {
          kind: 'Raise',
          exc: excN ? this.expr(excN) : null,
          cause: cause ? this.expr(cause) : null,
          ...this.Ln(n),
        };
      }
      case 'pass_statement':
        return { kind: 'Pass', ...this.Ln(n) };
      case 'break_statement':
        return { kind: 'Break', ...this.Ln(n) };
      case 'continue_statement':
        return { kind: 'Continue', ...this.Ln(n) };
      case 'global_statement':
      case 'nonlocal_statement': {
        const names = kidsNamed(n).map((k) => this.ident(k));
        return { kind: n.type === 'global_statement' ? 'Global' : 'Nonlocal', names, ...this.Ln(n) };
      }
      case 'import_statement':
        return { kind: 'Import', names: fieldKids(n, 'name').map((k) => this.importAlias(k)), ...this.Ln(n) };
      case 'import_from_statement':
        return this.importFrom(n);
      case 'future_import_statement':
        return {
          kind: 'ImportFrom',
          module: '__future__',
          names: fieldKids(n, 'name').map((k) => this.importAlias(k)),
          level: 0,
          ...this.Ln(n),
        };
      case 'assert_statement': {
        const ks = kidsNamed(n);
        if (ks.length > 2) this.invalid(n.kids.filter((k) => k.type === ',')[1] ?? ks[2]!);
        return { kind: 'Assert', test: this.expr(ks[0]!), msg: ks[1] ? this.expr(ks[1]) : null, ...this.Ln(n) };
      }
      case 'print_statement':
        return this.printStmt(n);
      case 'exec_statement':
        return this.err(n, "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
      case 'type_alias_statement':
        return this.invalid(kidsNamed(n)[0] ?? n);
      case 'if_statement':
        return this.ifStmt(n);
      case 'for_statement':
        return this.forStmt(n);
      case 'while_statement': {
        const test = this.namedExpr(fieldKid(n, 'condition')!);
        const body = this.block(fieldKid(n, 'body'), "'while' statement", n.s);
        const orelse = this.elseClause(fieldKid(n, 'alternative'));
        return { kind: 'While', test, body, orelse, ...this.compoundLoc(n, body, orelse) };
      }
      case 'try_statement':
        return this.tryStmt(n);
      case 'with_statement':
        return this.withStmt(n);
      case 'function_definition':
        return this.funcDef(n, []);
      case 'class_definition':
        return this.classDef(n, []);
      case 'decorated_definition': {
        const decos = n.kids.filter((k) => k.type === 'decorator').map((d) => {
          const e = kidsNamed(d)[0];
          if (!e) this.bad(d);
          return this.namedExpr(e);
        });
        const def = fieldKid(n, 'definition');
        if (!def) return this.bad(n);
        return def.type === 'class_definition' ? this.classDef(def, decos) : this.funcDef(def, decos);
      }
      case 'match_statement':
        return this.matchStmt(n);
      default:
        return this.bad(n);
    }
  }

  compoundLoc(n: CNode, ...bodies: A.Stmt[][]): Loc {
    let last: A.Stmt | undefined;
    for (const b of bodies) if (b.length) last = b[b.length - 1];
    const start = this.L(n.s, n.s);
    return last ? this.span(start, last) : this.Ln(n);
  }

  exprStmt(n: CNode): A.Stmt {
    const ks = n.kids.filter((k) => k.named || k.missing);
    for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    if (ks.length === 1) {
      const k = ks[0]!;
      if (k.type === 'assignment') return this.assignment(k, n);
      if (k.type === 'augmented_assignment') return this.augAssignment(k, n);
      if (k.type === 'yield') return { kind: 'Expr', value: this.yieldExpr(k), ...this.Ln(n) };
      if (!hasTok(n, ',')) return { kind: 'Expr', value: this.starredOr(k, 'bitwise_or', true), ...this.Ln(n) };
    }
    // a, b, c  (tuple)
    const elts = ks.map((k) => this.starredOr(k, 'bitwise_or'));
    return { kind: 'Expr', value: { kind: 'Tuple', elts, ctx: 'Load', ...this.Ln(n) }, ...this.Ln(n) };
  }

  assignment(n: CNode, stmtNode: CNode): A.Stmt {
    const left = fieldKid(n, 'left')!;
    const typ = fieldKid(n, 'type');
    const right = fieldKid(n, 'right');
    if (typ) {
      // annotated assignment
      if (left.type === 'pattern_list')
        this.err(left, 'only single target (not tuple) can be annotated');
      if (left.type === 'tuple_pattern' && this.isRealTuplePattern(left))
        this.err(left, 'only single target (not tuple) can be annotated');
      if (left.type === 'list_pattern') this.err(left, 'only single target (not list) can be annotated');
      if (left.type === 'list_splat_pattern') this.invalid(left);
      const target = this.target(left, 'Store');
      if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') this.invalid(left);
      const simple = left.type === 'identifier' ? 1 : 0;
      let value: A.Expr | null = null;
      if (right) {
        if (right.type === 'assignment' || right.type === 'augmented_assignment' || right.type === 'pattern_list')
          this.invalid(right);
        value = right.type === 'yield' ? this.yieldExpr(right) : this.exprList(right, 'bitwise_or');
      }
      return { kind: 'AnnAssign', target, annotation: this.typeExpr(typ), value, simple, ...this.Ln(stmtNode) };
    }
    const targets: A.Expr[] = [this.target(left, 'Store')];
    let r = right!;
    while (r.type === 'assignment') {
      if (fieldKid(r, 'type')) this.invalid(fieldKid(r, 'type')!);
      targets.push(this.target(fieldKid(r, 'left')!, 'Store'));
      r = fieldKid(r, 'right')!;
    }
    if (r.type === 'augmented_assignment') this.invalid(r);
    let value: A.Expr;
    if (r.type === 'yield') value = this.yieldExpr(r);
    else if (r.type === 'pattern_list') value = this.target(r, 'Load');
    else value = this.exprList(r, 'bitwise_or');
    return { kind: 'Assign', targets, value, type_comment: null, ...this.Ln(stmtNode) };
  }

  augAssignment(n: CNode, stmtNode: CNode): A.Stmt {
    const left = fieldKid(n, 'left')!;
    const opTok = fieldKid(n, 'operator')!;
    const right = fieldKid(n, 'right')!;
    const target = this.target(left, 'Store');
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript')
      this.err(left, `'${exprName(target)}' is an illegal expression for augmented assignment`);
    if (right.type === 'assignment' || right.type === 'augmented_assignment' || right.type === 'pattern_list')
      this.invalid(right);
    const value = right.type === 'yield' ? this.yieldExpr(right) : this.exprList(right, 'bitwise_or');
    const op = BINOPS[this.txt(opTok).slice(0, -1)]!;
    return { kind: 'AugAssign', target, op, value, ...this.Ln(stmtNode) };
  }

  printStmt(n: CNode): A.Stmt {
    const chev = n.kids.find((k) => k.type === 'chevron');
    if (!chev) {
      // `print(a b)`: not a legacy print statement (CPython requires !'(' after the name)
      const after = this.text.slice(n.kids[0]!.e).trimStart();
      if (after.startsWith('(')) {
        const e = firstTsError(n);
        return e ? this.bad(e) : this.invalid(n);
      }
      return this.err(n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    }
    // `print >>f, x` is a valid (if useless) Python 3 expression statement.
    const printTok = n.kids[0]!;
    const fnode = kidsNamed(chev)[0]!;
    const shift: A.Expr = {
      kind: 'BinOp',
      left: { kind: 'Name', id: 'print', ctx: 'Load', ...this.Ln(printTok) },
      op: 'RShift',
      right: this.expr(fnode),
      ...this.L(n.s, chev.e),
    };
    const args = fieldKids(n, 'argument');
    if (!args.length && !hasTok(n, ',')) return { kind: 'Expr', value: shift, ...this.Ln(n) };
    const elts = [shift, ...args.map((a) => this.starredOr(a, 'bitwise_or'))];
    return { kind: 'Expr', value: { kind: 'Tuple', elts, ctx: 'Load', ...this.Ln(n) }, ...this.Ln(n) };
  }

  importAlias(n: CNode): A.Alias {
    if (n.type === 'aliased_import') {
      return {
        kind: 'alias',
        name: this.dotted(fieldKid(n, 'name')!),
        asname: this.ident(fieldKid(n, 'alias')!),
        ...this.Ln(n),
      };
    }
    if (n.type !== 'dotted_name') this.bad(n);
    return { kind: 'alias', name: this.dotted(n), asname: null, ...this.Ln(n) };
  }

  dotted(n: CNode): string {
    if (n.type !== 'dotted_name') this.bad(n);
    return kidsNamed(n).map((k) => this.ident(k)).join('.');
  }

  importFrom(n: CNode): A.Stmt {
    const mod = fieldKid(n, 'module_name')!;
    let level = 0;
    let module: string | null = null;
    if (mod.type === 'relative_import') {
      const prefix = mod.kids.find((k) => k.type === 'import_prefix')!;
      level = (this.txt(prefix).match(/\./g) ?? []).length;
      const d = mod.kids.find((k) => k.type === 'dotted_name');
      if (d) module = this.dotted(d);
    } else module = this.dotted(mod);
    const wild = n.kids.find((k) => k.type === 'wildcard_import');
    const names = wild
      ? [{ kind: 'alias' as const, name: '*', asname: null, ...this.Ln(wild) }]
      : fieldKids(n, 'name').map((k) => this.importAlias(k));
    if (!wild && names.length === 0) this.bad(n);
    // `from x import a,` without parentheses is an error
    if (!wild && !hasTok(n, '(') && n.kids[n.kids.length - 1]!.type === ',')
      this.err(n.kids[n.kids.length - 1]!, 'trailing comma not allowed without surrounding parentheses');
    return { kind: 'ImportFrom', module, names, level, ...this.Ln(n) };
  }

  ifStmt(n: CNode): A.Stmt {
    const test = this.namedExpr(fieldKid(n, 'condition')!);
    const body = this.block(fieldKid(n, 'consequence'), "'if' statement", n.s);
    const alts = fieldKids(n, 'alternative');
    // build the elif chain from the end
    let orelse: A.Stmt[] = [];
    for (let i = alts.length - 1; i >= 0; i--) {
      const a = alts[i]!;
      if (a.type === 'else_clause') {
        orelse = this.elseClause(a);
      } else if (a.type === 'elif_clause') {
        const t = this.namedExpr(fieldKid(a, 'condition')!);
        const b = this.block(fieldKid(a, 'consequence'), "'elif' statement", a.s);
        orelse = [{ kind: 'If', test: t, body: b, orelse, ...this.compoundLoc(a, b, orelse) }];
      } else this.bad(a);
    }
    return { kind: 'If', test, body, orelse, ...this.compoundLoc(n, body, orelse) };
  }

  elseClause(n: CNode | undefined): A.Stmt[] {
    if (!n) return [];
    if (n.type !== 'else_clause') this.bad(n);
    return this.block(fieldKid(n, 'body'), "'else' statement", n.s);
  }

  forStmt(n: CNode): A.Stmt {
    const isAsync = hasTok(n, 'async');
    const target = this.target(fieldKid(n, 'left')!, 'Store');
    const iter = this.exprList(fieldKid(n, 'right')!, 'bitwise_or');
    const forTok = n.kids.find((k) => k.type === 'for')!;
    const body = this.block(fieldKid(n, 'body'), "'for' statement", forTok.s);
    const orelse = this.elseClause(fieldKid(n, 'alternative'));
    return {
      kind: isAsync ? 'AsyncFor' : 'For',
      target,
      iter,
      body,
      orelse,
      type_comment: null,
      ...this.compoundLoc(n, body, orelse),
    };
  }

  tryStmt(n: CNode): A.Stmt {
    const body = this.block(fieldKid(n, 'body'), "'try' statement", n.s);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    let star: boolean | null = null;
    let hasElse = false;
    let hasFinally = false;
    for (const k of n.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (k.type === 'except_clause') {
        const isStar = k.kids.some((t) => !t.named && t.type === '*');
        if (star !== null && star !== isStar) this.err(k, "cannot have both 'except' and 'except*' on the same 'try'");
        star = isStar;
        handlers.push(this.exceptClause(k, isStar));
      } else if (k.type === 'else_clause') {
        orelse = this.elseClause(k);
        hasElse = true;
      } else if (k.type === 'finally_clause') {
        finalbody = this.block(k.kids.find((b) => b.type === 'block'), "'finally' statement", k.s);
        hasFinally = true;
      }
    }
    if (!handlers.length && !hasFinally) {
      // CPython: "expected 'except' or 'finally' block" at the token after the body
      const after = nextTokenIdx(this.P, this.abs(n.e));
      const tok = this.P.tokens[after];
      throw new ParseFail(tok ? tok.s : this.abs(n.e), 'SyntaxError', "expected 'except' or 'finally' block");
    }
    if (hasElse && !handlers.length) this.invalid(n.kids.find((k) => k.type === 'else_clause')!);
    const loc = this.compoundLoc(n, body, handlers as unknown as A.Stmt[], orelse, finalbody);
    return { kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...loc };
  }

  exceptClause(k: CNode, isStar: boolean): A.ExceptHandler {
    const values = fieldKids(k, 'value');
    const what = isStar ? "'except*' statement" : "'except' statement";
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (values.length > 1) {
      this.err(values[0]!, 'multiple exception types must be parenthesized');
    } else if (values.length === 1) {
      const v = values[0]!;
      if (v.type === 'as_pattern') {
        const inner = kidsNamed(v).filter((x) => x.field !== 'alias');
        const alias = fieldKid(v, 'alias')!;
        const aliasInner = kidsNamed(alias);
        if (aliasInner.length !== 1 || aliasInner[0]!.type !== 'identifier') this.invalid(alias);
        type = this.expr(inner[0]!);
        name = this.ident(aliasInner[0]!);
      } else type = this.expr(v);
    } else if (isStar) {
      this.err(k, 'expected one or more exception types');
    }
    const body = this.block(k.kids.find((b) => b.type === 'block'), what, k.s);
    return { kind: 'ExceptHandler', type, name, body, ...this.span(this.L(k.s, k.s), body[body.length - 1]!) };
  }

  withStmt(n: CNode): A.Stmt {
    const isAsync = hasTok(n, 'async');
    const clause = n.kids.find((k) => k.type === 'with_clause');
    if (!clause) return this.bad(n);
    const items: A.WithItem[] = [];
    for (const k of clause.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (k.type !== 'with_item') continue;
      let v = fieldKid(k, 'value')!;
      // `with (a as b):` -> parenthesized_expression(as_pattern)
      if (v.type === 'parenthesized_expression') {
        const inner = kidsNamed(v);
        if (inner.length === 1 && inner[0]!.type === 'as_pattern') v = inner[0]!;
      }
      if (v.type === 'as_pattern') {
        const inner = kidsNamed(v).filter((x) => x.field !== 'alias');
        const alias = fieldKid(v, 'alias')!;
        const tgtN = kidsNamed(alias)[0]!;
        const tgt = this.setCtx(this.starredOr(tgtN, 'bitwise_or'), 'Store', tgtN);
        items.push({ kind: 'withitem', context_expr: this.expr(inner[0]!), optional_vars: tgt });
      } else {
        items.push({ kind: 'withitem', context_expr: this.expr(v), optional_vars: null });
      }
    }
    const withTok = n.kids.find((k) => k.type === 'with')!;
    const body = this.block(fieldKid(n, 'body'), "'with' statement", withTok.s);
    return { kind: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null, ...this.compoundLoc(n, body) };
  }

  funcDef(n: CNode, decorator_list: A.Expr[]): A.Stmt {
    const isAsync = hasTok(n, 'async');
    const tp = fieldKid(n, 'type_parameters');
    if (tp) this.invalid(tp);
    const name = this.ident(fieldKid(n, 'name')!);
    const params = fieldKid(n, 'parameters');
    if (!params) return this.bad(n);
    const args = this.params(params, false);
    const rt = fieldKid(n, 'return_type');
    const returns = rt ? this.typeExpr(rt) : null;
    const defTok = n.kids.find((k) => k.type === 'def')!;
    const body = this.block(fieldKid(n, 'body'), 'function definition', defTok.s);
    return {
      kind: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
      name,
      args,
      body,
      decorator_list,
      returns,
      type_comment: null,
      ...this.compoundLoc(n, body),
    };
  }

  classDef(n: CNode, decorator_list: A.Expr[]): A.Stmt {
    const tp = fieldKid(n, 'type_parameters');
    if (tp) this.invalid(tp);
    const name = this.ident(fieldKid(n, 'name')!);
    const sup = fieldKid(n, 'superclasses');
    const { args: bases, keywords } = sup ? this.callArgs(sup) : { args: [], keywords: [] };
    const body = this.block(fieldKid(n, 'body'), 'class definition', n.s);
    return { kind: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.compoundLoc(n, body) };
  }

  // ---------------------------------------------------------- parameters

  params(n: CNode, isLambda: boolean): A.Arguments {
    const posonly: A.Arg[] = [];
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const kwonly: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let star: CNode | null = null; // '*' or '*args' seen
    let slash = false;
    const kids = n.kids.filter((k) => k.named || k.missing || k.type === 'ERROR');
    const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
    const mkArg = (id: CNode, ann: CNode | undefined, endNode: CNode): A.Arg => ({
      kind: 'arg',
      arg: this.ident(id),
      annotation: ann ? this.typeExpr(ann, true) : null,
      type_comment: null,
      ...this.L(id.s, endNode.e),
    });
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (kwarg) this.err(k, 'arguments cannot follow var-keyword argument');
      const typed = k.type === 'typed_parameter' || k.type === 'typed_default_parameter';
      if (typed && isLambda) this.invalid(k);
      switch (k.type) {
        case 'positional_separator':
          if (slash) this.err(k, '/ may appear only once');
          if (star) this.err(k, '/ must be ahead of *');
          if (!args.length) {
            const idx = n.kids.indexOf(k);
            if (n.kids[idx + 1]?.type === ',') this.err(k, 'at least one argument must precede /');
            this.invalid(k);
          }
          slash = true;
          posonly.push(...args.splice(0));
          break;
        case 'keyword_separator': {
          if (star) this.err(k, '* argument may appear only once');
          star = k;
          const next = kids[i + 1];
          if (!next || next.type === 'dictionary_splat_pattern' || (next.type === 'typed_parameter' && kidsNamed(next)[0]!.type === 'dictionary_splat_pattern'))
            this.err(k, 'named arguments must follow bare *');
          break;
        }
        case 'tuple_pattern':
          this.err(k, `${what} cannot be parenthesized`);
          break;
        case 'identifier':
        case 'typed_parameter':
        case 'default_parameter':
        case 'typed_default_parameter':
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern': {
          let id: CNode;
          let ann: CNode | undefined;
          let dflt: CNode | undefined;
          let splat: '' | '*' | '**' = '';
          let endNode: CNode;
          if (k.type === 'identifier') {
            id = k;
            endNode = k;
          } else if (k.type === 'typed_parameter') {
            const first = kidsNamed(k).find((x) => x.field !== 'type')!;
            ann = fieldKid(k, 'type');
            endNode = ann!;
            if (first.type === 'identifier') id = first;
            else {
              splat = first.type === 'list_splat_pattern' ? '*' : '**';
              id = kidsNamed(first)[0]!;
            }
          } else if (k.type === 'default_parameter' || k.type === 'typed_default_parameter') {
            id = fieldKid(k, 'name')!;
            if (id.type === 'tuple_pattern') this.err(id, `${what} cannot be parenthesized`);
            ann = fieldKid(k, 'type');
            dflt = fieldKid(k, 'value');
            endNode = ann ?? id;
          } else {
            splat = k.type === 'list_splat_pattern' ? '*' : '**';
            id = kidsNamed(k)[0]!;
            endNode = id;
          }
          if (id.type !== 'identifier') this.invalid(id);
          if (ann && splat !== '*' && kidsNamed(ann)[0]?.type === 'splat_type') this.invalid(ann);
          const a = mkArg(id, ann, endNode);
          if (splat === '*') {
            if (star) this.err(k, '* argument may appear only once');
            star = k;
            vararg = a;
          } else if (splat === '**') {
            kwarg = a;
          } else if (star) {
            kwonly.push(a);
            kwDefaults.push(dflt ? this.expr(dflt) : null);
          } else {
            if (dflt) defaults.push(this.expr(dflt));
            else if (defaults.length) this.err(k, 'non-default argument follows default argument');
            args.push(a);
          }
          break;
        }
        default:
          this.bad(k);
      }
    }
    return {
      kind: 'arguments',
      posonlyargs: posonly,
      args,
      vararg,
      kwonlyargs: kwonly,
      kw_defaults: kwDefaults,
      kwarg,
      defaults,
    };
  }

  // ---------------------------------------------------------- annotations (tree-sitter `type` nodes)

  typeExpr(n: CNode, allowStar = false): A.Expr {
    if (n.type === 'type') {
      const inner = kidsNamed(n)[0];
      if (!inner) return this.bad(n);
      n = inner;
    }
    switch (n.type) {
      case 'splat_type': {
        if (!allowStar || hasTok(n, '**')) this.invalid(n);
        const id = kidsNamed(n)[0]!;
        return { kind: 'Starred', value: this.name(id), ctx: 'Load', ...this.Ln(n) };
      }
      case 'generic_type': {
        const [id, tp] = kidsNamed(n) as [CNode, CNode];
        const types = kidsNamed(tp);
        // subscripts admit starred elements (`Tuple[*Ts]`, PEP 646); any star makes a tuple
        const elts = types.map((t) => this.typeExpr(t, true));
        let slice: A.Expr;
        if (types.length === 1 && !hasTok(tp, ',') && elts[0]!.kind !== 'Starred') slice = elts[0]!;
        else {
          const lastComma = [...tp.kids].reverse().find((k) => k.type === ',');
          const end = lastComma && lastComma.e > types[types.length - 1]!.e ? lastComma.e : types[types.length - 1]!.e;
          slice = { kind: 'Tuple', elts, ctx: 'Load', ...this.L(types[0]!.s, end) };
        }
        return { kind: 'Subscript', value: this.name(id), slice, ctx: 'Load', ...this.Ln(n) };
      }
      case 'union_type':
        return this.binop(n, true);
      case 'member_type': {
        const [a, b] = kidsNamed(n) as [CNode, CNode];
        return { kind: 'Attribute', value: this.typeExpr(a), attr: this.ident(b), ctx: 'Load', ...this.Ln(n) };
      }
      case 'constrained_type':
        return this.invalid(n);
      default:
        // `*args: *tuple[int, str]` (PEP 646); tree-sitter puts the '*' on `tuple`
        return allowStar ? this.starredOr(n, 'bitwise_or') : this.expr(n);
    }
  }

  // ---------------------------------------------------------- targets

  /** Convert a tree-sitter pattern (assignment / for target) with the given ctx. */
  target(n: CNode, ctx: A.ExprContext): A.Expr {
    switch (n.type) {
      case 'identifier':
        return this.name(n, ctx);
      case 'attribute':
      case 'subscript': {
        const e = this.expr(n);
        (e as A.Attribute | A.Subscript).ctx = ctx;
        return e;
      }
      case 'list_splat_pattern':
      case 'list_splat': {
        const inner = kidsNamed(n)[0]!;
        return { kind: 'Starred', value: this.target(inner, ctx), ctx, ...this.Ln(n) };
      }
      case 'pattern_list': {
        const elts = kidsNamed(n).map((k) => this.target(k, ctx));
        return { kind: 'Tuple', elts, ctx, ...this.Ln(n) };
      }
      case 'tuple_pattern': {
        const ks = kidsNamed(n);
        if (ks.length === 1 && !hasTok(n, ',')) {
          if (ks[0]!.type === 'list_splat_pattern') this.err(ks[0]!, 'cannot use starred expression here');
          return this.target(ks[0]!, ctx); // parenthesised single target
        }
        return { kind: 'Tuple', elts: ks.map((k) => this.target(k, ctx)), ctx, ...this.Ln(n) };
      }
      case 'list_pattern':
        return { kind: 'List', elts: kidsNamed(n).map((k) => this.target(k, ctx)), ctx, ...this.Ln(n) };
      case 'parenthesized_expression':
      case 'tuple':
      case 'list': {
        const e = this.expr(n);
        return this.setCtx(e, ctx, n);
      }
      default:
        if (ctx === 'Load') return this.expr(n);
        return this.setCtx(this.expr(n), ctx, n);
    }
  }

  isRealTuplePattern(n: CNode): boolean {
    return !(kidsNamed(n).length === 1 && !hasTok(n, ','));
  }

  /** _PyPegen_set_expr_context + the invalid-target check CPython does for with/for/del targets. */
  setCtx(e: A.Expr, ctx: A.ExprContext, _n: CNode): A.Expr {
    const bad = invalidTarget(e, ctx === 'Del' ? 'del' : 'star');
    if (bad) {
      const msg = ctx === 'Del' ? `cannot delete ${exprName(bad)}` : `cannot assign to ${exprName(bad)}`;
      throw new ParseFail(this.P.sm.lineStarts[bad.lineno - 1]! + colToIdx(this.P.sm, bad.lineno, bad.col_offset), 'SyntaxError', this.errPrefix + msg);
    }
    applyCtx(e, ctx);
    return e;
  }

  delTarget(n: CNode): A.Expr {
    const e = this.starredOr(n, 'bitwise_or');
    return this.setCtx(e, 'Del', n);
  }

  // ---------------------------------------------------------- expressions

  ident(n: CNode): string {
    if (n.type !== 'identifier') this.bad(n);
    const s = this.txt(n);
    if (KEYWORDS.has(s)) this.invalid(n);
    return normName(s);
  }

  name(n: CNode, ctx: A.ExprContext = 'Load'): A.Name {
    return { kind: 'Name', id: this.ident(n), ctx, ...this.Ln(n) };
  }

  /** expression or expression_list (-> Tuple); elements may be starred. */
  exprList(n: CNode, star: StarMode): A.Expr {
    if (n.type === 'expression_list') {
      const elts = kidsNamed(n).map((k) => this.starredOr(k, star));
      for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
      return { kind: 'Tuple', elts, ctx: 'Load', ...this.Ln(n) };
    }
    return this.starredOr(n, star, true);
  }

  /**
   * An expression in a position where `*x` is allowed.  tree-sitter attaches
   * the '*' to the leftmost primary (`*a + b` is parsed as `(*a) + b`); CPython
   * parses '*' bitwise_or, so hoist it.  `alone`: a lone starred expression
   * (e.g. `x = *a`) is accepted by ast.parse and rejected by the compiler.
   */
  starredOr(n: CNode, star: StarMode, _alone = false): A.Expr {
    if (star === 'none') return this.expr(n);
    if (n.type === 'list_splat') {
      const inner = kidsNamed(n)[0];
      if (!inner) return this.bad(n);
      if (star === 'bitwise_or' && !BITWISE_OR_LEVEL.has(inner.type) && inner.type !== 'list_splat') this.invalid(inner);
      return { kind: 'Starred', value: this.expr(inner), ctx: 'Load', ...this.Ln(n) };
    }
    const splat = leftmostSplat(n);
    if (splat) {
      const saved = this.unwrapSplat;
      this.unwrapSplat = splat;
      let v: A.Expr;
      try {
        v = this.expr(n);
      } finally {
        this.unwrapSplat = saved;
      }
      return { kind: 'Starred', value: v, ctx: 'Load', ...this.Ln(n) };
    }
    return this.expr(n);
  }

  /** named_expression allowed here (if/while conditions, arguments, ...). */
  namedExpr(n: CNode): A.Expr {
    if (n.type === 'named_expression') return this.walrus(n);
    return this.expr(n);
  }

  walrus(n: CNode): A.Expr {
    const nm = fieldKid(n, 'name')!;
    const v = fieldKid(n, 'value')!;
    return { kind: 'NamedExpr', target: this.name(nm, 'Store'), value: this.expr(v), ...this.Ln(n) };
  }

  expr(n: CNode): A.Expr {
    switch (n.type) {
      case 'identifier':
        return this.name(n);
      case 'string':
      case 'concatenated_string':
        return this.strings(n);
      case 'integer':
      case 'float': {
        let value: A.ConstantValue;
        try {
          value = parseNumberLiteral(this.txt(n));
        } catch (e) {
          if (e instanceof DecodeError) this.err(n, e.msg);
          throw e;
        }
        return { kind: 'Constant', value, constant_kind: null, ...this.Ln(n) };
      }
      case 'true':
      case 'false':
        return { kind: 'Constant', value: { type: 'bool', value: n.type === 'true' }, constant_kind: null, ...this.Ln(n) };
      case 'none':
        return { kind: 'Constant', value: { type: 'None' }, constant_kind: null, ...this.Ln(n) };
      case 'ellipsis':
        return { kind: 'Constant', value: { type: 'Ellipsis' }, constant_kind: null, ...this.Ln(n) };
      case 'unary_operator': {
        const op = this.txt(fieldKid(n, 'operator')!);
        const arg = fieldKid(n, 'argument')!;
        return {
          kind: 'UnaryOp',
          op: op === '+' ? 'UAdd' : op === '-' ? 'USub' : 'Invert',
          operand: this.expr(arg),
          ...this.Ln(n),
        };
      }
      case 'not_operator':
        return { kind: 'UnaryOp', op: 'Not', operand: this.expr(fieldKid(n, 'argument')!), ...this.Ln(n) };
      case 'binary_operator':
        return this.binop(n);
      case 'boolean_operator':
        return this.boolop(n);
      case 'comparison_operator':
        return this.compare(n);
      case 'lambda': {
        const p = fieldKid(n, 'parameters');
        const args = p ? this.params(p, true) : emptyArgs();
        const body = fieldKid(n, 'body');
        if (!body) return this.bad(n);
        return { kind: 'Lambda', args, body: this.expr(body), ...this.Ln(n) };
      }
      case 'conditional_expression': {
        const [body, test, orelse] = kidsNamed(n) as [CNode, CNode, CNode];
        if (!orelse) return this.bad(n);
        return { kind: 'IfExp', test: this.expr(test), body: this.expr(body), orelse: this.expr(orelse), ...this.Ln(n) };
      }
      case 'named_expression':
        // only reached where CPython requires parentheses around `x := y`
        return this.invalid(n.kids.find((k) => k.type === ':=') ?? n);
      case 'await': {
        const arg = kidsNamed(n)[0]!;
        if (arg.type === 'await' || arg.type === 'unary_operator') this.invalid(arg);
        if (arg.type === 'binary_operator' && this.txt(fieldKid(arg, 'operator')!) === '**') {
          // tree-sitter: await (x ** y); CPython: (await x) ** y
          const l = fieldKid(arg, 'left')!;
          const r = fieldKid(arg, 'right')!;
          const aw: A.Expr = { kind: 'Await', value: this.expr(l), ...this.L(n.s, l.e) };
          return { kind: 'BinOp', left: aw, op: 'Pow', right: this.expr(r), ...this.Ln(n) };
        }
        return { kind: 'Await', value: this.expr(arg), ...this.Ln(n) };
      }
      case 'attribute': {
        const obj = fieldKid(n, 'object')!;
        const attr = fieldKid(n, 'attribute');
        if (!attr) return this.bad(n);
        return { kind: 'Attribute', value: this.expr(obj), attr: this.ident(attr), ctx: 'Load', ...this.Ln(n) };
      }
      case 'subscript':
        return this.subscript(n);
      case 'call':
        return this.call(n);
      case 'list': {
        const elts = this.collectionElts(n);
        return { kind: 'List', elts, ctx: 'Load', ...this.Ln(n) };
      }
      case 'set':
        return { kind: 'Set', elts: this.collectionElts(n), ...this.Ln(n) };
      case 'tuple': {
        const ks = kidsNamed(n);
        if (ks.length === 1 && !hasTok(n, ',')) {
          // `(*a)`
          this.err(ks[0]!, 'cannot use starred expression here');
        }
        return { kind: 'Tuple', elts: this.collectionElts(n), ctx: 'Load', ...this.Ln(n) };
      }
      case 'dictionary':
        return this.dict(n);
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(n);
      case 'parenthesized_expression': {
        const inner = n.kids.find((k) => k.named || k.missing);
        if (!inner || inner.missing || inner.type === 'ERROR') return this.bad(inner ?? n);
        if (inner.type === 'yield') return this.yieldExpr(inner);
        if (inner.type === 'list_splat') this.err(inner, 'cannot use starred expression here');
        if (inner.type === 'parenthesized_expression' && kidsNamed(inner)[0]?.type === 'list_splat')
          this.err(inner, 'cannot use starred expression here');
        return this.namedExpr(inner);
      }
      case 'list_splat':
        if (this.unwrapSplat === n) return this.expr(kidsNamed(n)[0]!);
        return this.err(n, 'cannot use starred expression here');
      case 'yield':
        return this.invalid(n);
      case 'as_pattern':
        return this.invalid(n.kids.find((k) => k.type === 'as') ?? n);
      default:
        return this.bad(n);
    }
  }

  /**
   * Binary operators.  tree-sitter-python ranks '^' above '&' (Python: | < ^ < & < shifts
   * < + - < * @ / // % < **) and nests `X | Y | Z` annotations to the right, so the
   * operator tree is flattened (iteratively: chains can be very long) and rebuilt
   * with Python's precedences.  `inType`: also look through annotation `type` nodes.
   */
  binop(n: CNode, inType = false): A.Expr {
    const parts = (x: CNode): [CNode | undefined, CNode, CNode | undefined] | null => {
      if (x.type === 'binary_operator') return [fieldKid(x, 'left'), fieldKid(x, 'operator')!, fieldKid(x, 'right')];
      if (!inType) return null;
      if (x.type === 'union_type') {
        const ks = kidsNamed(x);
        return [ks[0], x.kids.find((k) => k.type === '|')!, ks[1]];
      }
      if (x.type === 'type') {
        const ks = kidsNamed(x);
        if (ks.length === 1 && (ks[0]!.type === 'union_type' || ks[0]!.type === 'binary_operator')) return parts(ks[0]!);
      }
      return null;
    };
    const operands: CNode[] = [];
    const ops: CNode[] = [];
    const st: CNode[] = [];
    let cur: CNode | undefined = n;
    for (;;) {
      let p: ReturnType<typeof parts>;
      while (cur && (p = parts(cur))) {
        st.push(cur);
        if (!p[0]) return this.bad(cur);
        cur = p[0];
      }
      if (cur) operands.push(cur);
      const top = st.pop();
      if (!top) break;
      const [, opN, right] = parts(top)!;
      if (!right) return this.bad(top);
      ops.push(opN);
      cur = right;
    }
    type Item = { e: A.Expr; s: number; end: number };
    const leaf = (x: CNode): Item => {
      const s = this.unwrapSplat === x ? kidsNamed(x)[0]!.s : x.s;
      return { e: inType ? this.typeExpr(x) : this.expr(x), s, end: x.e };
    };
    const out: Item[] = [leaf(operands[0]!)];
    const opStack: { op: A.OperatorKind; prec: number }[] = [];
    const reduce = (): void => {
      const r = out.pop()!;
      const l = out.pop()!;
      const o = opStack.pop()!;
      out.push({ e: { kind: 'BinOp', left: l.e, op: o.op, right: r.e, ...this.L(l.s, r.end) }, s: l.s, end: r.end });
    };
    ops.forEach((opN, i) => {
      const t = this.txt(opN);
      const op = BINOPS[t];
      if (!op) this.invalid(opN);
      const prec = BINPREC[op];
      while (opStack.length) {
        const top = opStack[opStack.length - 1]!;
        if (top.prec > prec || (top.prec === prec && op !== 'Pow')) reduce();
        else break;
      }
      opStack.push({ op, prec });
      out.push(leaf(operands[i + 1]!));
    });
    while (opStack.length) reduce();
    return out[0]!.e;
  }

  boolop(n: CNode): A.Expr {
    const opText = this.txt(fieldKid(n, 'operator')!);
    const op: A.BoolOpKind = opText === 'and' ? 'And' : 'Or';
    const operands: CNode[] = [];
    let cur = n;
    const rights: CNode[] = [];
    while (cur.type === 'boolean_operator' && this.txt(fieldKid(cur, 'operator')!) === opText) {
      rights.push(fieldKid(cur, 'right')!);
      cur = fieldKid(cur, 'left')!;
    }
    operands.push(cur, ...rights.reverse());
    return { kind: 'BoolOp', op, values: operands.map((o) => this.expr(o)), ...this.Ln(n) };
  }

  compare(n: CNode): A.Expr {
    const operands: CNode[] = [];
    const ops: A.CmpOpKind[] = [];
    for (const k of n.kids) {
      if (k.field === 'operators') {
        const t = this.txt(k).replace(/\s+/g, ' ');
        const op = CMPOPS[t];
        if (!op) this.invalid(k); // '<>'
        ops.push(op);
      } else if (k.named) operands.push(k);
      else if (k.missing) this.bad(k);
    }
    const [left, ...rest] = operands.map((o) => this.expr(o));
    if (!left || rest.length !== ops.length) return this.bad(n);
    return { kind: 'Compare', left, ops, comparators: rest, ...this.Ln(n) };
  }

  subscript(n: CNode): A.Expr {
    const value = this.expr(fieldKid(n, 'value')!);
    const subs = fieldKids(n, 'subscript');
    for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    if (!subs.length) return this.bad(n);
    const conv = (k: CNode): A.Expr => (k.type === 'slice' ? this.slice(k) : k.type === 'named_expression' ? this.walrus(k) : this.starredOr(k, 'expression'));
    let slice: A.Expr;
    const commas = n.kids.filter((k) => k.type === ',');
    if (subs.length === 1 && !commas.length && subs[0]!.type !== 'list_splat' && !leftmostSplat(subs[0]!)) slice = conv(subs[0]!);
    else {
      const last = commas.length && commas[commas.length - 1]!.e > subs[subs.length - 1]!.e ? commas[commas.length - 1]! : subs[subs.length - 1]!;
      slice = { kind: 'Tuple', elts: subs.map(conv), ctx: 'Load', ...this.L(subs[0]!.s, last.e) };
    }
    return { kind: 'Subscript', value, slice, ctx: 'Load', ...this.Ln(n) };
  }

  slice(n: CNode): A.Expr {
    const parts: (CNode | null)[] = [null];
    for (const k of n.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (k.type === ':') parts.push(null);
      else if (k.named) parts[parts.length - 1] = k;
    }
    const conv = (k: CNode | null | undefined): A.Expr | null => (k ? this.expr(k) : null);
    return { kind: 'Slice', lower: conv(parts[0]), upper: conv(parts[1]), step: conv(parts[2]), ...this.Ln(n) };
  }

  call(n: CNode): A.Expr {
    const fn = fieldKid(n, 'function')!;
    const argsN = fieldKid(n, 'arguments');
    if (!argsN) return this.bad(n);
    const func = this.expr(fn);
    if (argsN.type === 'generator_expression') {
      const g = this.comprehension(argsN, true);
      return { kind: 'Call', func, args: [g], keywords: [], ...this.Ln(n) };
    }
    const { args, keywords } = this.callArgs(argsN);
    return { kind: 'Call', func, args, keywords, ...this.Ln(n) };
  }

  callArgs(n: CNode): { args: A.Expr[]; keywords: A.Keyword[] } {
    if (n.type !== 'argument_list') this.bad(n);
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    const items = n.kids.filter((k) => k.named || k.missing);
    for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    for (const k of items) {
      if (k.type === 'keyword_argument') {
        const nm = fieldKid(k, 'name')!;
        const v = fieldKid(k, 'value')!;
        keywords.push({ kind: 'keyword', arg: this.ident(nm), value: this.expr(v), ...this.Ln(k) });
        sawKeyword = true;
      } else if (k.type === 'dictionary_splat') {
        const v = kidsNamed(k)[0]!;
        keywords.push({ kind: 'keyword', arg: null, value: this.expr(v), ...this.Ln(k) });
        sawDoubleStar = true;
      } else if (k.type === 'list_splat') {
        if (sawDoubleStar) this.err(k, 'iterable argument unpacking follows keyword argument unpacking');
        args.push(this.starredOr(k, 'expression'));
      } else {
        // CPython raises these at the last token read: the closing parenthesis
        const close = n.kids[n.kids.length - 1]!;
        if (sawDoubleStar) this.err(close, 'positional argument follows keyword argument unpacking');
        if (sawKeyword) this.err(close, 'positional argument follows keyword argument');
        if (k.type === 'generator_expression' && items.length > 1) {
          // f(x for x in y, 1): tree-sitter takes the genexp unparenthesized only if alone
        }
        if (k.type === 'parenthesized_expression' && kidsNamed(k)[0]?.type === 'list_splat')
          this.err(kidsNamed(k)[0]!, 'cannot use starred expression here');
        if (leftmostSplat(k)) {
          if (sawDoubleStar) this.err(k, 'iterable argument unpacking follows keyword argument unpacking');
          args.push(this.starredOr(k, 'expression'));
        } else args.push(this.namedExpr(k));
      }
    }
    return { args, keywords };
  }

  collectionElts(n: CNode): A.Expr[] {
    const out: A.Expr[] = [];
    for (const k of n.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (!k.named) continue;
      if (k.type === 'yield') this.invalid(k);
      if (k.type === 'parenthesized_list_splat') this.err(k, 'cannot use starred expression here');
      if (k.type === 'named_expression') out.push(this.walrus(k));
      else out.push(this.starredOr(k, 'bitwise_or'));
    }
    return out;
  }

  dict(n: CNode): A.Expr {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    for (const k of n.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (k.type === 'pair') {
        keys.push(this.expr(fieldKid(k, 'key')!));
        values.push(this.expr(fieldKid(k, 'value')!));
      } else if (k.type === 'dictionary_splat') {
        const v = kidsNamed(k)[0]!;
        if (!BITWISE_OR_LEVEL.has(v.type)) this.invalid(v);
        keys.push(null);
        values.push(this.expr(v));
      } else if (k.named) this.bad(k);
    }
    return { kind: 'Dict', keys, values, ...this.Ln(n) };
  }

  comprehension(n: CNode, inCall = false): A.Expr {
    const bodyN = fieldKid(n, 'body')!;
    const generators: A.Comprehension[] = [];
    for (const k of n.kids) {
      if (k.missing || k.type === 'ERROR') this.bad(k);
      if (k.type === 'for_in_clause') {
        const isAsync = hasTok(k, 'async');
        const left = fieldKid(k, 'left')!;
        const rights = fieldKids(k, 'right').filter((r) => r.named);
        const commas = k.kids.filter((r) => r.type === ',');
        if (rights.length > 1 || commas.length) {
          if (inCall) this.err(n.s + 1, 'Generator expression must be parenthesized');
          this.invalid(commas[0] ?? rights[1]!);
        }
        const r = rights[0]!;
        if (r.type === 'lambda' || r.type === 'conditional_expression' || r.type === 'named_expression') this.invalid(r);
        generators.push({
          kind: 'comprehension',
          target: this.target(left, 'Store'),
          iter: this.expr(r),
          ifs: [],
          is_async: isAsync ? 1 : 0,
        });
      } else if (k.type === 'if_clause') {
        const c = kidsNamed(k)[0]!;
        if (c.type === 'lambda' || c.type === 'conditional_expression' || c.type === 'named_expression') this.invalid(c);
        generators[generators.length - 1]!.ifs.push(this.expr(c));
      }
    }
    const loc = this.Ln(n);
    if (n.type === 'dictionary_comprehension') {
      if (bodyN.type !== 'pair') this.err(bodyN, 'dict unpacking cannot be used in dict comprehension');
      return {
        kind: 'DictComp',
        key: this.expr(fieldKid(bodyN, 'key')!),
        value: this.expr(fieldKid(bodyN, 'value')!),
        generators,
        ...loc,
      };
    }
    if (bodyN.type === 'list_splat' || leftmostSplat(bodyN)) this.err(bodyN, 'iterable unpacking cannot be used in comprehension');
    const elt = this.namedExpr(bodyN);
    const kind = n.type === 'list_comprehension' ? 'ListComp' : n.type === 'set_comprehension' ? 'SetComp' : 'GeneratorExp';
    return { kind, elt, generators, ...loc };
  }

  yieldExpr(n: CNode): A.Expr {
    const isFrom = hasTok(n, 'from');
    const v = kidsNamed(n)[0];
    for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    if (isFrom) {
      if (!v) return this.bad(n);
      return { kind: 'YieldFrom', value: this.expr(v), ...this.Ln(n) };
    }
    return { kind: 'Yield', value: v ? this.exprList(v, 'bitwise_or') : null, ...this.Ln(n) };
  }

  // ---------------------------------------------------------- match statement

  matchStmt(n: CNode): A.Stmt {
    const subjects = fieldKids(n, 'subject');
    for (const k of n.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    const commas = n.kids.filter((k) => k.type === ',');
    let subject: A.Expr;
    if (subjects.length === 1 && !commas.length) {
      if (subjects[0]!.type === 'list_splat') this.invalid(subjects[0]!);
      subject = this.namedExpr(subjects[0]!);
    } else {
      const last = commas.length && commas[commas.length - 1]!.e > subjects[subjects.length - 1]!.e ? commas[commas.length - 1]! : subjects[subjects.length - 1]!;
      const elts = subjects.map((k) => (k.type === 'named_expression' ? this.walrus(k) : this.starredOr(k, 'bitwise_or')));
      subject = { kind: 'Tuple', elts, ctx: 'Load', ...this.L(subjects[0]!.s, last.e) };
    }
    const body = fieldKid(n, 'body');
    if (!body) return this.bad(n);
    for (const k of body.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
    const cases = body.kids.filter((k) => k.type === 'case_clause').map((k) => this.caseClause(k));
    if (!cases.length) {
      const where = expectedBlockPos(this.P, this.abs(body.s));
      throw new ParseFail(where.pos, 'IndentationError', `expected an indented block after 'match' statement on line ${this.P.sm.lineno(this.abs(n.s))}`, null, where.offset);
    }
    const lastBody = cases[cases.length - 1]!.body;
    return { kind: 'Match', subject, cases, ...this.compoundLoc(n, lastBody) };
  }

  caseClause(k: CNode): A.MatchCase {
    const pats = k.kids.filter((x) => x.type === 'case_pattern');
    const commas = k.kids.filter((x) => x.type === ',');
    let pattern: A.Pattern;
    if (pats.length === 1 && !commas.length) pattern = this.pattern(pats[0]!);
    else {
      const last = commas.length && commas[commas.length - 1]!.e > pats[pats.length - 1]!.e ? commas[commas.length - 1]! : pats[pats.length - 1]!;
      pattern = { kind: 'MatchSequence', patterns: pats.map((p) => this.pattern(p)), ...this.L(pats[0]!.s, last.e) };
    }
    const g = fieldKid(k, 'guard');
    const guard = g ? this.namedExpr(kidsNamed(g)[0]!) : null;
    const body = this.block(fieldKid(k, 'consequence'), "'case' statement", k.s);
    return { kind: 'match_case', pattern, guard, body };
  }

  /** A case_pattern node (or a keyword_pattern's value group). */
  pattern(n: CNode): A.Pattern {
    if (n.type !== 'case_pattern') return this.simplePattern([n]);
    const ks = n.kids.filter((k) => k.type !== ',');
    for (const k of ks) if (k.missing || k.type === 'ERROR') this.bad(k);
    if (ks.length === 1 && ks[0]!.type === 'as_pattern') {
      const ap = ks[0]!;
      const inner = ap.kids.find((k) => k.type === 'case_pattern')!;
      const id = ap.kids.find((k) => k.type === 'identifier');
      if (!id) return this.invalid(ap.kids.find((k) => k.type === 'as') ?? ap);
      const name = this.ident(id);
      if (name === '_') this.err(id, "cannot use '_' as a target");
      return { kind: 'MatchAs', pattern: this.pattern(inner), name, ...this.Ln(ap) };
    }
    if (ks.length === 1 && ks[0]!.type === 'keyword_pattern') return this.invalid(ks[0]!);
    return this.simplePattern(ks);
  }

  /** One tree-sitter _simple_pattern, given as its (inlined) node list. */
  simplePattern(group: CNode[]): A.Pattern {
    const first = group[0]!;
    if (group.length === 2 && first.type === '-') {
      const num = group[1]!;
      const c = this.expr(num);
      return { kind: 'MatchValue', value: { kind: 'UnaryOp', op: 'USub', operand: c, ...this.L(first.s, num.e) }, ...this.L(first.s, num.e) };
    }
    if (group.length !== 1) return this.invalid(group[1] ?? first);
    const g = first;
    switch (g.type) {
      case '_':
        return { kind: 'MatchAs', pattern: null, name: null, ...this.Ln(g) };
      case 'case_pattern':
        return this.pattern(g);
      case 'dotted_name': {
        const ids = kidsNamed(g);
        if (ids.length === 1) return { kind: 'MatchAs', pattern: null, name: this.ident(ids[0]!), ...this.Ln(g) };
        return { kind: 'MatchValue', value: this.dottedExpr(ids), ...this.Ln(g) };
      }
      case 'string':
      case 'concatenated_string': {
        const v = this.strings(g);
        if (v.kind === 'JoinedStr') this.err(g, 'patterns may only match literals and attribute lookups');
        return { kind: 'MatchValue', value: v, ...this.Ln(g) };
      }
      case 'integer':
      case 'float':
        return { kind: 'MatchValue', value: this.expr(g), ...this.Ln(g) };
      case 'complex_pattern':
        return { kind: 'MatchValue', value: this.complexPattern(g), ...this.Ln(g) };
      case 'true':
      case 'false':
      case 'none': {
        const c = this.expr(g) as A.Constant;
        return { kind: 'MatchSingleton', value: c.value, ...this.Ln(g) };
      }
      case 'splat_pattern': {
        if (hasTok(g, '**')) this.invalid(g);
        const id = kidsNamed(g)[0];
        return { kind: 'MatchStar', name: id ? this.ident(id) : null, ...this.Ln(g) };
      }
      case 'union_pattern': {
        const patterns: A.Pattern[] = [];
        let cur: CNode[] = [];
        const flush = (): void => {
          if (cur.length === 1 && cur[0]!.type === 'union_pattern') {
            const sub = this.simplePattern(cur) as A.MatchOr;
            patterns.push(...sub.patterns);
          } else patterns.push(this.simplePattern(cur));
          cur = [];
        };
        for (const k of g.kids) {
          if (k.missing || k.type === 'ERROR') this.bad(k);
          if (k.type === '|') flush();
          else cur.push(k);
        }
        flush();
        return { kind: 'MatchOr', patterns, ...this.Ln(g) };
      }
      case 'list_pattern':
      case 'tuple_pattern': {
        const inner = g.kids.filter((k) => k.type === 'case_pattern');
        for (const k of g.kids) if (k.missing || k.type === 'ERROR') this.bad(k);
        if (g.type === 'tuple_pattern' && inner.length === 1 && !hasTok(g, ',')) return this.pattern(inner[0]!);
        return { kind: 'MatchSequence', patterns: inner.map((p) => this.pattern(p)), ...this.Ln(g) };
      }
      case 'dict_pattern': {
        const keys: A.Expr[] = [];
        const patterns: A.Pattern[] = [];
        let rest: string | null = null;
        let keyGroup: CNode[] = [];
        for (const k of g.kids) {
          if (k.missing || k.type === 'ERROR') this.bad(k);
          if (k.field === 'key') keyGroup.push(k);
          else if (k.field === 'value') {
            keys.push(this.mappingKey(keyGroup));
            keyGroup = [];
            patterns.push(this.pattern(k));
          } else if (k.type === 'splat_pattern') {
            if (!hasTok(k, '**')) this.invalid(k);
            const id = kidsNamed(k)[0];
            if (!id) this.invalid(k);
            rest = this.ident(id);
          }
        }
        return { kind: 'MatchMapping', keys, patterns, rest, ...this.Ln(g) };
      }
      case 'class_pattern': {
        const cls = g.kids.find((k) => k.type === 'dotted_name')!;
        const patterns: A.Pattern[] = [];
        const kwd_attrs: string[] = [];
        const kwd_patterns: A.Pattern[] = [];
        for (const k of g.kids) {
          if (k.missing || k.type === 'ERROR') this.bad(k);
          if (k.type !== 'case_pattern') continue;
          const kk = kidsNamed(k);
          // `kw=pattern as name` comes out as as_pattern(case_pattern(keyword_pattern), name)
          const asKw =
            kk.length === 1 && kk[0]!.type === 'as_pattern' && kidsNamed(kidsNamed(kk[0]!)[0]!)[0]?.type === 'keyword_pattern'
              ? kk[0]!
              : null;
          if ((kk.length === 1 && kk[0]!.type === 'keyword_pattern') || asKw) {
            const kp = asKw ? kidsNamed(kidsNamed(asKw)[0]!)[0]! : kk[0]!;
            const id = kp.kids.find((x) => x.type === 'identifier')!;
            const eq = kp.kids.findIndex((x) => x.type === '=');
            const valueNodes = kp.kids.slice(eq + 1);
            kwd_attrs.push(this.ident(id));
            let vp = this.simplePattern(valueNodes);
            if (asKw) {
              const nameN = asKw.kids.find((x) => x.type === 'identifier')!;
              const nm = this.ident(nameN);
              if (nm === '_') this.err(nameN, "cannot use '_' as a target");
              vp = { kind: 'MatchAs', pattern: vp, name: nm, ...this.L(valueNodes[0]!.s, asKw.e) };
            }
            kwd_patterns.push(vp);
          } else {
            if (kwd_attrs.length) this.err(k, 'positional patterns follow keyword patterns');
            patterns.push(this.pattern(k));
          }
        }
        return { kind: 'MatchClass', cls: this.dottedExpr(kidsNamed(cls)), patterns, kwd_attrs, kwd_patterns, ...this.Ln(g) };
      }
      default:
        return this.bad(g);
    }
  }

  dottedExpr(ids: CNode[]): A.Expr {
    let e: A.Expr = this.name(ids[0]!);
    for (let i = 1; i < ids.length; i++) {
      e = { kind: 'Attribute', value: e, attr: this.ident(ids[i]!), ctx: 'Load', ...this.L(ids[0]!.s, ids[i]!.e) };
    }
    return e;
  }

  mappingKey(group: CNode[]): A.Expr {
    const p = this.simplePattern(group);
    if (p.kind === 'MatchValue') return p.value;
    if (p.kind === 'MatchSingleton') return { kind: 'Constant', value: p.value, constant_kind: null, ...locOf(p) };
    return this.invalid(group[0]!);
  }

  complexPattern(g: CNode): A.Expr {
    const ks = g.kids;
    let i = 0;
    let neg: CNode | null = null;
    if (ks[0]!.type === '-') neg = ks[i++]!;
    const realN = ks[i++]!;
    const opN = ks[i++]!;
    const imagN = ks[i++]!;
    let real: A.Expr = this.expr(realN);
    const imag = this.expr(imagN) as A.Constant;
    if ((real as A.Constant).value.type === 'complex') this.err(realN, 'real number required in complex literal');
    if (imag.value.type !== 'complex') this.err(imagN, 'imaginary number required in complex literal');
    if (neg) real = { kind: 'UnaryOp', op: 'USub', operand: real, ...this.L(neg.s, realN.e) };
    return { kind: 'BinOp', left: real, op: opN.type === '+' ? 'Add' : 'Sub', right: imag, ...this.Ln(g) };
  }

  // ---------------------------------------------------------- strings

  /** tree-sitter's own parse of f-string replacement fields, by absolute start position. */
  private fexprs = new Map<number, CNode>();

  strings(n: CNode): A.Expr {
    const toks = n.type === 'concatenated_string' ? n.kids.filter((k) => k.type === 'string') : [n];
    for (const t of toks) {
      if (!t.kids.length || firstTsError({ ...t, type: 'f' })) continue; // tree-sitter could not parse it
      const st: CNode[] = [...t.kids];
      while (st.length) {
        const x = st.pop()!;
        if (x.type === 'interpolation' || x.type === 'format_expression') {
          const ex = fieldKid(x, 'expression');
          if (ex) this.fexprs.set(this.abs(ex.s), ex);
        }
        if (x.type === 'interpolation' || x.type === 'format_expression' || x.type === 'format_specifier') st.push(...x.kids);
      }
    }
    const pieces: StrPiece[] = [];
    for (const t of toks) {
      const a = this.abs(t.s);
      const b = this.abs(t.e);
      // tree-sitter lexes f-strings like Python 3.12; insist on 3.11's token boundaries
      checkStringToken(this, a, b);
      if (this.P.src[a] === '`') this.invalid(t);
      pieces.push(analyzeStringToken(this.P.src, a, b));
    }
    return concatenateStrings(this, pieces);
  }

  /** Compile one f-string replacement-field expression (source range [s, e), absolute). */
  fstringExpr(s: number, e: number): A.Expr {
    const src = this.P.src;
    const exprText = src.slice(s, e);
    if (/^[ \t\n\r\f\v]*$/.test(exprText)) fail(s, 'f-string: empty expression not allowed');
    // Fast path: tree-sitter already parsed this field inside the main tree.
    let ts = s;
    let te = e;
    while (ts < te && /[ \t\n\r\f\v]/.test(src[ts]!)) ts++;
    while (te > ts && /[ \t\n\r\f\v]/.test(src[te - 1]!)) te--;
    const text = '(' + exprText + ')';
    // tokenizer-level errors inside the expression (CPython tokenizes `(expr)` on its own)
    const subSm = new SourceMap(text + '\n');
    const tr = tokenize(text + '\n', subSm);
    if (tr.error && tr.error.cls === 'A') {
      const f = tr.error.fail;
      throw new ParseFail(s - 1 + f.pos, 'SyntaxError', f.msg);
    }
    const known = this.fexprs.get(ts);
    if (known && this.abs(known.e) === te && FAST_FEXPR.has(known.type)) {
      const fast = new Converter(this.P, this.text, this.base, 'f-string: ');
      fast.diag = { ...this.diag, prefix: 'f-string: ', cv: fast };
      fast.fexprs = this.fexprs;
      return fast.namedExpr(known);
    }
    const subP: Shared = { src: text + '\n', sm: subSm, tokens: tr.tokens, parser: this.P.parser };
    const sub = new Converter(this.P, text, s - 1, 'f-string: ');
    sub.diag = { P: subP, base: s - 1, prefix: 'f-string: ', cv: sub };
    const tree = this.P.parser.parse(treeSitterInput(text, tr.tokens));
    if (!tree) throw new Error('tree-sitter returned no tree');
    const root = buildCst(tree);
    tree.delete();
    const err = firstTsError(root);
    if (err) throw diagnoseTsError(sub, err);
    const stmts = kidsNamed(root);
    const st = stmts[0];
    if (stmts.length !== 1 || !st || st.type !== 'expression_statement') return sub.invalid(st ?? root);
    const inner = kidsNamed(st);
    if (inner.length !== 1) return sub.invalid(st);
    const x = inner[0]!;
    if (x.s !== 0 || x.e !== text.length) return sub.invalid(x);
    return sub.expr(x);
  }
}

const COMPOUND_STMT = new Set([
  'if_statement', 'for_statement', 'while_statement', 'try_statement', 'with_statement', 'function_definition',
  'class_definition', 'decorated_definition', 'match_statement',
]);

/** f-string field node types whose conversion does not depend on CPython's extra parentheses. */
const FAST_FEXPR = new Set([
  'identifier', 'attribute', 'subscript', 'call', 'binary_operator', 'unary_operator', 'comparison_operator',
  'boolean_operator', 'not_operator', 'conditional_expression', 'integer', 'float', 'string', 'concatenated_string',
  'true', 'false', 'none', 'list', 'dictionary', 'set', 'tuple', 'parenthesized_expression', 'list_comprehension',
  'dictionary_comprehension', 'set_comprehension', 'await', 'lambda',
]);

function emptyArgs(): A.Arguments {
  return { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** If the leftmost primary of n (through binary operators, calls, attributes, subscripts) is a list_splat, return it. */
function leftmostSplat(n: CNode): CNode | null {
  let cur: CNode | undefined = n;
  let depth = 0;
  while (cur) {
    switch (cur.type) {
      case 'list_splat':
        return depth ? cur : null;
      case 'binary_operator':
        cur = fieldKid(cur, 'left');
        break;
      case 'call':
        cur = fieldKid(cur, 'function');
        break;
      case 'attribute':
        cur = fieldKid(cur, 'object');
        break;
      case 'subscript':
        cur = fieldKid(cur, 'value');
        break;
      default:
        return null;
    }
    depth++;
  }
  return null;
}

function applyCtx(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      applyCtx(e.value, ctx);
      break;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const x of e.elts) applyCtx(x, ctx);
      break;
    default:
      break;
  }
}

/** _PyPegen_get_expr_name */
function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.type === 'None') return 'None';
      if (v.type === 'bool') return v.value ? 'True' : 'False';
      if (v.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** _PyPegen_get_invalid_target */
function invalidTarget(e: A.Expr, type: 'star' | 'del' | 'for'): A.Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const b = invalidTarget(x, type);
        if (b) return b;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

function colToIdx(sm: SourceMap, lineno: number, col: number): number {
  const start = sm.lineStarts[lineno - 1]!;
  let i = start;
  for (let c = 0; c < col && i < sm.src.length; c++) {
    const code = sm.src.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return i - start;
}

function locOf(x: A.Location): Loc {
  return { lineno: x.lineno, col_offset: x.col_offset, end_lineno: x.end_lineno, end_col_offset: x.end_col_offset };
}

// ============================================================== strings & f-strings (port of CPython 3.11 Parser/string_parser.c)

/** The tree-sitter string node [a, b) must be exactly one STRING token of CPython 3.11's tokenizer. */
function checkStringToken(cv: Converter, a: number, b: number): void {
  const toks = cv.P.tokens;
  if (!toks.length || cv.errPrefix) return; // sub-parse (f-string expression): checked by the outer token
  let i = tokenAt(cv.P, a);
  while (toks[i] && toks[i]!.s === a && (toks[i]!.t === TK.INDENT || toks[i]!.t === TK.DEDENT)) i++;
  const t = toks[i];
  if (t && t.t === TK.STRING && t.s === a && t.e === b) return;
  if (t && t.t === TK.STRING && t.s === a) {
    // e.g. f"{x["a"]}" : in 3.11 the string ends at the second quote; report what CPython's
    // f-string parser or grammar would report for that shorter token.
    const piece = analyzeStringToken(cv.P.src, t.s, t.e);
    if (piece.f) concatenateStrings(cv, [piece]);
    const nxt = toks[i + 1];
    fail(nxt ? nxt.s : t.e, 'invalid syntax');
  }
  fail(a, 'invalid syntax');
}

/** Index of the first token starting at or after pos. */
function tokenAt(P: Shared, pos: number): number {
  const toks = P.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first non-NEWLINE/INDENT/DEDENT token at or after pos. */
function nextTokenIdx(P: Shared, pos: number): number {
  let i = tokenAt(P, pos);
  while (i < P.tokens.length && (P.tokens[i]!.t === TK.NEWLINE || P.tokens[i]!.t === TK.INDENT || P.tokens[i]!.t === TK.DEDENT)) i++;
  return i;
}

/** Where CPython reports "expected an indented block": the token after the header's NEWLINE. */
function expectedBlockPos(P: Shared, blockStart: number): { pos: number; offset: number | null } {
  const toks = P.tokens;
  let i = tokenAt(P, blockStart);
  // the NEWLINE ending the header
  while (i < toks.length && toks[i]!.t !== TK.NEWLINE) i++;
  const nl = toks[i];
  const nxt = toks[i + 1];
  if (!nl) return { pos: blockStart, offset: null };
  // tokens ran out (tokenizer error after the header): that error comes first
  if (!nxt) return { pos: P.src.length + 1, offset: null };
  return { pos: nxt.s, offset: null };
}

interface FState {
  lastStr: string | null;
  exprs: A.Expr[];
  fmode: boolean;
}

function concatenateStrings(cv: Converter, pieces: StrPiece[]): A.Expr {
  const src = cv.P.src;
  const sm = cv.P.sm;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const whole = absLoc(sm, first.s, last.e);
  // decode errors are reported (by RAISE_SYNTAX_ERROR) at the token following the strings
  const afterIdx = cv.P.tokens.length ? tokenAt(cv.P, last.e) : -1;
  const errPos = afterIdx >= 0 && cv.P.tokens[afterIdx] ? cv.P.tokens[afterIdx]!.s : last.e;
  const decodeFail = (e: unknown): never => {
    if (e instanceof DecodeError) fail(errPos, e.msg);
    throw e;
  };
  const bytesmode = first.bytes;
  const state: FState = { lastStr: null, exprs: [], fmode: false };
  let bytesAcc: number[] | null = null;
  const kindU = first.u ? 'u' : null;
  for (const p of pieces) {
    if (p.bytes !== bytesmode) fail(errPos, 'cannot mix bytes and nonbytes literals');
    const body = src.slice(p.bs, p.be);
    if (p.f) {
      fstringConcat(cv, state, p, p.bs, p.be, 0, whole, kindU);
    } else if (p.bytes) {
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(body)) fail(errPos, 'bytes can only contain ASCII literal characters');
      let v: Uint8Array;
      try {
        v = p.raw || !body.includes('\\') ? Uint8Array.from(body, (c) => c.charCodeAt(0)) : decodeBytesEscapes(body);
      } catch (e) {
        return decodeFail(e);
      }
      bytesAcc = bytesAcc ?? [];
      for (const b of v) bytesAcc.push(b);
    } else {
      let v: string;
      try {
        v = p.raw ? body : decodeStrEscapes(body);
      } catch (e) {
        return decodeFail(e);
      }
      if (v.length) state.lastStr = (state.lastStr ?? '') + v;
    }
  }
  if (bytesmode) {
    return { kind: 'Constant', value: { type: 'bytes', value: Uint8Array.from(bytesAcc ?? []) }, constant_kind: null, ...whole };
  }
  return fstringFinish(state, whole, kindU);
}

function absLoc(sm: SourceMap, a: number, b: number): Loc {
  return { lineno: sm.lineno(a), col_offset: sm.col(a), end_lineno: sm.lineno(b), end_col_offset: sm.col(b) };
}

function fstringFinish(state: FState, loc: Loc, kindU: 'u' | null): A.Expr {
  if (!state.fmode) {
    return { kind: 'Constant', value: { type: 'str', value: state.lastStr ?? '' }, constant_kind: kindU, ...loc };
  }
  if (state.lastStr !== null) {
    state.exprs.push({ kind: 'Constant', value: { type: 'str', value: state.lastStr }, constant_kind: kindU, ...loc });
    state.lastStr = null;
  }
  return { kind: 'JoinedStr', values: state.exprs, ...loc };
}

/**
 * _PyPegen_FstringParser_ConcatFstring: parse the f-string body [pos, end) of piece p.
 * Returns the position where parsing stopped.
 */
function fstringConcat(
  cv: Converter,
  state: FState,
  p: StrPiece,
  start: number,
  end: number,
  recurse: number,
  whole: Loc,
  kindU: 'u' | null,
): number {
  const src = cv.P.src;
  state.fmode = true;
  let pos = start;
  for (;;) {
    // ---- fstring_find_literal
    let s = pos;
    const litStart = s;
    let result = 0;
    let litEnd = -1;
    while (s < end) {
      let ch = src[s++]!;
      if (!p.raw && ch === '\\' && s < end) {
        ch = src[s++]!;
        if (ch === 'N') {
          if (s < end && src[s++] === '{') {
            while (s < end && src[s++] !== '}') {
              /* skip */
            }
            continue;
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (recurse === 0) {
          if (s < end && src[s] === ch) {
            litEnd = s;
            pos = s + 1;
            result = 1;
            break;
          }
          if (ch === '}') fail(s - 1, "f-string: single '}' is not allowed");
        }
        s--;
        break;
      }
    }
    if (result !== 1) {
      litEnd = s;
      pos = s;
    }
    if (litEnd > litStart) {
      const raw = src.slice(litStart, litEnd);
      let lit: string;
      try {
        lit = p.raw ? raw : decodeStrEscapes(raw);
      } catch (e) {
        if (e instanceof DecodeError) fail(p.e, e.msg);
        throw e;
      }
      if (lit.length) state.lastStr = (state.lastStr ?? '') + lit;
    }
    if (result === 1) continue;
    if (pos >= end || src[pos] === '}') break;
    // ---- fstring_find_expr
    const { expr, exprText } = fstringFindExpr(cv, p, pos, end, recurse, whole, kindU);
    pos = expr.pos;
    if (exprText !== null && exprText.length) state.lastStr = (state.lastStr ?? '') + exprText;
    if (state.lastStr !== null) {
      state.exprs.push({ kind: 'Constant', value: { type: 'str', value: state.lastStr }, constant_kind: kindU, ...whole });
      state.lastStr = null;
    }
    state.exprs.push(expr.node);
  }
  if (recurse === 0 && pos < end) fail(pos, 'f-string: unexpected end of string');
  if (recurse !== 0 && src[pos] !== '}') fail(pos, "f-string: expecting '}'");
  return pos;
}

function fstringFindExpr(
  cv: Converter,
  p: StrPiece,
  start: number,
  end: number,
  recurse: number,
  whole: Loc,
  kindU: 'u' | null,
): { expr: { node: A.Expr; pos: number }; exprText: string | null } {
  const src = cv.P.src;
  if (recurse >= 2) fail(start, 'f-string: expressions nested too deeply');
  let s = start + 1; // skip '{'
  const exprStart = s;
  let quote = '';
  let stringType = 0;
  const parens: string[] = [];
  for (; s < end; s++) {
    const ch = src[s]!;
    if (ch === '\\') fail(s, 'f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote) {
        if (stringType === 3) {
          if (s + 2 < end && src[s + 1] === ch && src[s + 2] === ch) {
            s += 2;
            stringType = 0;
            quote = '';
          }
        } else {
          stringType = 0;
          quote = '';
        }
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (s + 2 < end && src[s + 1] === ch && src[s + 2] === ch) {
        stringType = 3;
        s += 2;
      } else stringType = 1;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (parens.length >= 200) fail(s, 'f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === '#') {
      fail(s, "f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      if (s + 1 < end) {
        const nx = src[s + 1];
        if ((ch === '!' && nx === '=') || (ch === '=' && nx === '=') || (ch === '<' && nx === '=') || (ch === '>' && nx === '=')) {
          s += 1;
          continue;
        }
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (!parens.length) fail(s, `f-string: unmatched '${ch}'`);
      const open = parens.pop()!;
      if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}')))
        fail(s, `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
    }
  }
  const exprEnd = s;
  if (quote) fail(s, 'f-string: unterminated string');
  if (parens.length) fail(s, `f-string: unmatched '${parens[parens.length - 1]}'`);
  if (s >= end) fail(s, "f-string: expecting '}'");
  const value = cv.fstringExpr(exprStart, exprEnd);
  let exprText: string | null = null;
  let conversion = -1;
  let formatSpec: A.Expr | null = null;
  if (src[s] === '=') {
    s++;
    while (s < end && /[ \t\n\r\f\v]/.test(src[s]!)) s++;
    if (s >= end) fail(s, "f-string: expecting '}'");
    exprText = src.slice(exprStart, s);
  }
  if (src[s] === '!') {
    s++;
    if (s >= end) fail(s, "f-string: expecting '}'");
    const c = src[s++]!;
    if (c !== 's' && c !== 'r' && c !== 'a') fail(s, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c.charCodeAt(0);
  }
  if (s < end && src[s] === ':') {
    s++;
    if (s >= end) fail(s, "f-string: expecting '}'");
    const sub: FState = { lastStr: null, exprs: [], fmode: false };
    s = fstringConcat(cv, sub, p, s, end, recurse + 1, whole, kindU);
    formatSpec = fstringFinish(sub, absLoc(cv.P.sm, p.s, p.e), null);
  }
  if (s >= end || src[s] !== '}') fail(s, "f-string: expecting '}'");
  s++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  const node: A.Expr = { kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...whole };
  return { expr: { node, pos: s }, exprText };
}

// ============================================================== syntax error diagnosis

const COMPOUND_KW: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
  match: "'match' statement", case: "'case' statement",
};

const OPERAND_KW = new Set(['True', 'False', 'None']);

function isOperandEnd(t: Token): boolean {
  if (t.t === TK.NUMBER || t.t === TK.STRING) return true;
  if (t.t === TK.NAME) return !KEYWORDS.has(t.v) || OPERAND_KW.has(t.v);
  return t.t === TK.OP && (t.v === ')' || t.v === ']' || t.v === '}' || t.v === '...');
}
function isAtomStart(t: Token): boolean {
  if (t.t === TK.NUMBER || t.t === TK.STRING) return true;
  if (t.t === TK.NAME) return !KEYWORDS.has(t.v) || OPERAND_KW.has(t.v);
  return t.t === TK.OP && (t.v === '{' || t.v === '...');
}
const BINARY_ONLY = new Set([
  '/', '//', '%', '@', '<<', '>>', '&', '|', '^', '<', '>', '<=', '>=', '==', '!=', '<>', '=', ':=', '+=', '-=', '*=',
  '/=', '//=', '%=', '@=', '**=', '>>=', '<<=', '&=', '^=', '|=', '->', '.',
]);
const INFIX = new Set([...BINARY_ONLY, '+', '-', '*', '**']);
const isOp = (t: Token | undefined, v: string): boolean => !!t && t.t === TK.OP && t.v === v;
const isKw = (t: Token | undefined, v: string): boolean => !!t && t.t === TK.NAME && t.v === v;
const isOpen = (t: Token | undefined): boolean => !!t && t.t === TK.OP && (t.v === '(' || t.v === '[' || t.v === '{');
const isClose = (t: Token | undefined): boolean => !!t && t.t === TK.OP && (t.v === ')' || t.v === ']' || t.v === '}');

/** What the diagnosis looks at: the main source, or an f-string replacement field. */
interface DiagCtx {
  P: Shared;
  /** absolute position of P.src[0] */
  base: number;
  prefix: string;
  /** converter over P.src (for string checks) */
  cv: Converter;
}

/** Logical line (token index range [a, b], b = its NEWLINE or last token) containing token index i. */
function logicalLineAt(P: Shared, i: number): [number, number] {
  const toks = P.tokens;
  let a = i;
  while (a > 0) {
    const t = toks[a - 1]!;
    if (t.t === TK.NEWLINE || t.t === TK.INDENT || t.t === TK.DEDENT) break;
    a--;
  }
  while (a < toks.length - 1 && (toks[a]!.t === TK.INDENT || toks[a]!.t === TK.DEDENT)) a++;
  let b = Math.max(i, a);
  while (b < toks.length - 1 && toks[b]!.t !== TK.NEWLINE && toks[b]!.t !== TK.ENDMARKER) b++;
  return [a, b];
}

/** Index of the token containing pos (or the next one). */
function tokenIdxAt(P: Shared, pos: number): number {
  let i = Math.min(tokenAt(P, pos), P.tokens.length - 1);
  if (i > 0 && P.tokens[i - 1]!.e > pos) i--;
  return Math.max(0, i);
}

/** Index of the matching closing bracket of the opening bracket at i (or -1). */
function matchingClose(P: Shared, i: number, limit: number): number {
  let depth = 0;
  for (let j = i; j <= limit && j < P.tokens.length; j++) {
    const t = P.tokens[j]!;
    if (isOpen(t)) depth++;
    else if (isClose(t)) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** First token in [a, b] that cannot follow its predecessor (a cheap stand-in for CPython's failure point). */
function firstAdjacencyError(P: Shared, a: number, b: number): number {
  const toks = P.tokens;
  let i0 = a + 1;
  if (isKw(toks[a], 'from')) {
    // relative module path: `from ...pkg.mod import x`
    while (i0 <= b && !isKw(toks[i0], 'import') && (isOp(toks[i0], '.') || isOp(toks[i0], '...') || toks[i0]!.t === TK.NAME)) i0++;
  }
  for (let i = i0; i <= b && i < toks.length; i++) {
    const prev = toks[i - 1]!;
    const t = toks[i]!;
    if (isOperandEnd(prev) && isAtomStart(t)) {
      if (prev.t === TK.STRING && t.t === TK.STRING) continue;
      // soft keywords: `match x:` / `case y:`
      if (prev.t === TK.NAME && (prev.v === 'match' || prev.v === 'case') && i - 1 === a) continue;
      if (prev.t === TK.NAME && prev.v === 'case' && toks[i - 2]?.t === TK.INDENT) continue;
      return i;
    }
    if (prev.t === TK.OP && INFIX.has(prev.v)) {
      if (isOp(prev, '.') && isOp(t, '.')) continue; // from .. import x
      if (isOp(prev, '*') && isKw(toks[i - 2], 'import')) continue; // from x import *
      if (t.t === TK.NEWLINE || t.t === TK.ENDMARKER) return i;
      if (t.t === TK.OP && (BINARY_ONLY.has(t.v) || isClose(t) || t.v === ',')) {
        if (prev.v === '*' && (t.v === ',' || t.v === ')')) continue; // bare * in parameters
        if (prev.v === '/' && (t.v === ',' || t.v === ')')) continue; // / in parameters
        return i;
      }
    }
    if (isOp(prev, ',') && isOp(t, ',')) return i;
    if (t.t === TK.NAME && KEYWORDS.has(t.v) && !OPERAND_START_KW.has(t.v)) {
      const needsOperand = isOpen(prev) || isOp(prev, ',') || (prev.t === TK.OP && INFIX.has(prev.v)) || (isOp(prev, ':') && prev.level > 0);
      if (needsOperand && !(isOp(prev, '.') && isKw(t, 'import')) && !(isOp(prev, ',') && t.v === 'in')) return i;
    }
    if (isOp(prev, ',') && t.t === TK.OP && BINARY_ONLY.has(t.v) && t.v !== '.' && t.v !== '/' && t.v !== '=') return i;
    if (prev.t === TK.NAME && NO_END_KW.has(prev.v) && (t.t === TK.NEWLINE || t.t === TK.ENDMARKER)) {
      if (prev.v === 'except' && i - 1 === a) continue;
      return i;
    }
    if (isOpen(prev) && t.t === TK.OP && (BINARY_ONLY.has(t.v) || t.v === ',')) return i;
    if (prev.t === TK.NAME && NEEDS_OPERAND_KW.has(prev.v) && t.t === TK.NAME && KEYWORDS.has(t.v) && !OPERAND_START_KW.has(t.v)) {
      if (!(prev.v === 'not' && t.v === 'in')) return i;
    }
    if ((isOp(prev, '(') || isOp(prev, '{')) && isOp(t, ':')) return i;
  }
  return -1;
}

/** Start of the expression ending with token i (for "Perhaps you forgot a comma?"). */
function exprStartBefore(P: Shared, i: number): number {
  const toks = P.tokens;
  let j = i;
  let depth = 0;
  for (; j > 0; j--) {
    const t = toks[j]!;
    if (isClose(t)) depth++;
    else if (isOpen(t)) {
      if (depth === 0) return j + 1;
      depth--;
    }
    if (depth > 0) continue;
    const p = toks[j - 1]!;
    if (p.t === TK.OP && (p.v === ',' || p.v === ':' || p.v === '=' || p.v === ':=' || isOpen(p))) return j;
    if (p.t === TK.NAME && ['if', 'else', 'for', 'in', 'lambda', 'return', 'yield', 'del', 'assert', 'import', 'from'].includes(p.v)) return j;
    if (p.t === TK.NEWLINE || p.t === TK.INDENT || p.t === TK.DEDENT) return j;
  }
  return j;
}

/** keywords that must be followed by an operand */
const NEEDS_OPERAND_KW = new Set(['if', 'elif', 'while', 'for', 'in', 'assert', 'del', 'not', 'await', 'is', 'and', 'or', 'with']);
/** keywords that may start an operand */
const OPERAND_START_KW = new Set(['not', 'lambda', 'await', 'yield', 'True', 'False', 'None']);
const EXPR_KW = new Set(['if', 'else', 'for', 'in', 'not', 'and', 'or', 'is', 'lambda', 'await', 'True', 'False', 'None', 'async']);
/** Index of the first token at or after i that cannot continue an expression (toks.length at EOF). */
function exprRunEnd(P: Shared, i: number): number {
  const toks = P.tokens;
  let depth = 0; // brackets opened within the run
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.t === TK.NUMBER || t.t === TK.STRING) continue;
    if (t.t === TK.NAME) {
      if (!KEYWORDS.has(t.v) || EXPR_KW.has(t.v)) continue;
      return i;
    }
    if (t.t === TK.OP) {
      if (isOpen(t)) depth++;
      else if (isClose(t)) {
        if (depth === 0) return i;
        depth--;
      } else if (t.v === ':' || t.v === ';' || t.v === '=' || t.v === '->' || AUG_OPS.has(t.v)) {
        if (depth > 0 && (t.v === ':' || t.v === '=')) continue;
        return i;
      }
      continue;
    }
    return i;
  }
  return toks.length;
}
function farAt(P: Shared, i: number): number {
  const t = P.tokens[i];
  return t ? t.s : P.src.length;
}

function tsParses(P: Shared, text: string): boolean {
  const tree = P.parser.parse(text.replace(/\btype\b/g, TYPE_SUBST));
  if (!tree) return false;
  const ok = !tree.rootNode.hasError;
  tree.delete();
  return ok;
}

function diagnoseTsError(cv: Converter, node: CNode): ParseFail {
  const D = cv.diag;
  const P = D.P;
  const toks = P.tokens;
  const mk = (pos: number, msg: string, far: number | null = null, excType: PySyntaxErrorType = 'SyntaxError'): ParseFail => {
    const f = new ParseFail(D.base + pos, excType, D.prefix + msg);
    f.farPos = far === null ? null : D.base + far;
    return f;
  };
  if (!toks.length) return mk(node.s, 'invalid syntax');
  let i = tokenIdxAt(P, node.s);
  const endIdx = tokenIdxAt(P, Math.max(node.s, node.e - 1));
  for (let guard = 0; guard < 200 && i < toks.length; guard++) {
    const [a, b] = logicalLineAt(P, i);
    const r = checkLogicalLine(D, a, b, mk);
    if (r) return r;
    if (b >= endIdx || b >= toks.length - 1) break;
    i = b + 1;
    while (i < toks.length - 1 && (toks[i]!.t === TK.INDENT || toks[i]!.t === TK.DEDENT)) i++;
  }
  const lastTok = toks[toks.length - 1]!;
  // tokens stop early (unclosed bracket, or a tokenizer error CPython reaches first)
  if (lastTok.t !== TK.ENDMARKER && (node.e >= P.src.length - 1 || node.e > lastTok.e)) return mk(P.src.length, 'invalid syntax');
  const ti = tokenIdxAt(P, node.s);
  return mk(toks[ti]!.s, 'invalid syntax');
}

type Mk = (pos: number, msg: string, far?: number | null, excType?: PySyntaxErrorType) => ParseFail;

function checkLogicalLine(D: DiagCtx, a: number, b: number, mk: Mk): ParseFail | null {
  // every check proposes a candidate; the earliest one is CPython's most likely report
  let best: ParseFail | null = null;
  const offer = (f: ParseFail | null): void => {
    if (f && (!best || f.pos < best.pos)) best = f;
  };
  const toksAll = D.P.tokens;
  for (let i = a; i <= b; i++) {
    const t = toksAll[i]!;
    if (t.t === TK.OP && !KNOWN_OPS.has(t.v)) {
      offer(mk(t.s, 'invalid syntax'));
      break;
    }
  }
  offer(structuralError(D, a, b, mk));
  offer(checkLogicalLineRest(D, a, b, mk));
  // f-strings are parsed (and their errors raised) as soon as CPython's parser reaches them
  if (!D.prefix) {
    const adj = firstAdjacencyError(D.P, a, b);
    const limit = adj >= 0 ? toksAll[adj]!.s : Infinity;
    for (let i = a; i <= b; i++) {
      const t = toksAll[i]!;
      if (t.t !== TK.STRING || t.s > limit) continue;
      const piece = analyzeStringToken(D.P.src, t.s, t.e);
      if (!piece.f) continue;
      try {
        concatenateStrings(D.cv, [piece]);
      } catch (e) {
        if (e instanceof ParseFail) return e;
        throw e;
      }
    }
  }
  return best;
}

function checkLogicalLineRest(D: DiagCtx, a: number, b: number, mk: Mk): ParseFail | null {
  const P = D.P;
  const toks = P.tokens;
  const first = toks[a]!;
  const last = toks[b]!;
  const atEOF = last.t !== TK.NEWLINE; // unclosed brackets swallow the rest of the file


  // ---- decorator not followed by def/class
  if (isOp(first, '@') && !atEOF) {
    let n = b + 1;
    while (n < toks.length && (toks[n]!.t === TK.INDENT || toks[n]!.t === TK.DEDENT)) n++;
    const nt = toks[n];
    if (nt && !(isKw(nt, 'def') || isKw(nt, 'class') || isKw(nt, 'async') || isOp(nt, '@'))) return mk(nt.s, 'invalid syntax');
  }

  // ---- compound statement header without ':'
  let kwIdx = a;
  if (isKw(first, 'async') && toks[a + 1]) kwIdx = a + 1;
  const kwTok = toks[kwIdx]!;
  const caseOk = kwTok.v !== 'case' || (a > 0 && (toks[a - 1]!.t === TK.INDENT || toks[a - 1]!.t === TK.DEDENT || toks[a - 1]!.t === TK.NEWLINE) && kwIdx === a);
  if (kwTok.t === TK.NAME && COMPOUND_KW[kwTok.v] && !atEOF && caseOk && !(kwTok.v === 'case' && toks[a - 1]!.t === TK.NEWLINE)) {
    let hasTopColon = false;
    for (let i = kwIdx; i < b; i++) if (isOp(toks[i], ':') && toks[i]!.level === 0) hasTopColon = true;
    if (!hasTopColon) {
      const header = P.src.slice(first.s, last.s);
      const kw = kwTok.v;
      const prefix = kw === 'elif' || kw === 'else' ? 'if 1:\n pass\n' : kw === 'except' || kw === 'finally' ? 'try:\n pass\n' : kw === 'case' ? 'match x:\n ' : '';
      const suffix = kw === 'case' ? ':\n  pass\n' : ':\n pass\n';
      if (tsParses(P, prefix + header + suffix)) return mk(last.s, "expected ':'");
    }
  }

  // ---- assignment in a condition: `if x = 1:`
  if ((isKw(first, 'if') || isKw(first, 'elif') || isKw(first, 'while')) && toks[a + 1]) {
    let eq = -1;
    for (let i = a + 1; i < b; i++) {
      const t = toks[i]!;
      if (t.level === 0 && isOp(t, '=')) {
        eq = i;
        break;
      }
      if (t.level === 0 && isOp(t, ':')) break;
    }
    if (eq > a + 1) {
      if (eq === a + 2 && toks[a + 1]!.t === TK.NAME)
        return mk(toks[a + 1]!.s, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      const e = parseFragment(D, toks[a + 1]!.s, toks[eq - 1]!.e);
      if (e && isBitwiseOr(e)) return targetFail(D, e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
    }
  }

  // ---- `f(a.b=1)` / `f(True=1)`
  for (let i = a + 1; i < b; i++) {
    const t = toks[i]!;
    if (!isOp(t, '=') || t.level === 0) continue;
    // the innermost open bracket must be a '(' of a call
    let j = i - 1;
    let depth = 0;
    for (; j >= a; j--) {
      const x = toks[j]!;
      if (isClose(x)) depth++;
      else if (isOpen(x)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && isOp(x, ',')) {
        j = -2;
        break;
      }
    }
    // the argument starts after the preceding ',' or '(' at this depth
    let st = i - 1;
    depth = 0;
    for (; st > a; st--) {
      const x = toks[st]!;
      if (isClose(x)) depth++;
      else if (isOpen(x)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && isOp(x, ',')) break;
    }
    // the enclosing bracket
    let ob = st;
    depth = 0;
    for (; ob > a; ob--) {
      const x = toks[ob]!;
      if (isClose(x)) depth++;
      else if (isOpen(x)) {
        if (depth === 0) break;
        depth--;
      }
    }
    const open = toks[ob]!;
    if (!isOp(open, '(') || ob === a || !isOperandEnd(toks[ob - 1]!)) continue;
    if (isKw(toks[ob - 2], 'def')) continue; // parameter defaults
    const startTok = toks[st + 1]!;
    if (st + 1 === i - 1 && startTok.t === TK.NAME && !KEYWORDS.has(startTok.v)) continue; // keyword argument
    const far = farAt(P, exprRunEnd(P, i + 1));
    if (st + 1 === i - 1 && startTok.t === TK.NAME && OPERAND_KW.has(startTok.v)) return mk(startTok.s, `cannot assign to ${startTok.v}`, far);
    if (st + 1 <= i - 1) return mk(startTok.s, 'expression cannot contain assignment, perhaps you meant "=="?', far);
  }

  // ---- invalid assignment / augmented assignment / for / with targets
  const tgt = diagnoseTargets(D, a, b, mk);
  if (tgt) return tgt;

  // ---- `a if b` without else
  for (let i = a + 1; i <= b; i++) {
    const x = toks[i]!;
    if (!isKw(x, 'if') || !isOperandEnd(toks[i - 1]!)) continue;
    // not a comprehension condition: no `for` at this level earlier in the same bracket group
    let j = i - 1;
    let depth = 0;
    let comp = false;
    for (; j >= a; j--) {
      const y = toks[j]!;
      if (isClose(y)) depth++;
      else if (isOpen(y)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (isKw(y, 'for') || isOp(y, ','))) {
        comp = isKw(y, 'for');
        break;
      }
    }
    if (comp) continue;
    // find else at the same level
    depth = 0;
    let hasElse = false;
    let k = i + 1;
    for (; k <= b; k++) {
      const y = toks[k]!;
      if (isOpen(y)) depth++;
      else if (isClose(y)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (isKw(y, 'else') || isOp(y, ':'))) {
        hasElse = true;
        break;
      } else if (depth === 0 && (isOp(y, ',') || y.t === TK.NEWLINE || isOp(y, '='))) break;
    }
    if (!hasElse && k > i + 1 && depth === 0) return mk(toks[exprStartBefore(P, i - 1)]!.s, "expected 'else' after 'if' expression", toks[k]?.s ?? null);
  }

  // ---- generic: first impossible token adjacency
  const bad = firstAdjacencyError(P, a, b);
  if (bad >= 0) {
    const t = toks[bad]!;
    const prev = toks[bad - 1]!;
    if (isOperandEnd(prev) && isAtomStart(t) && (isOpen(t) ? t.level - 1 : t.level) > 0) {
      const startIdx = exprStartBefore(P, bad - 1);
      const st = toks[startIdx]!;
      const legacy = st.t === TK.NAME && (st.v === 'print' || st.v === 'exec') && startIdx === bad - 1;
      const nameString = st.t === TK.NAME && startIdx === bad - 1 && t.t === TK.STRING;
      const soft = st.t === TK.NAME && (st.v === 'match' || st.v === 'case' || st.v === '_') && startIdx === bad - 1;
      const inPattern = isKw(toks[a], 'case');
      // CPython's rule only applies to `expression` positions: not parameter lists, not `for ... in <disjunction>`
      let inParams = false;
      let inCompIter = false;
      {
        let depth = 0;
        for (let j = startIdx - 1; j >= a; j--) {
          const x = toks[j]!;
          if (isClose(x)) depth++;
          else if (isOpen(x)) {
            if (depth === 0) {
              inParams = isOp(x, '(') && (isKw(toks[j - 2], 'def') || isKw(toks[j - 1], 'lambda'));
              break;
            }
            depth--;
          } else if (depth === 0 && isKw(x, 'lambda')) inParams = true;
        }
        if (isKw(toks[startIdx - 1], 'in')) {
          let d = 0;
          for (let j = startIdx - 2; j >= a; j--) {
            const x = toks[j]!;
            if (isClose(x)) d++;
            else if (isOpen(x)) {
              if (d === 0) break;
              d--;
            } else if (d === 0 && isKw(x, 'for')) {
              inCompIter = true;
              break;
            }
          }
        }
      }
      if (!legacy && !nameString && !soft && !inPattern && !inParams && !inCompIter) {
        return mk(st.s, 'invalid syntax. Perhaps you forgot a comma?', farAt(P, exprRunEnd(P, bad)));
      }
    }
    if (t.t === TK.ENDMARKER) return mk(P.src.length, 'invalid syntax');
    // an atom after a complete operand: CPython's second pass parses it before giving up
    const far = isOperandEnd(prev) && isAtomStart(t) ? farAt(P, exprRunEnd(P, bad)) : t.s;
    return mk(t.s, 'invalid syntax', far);
  }
  if (atEOF) return mk(P.src.length, 'invalid syntax');
  return null;
}

const KNOWN_OPS = new Set([
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '~', '^', '@',
  ...TWO_CHAR_OPS, ...THREE_CHAR_OPS,
]);
const COMPOUND_START = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class', 'async']);
const STRAY_START = new Set(['in', 'is', 'and', 'or', 'as']);
const STMT_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '*', '...', '@']);
/** keywords that cannot be the last token of a logical line */
const NO_END_KW = new Set([
  'import', 'from', 'global', 'nonlocal', 'del', 'assert', 'def', 'class', 'with', 'for', 'while', 'if', 'elif',
  'in', 'is', 'and', 'or', 'not', 'as', 'lambda', 'await', 'async', 'except',
]);

/** Errors visible in the token structure of one logical line (tree-sitter accepts some of these). */
function structuralError(D: DiagCtx, a: number, b: number, mk: Mk): ParseFail | null {
  const P = D.P;
  const toks = P.tokens;
  const first = toks[a]!;
  if (first.t === TK.NAME && STRAY_START.has(first.v)) return mk(first.s, 'invalid syntax');
  if (first.t === TK.OP && !STMT_START_OPS.has(first.v)) return mk(first.s, 'invalid syntax');
  if (first.t === TK.NAME && ['else', 'elif', 'except', 'finally'].includes(first.v) && (a === 0 || toks[a - 1]!.t === TK.INDENT))
    return mk(first.s, 'invalid syntax');
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if ((isKw(t, 'pass') || isKw(t, 'break') || isKw(t, 'continue')) && t.level === 0) {
      const n = toks[i + 1]!;
      if (!(n.t === TK.NEWLINE || isOp(n, ';'))) return mk(n.s, 'invalid syntax');
    }
    // '**' unpacking is only valid in calls, dict displays and parameter lists
    if (isOp(t, '**') && i > a && (isOpen(toks[i - 1]) || isOp(toks[i - 1], ','))) {
      let depth = 0;
      for (let j = i - 1; j >= a; j--) {
        const x = toks[j]!;
        if (isClose(x)) depth++;
        else if (isOpen(x)) {
          if (depth === 0) {
            const call = isOp(x, '(') && j > a && (isOperandEnd(toks[j - 1]!) || isKw(toks[j - 1], 'def') || toks[j - 2]?.v === 'def');
            const lambda = toks.slice(j, i).some((y) => isKw(y, 'lambda'));
            if (!lambda && (isOp(x, '[') || (isOp(x, '(') && !call))) return mk(t.s, 'invalid syntax');
            break;
          }
          depth--;
        }
      }
    }
  }
  let k = a;
  if (isKw(first, 'async')) {
    k++;
    const n = toks[k];
    if (n && !(isKw(n, 'def') || isKw(n, 'for') || isKw(n, 'with'))) return mk(n.s, 'invalid syntax');
  }
  const kw = toks[k];
  if ((isKw(kw, 'def') || isKw(kw, 'class')) && toks[k + 1] && toks[k + 1]!.t !== TK.NAME) return mk(toks[k + 1]!.s, 'invalid syntax');
  if (isKw(kw, 'class') && toks[k + 2]) {
    const n = toks[k + 2]!;
    if (!(isOp(n, '(') || isOp(n, ':') || n.t === TK.NEWLINE)) return mk(n.s, 'invalid syntax');
  }
  // a non-compound statement ending in ':'
  const lastTok = toks[b]!;
  if (lastTok.t === TK.NEWLINE && isOp(toks[b - 1], ':') && b - 1 > a) {
    const head = kw && kw.t === TK.NAME ? kw.v : '';
    if (!COMPOUND_START.has(head) && head !== 'match' && head !== 'case' && head !== 'lambda') return mk(lastTok.s, 'invalid syntax');
  }
  // def NAME '(' ... ')' ['->' expr] ':'   (forced tokens in CPython's grammar)
  if (isKw(kw, 'def') && toks[k + 1]?.t === TK.NAME) {
    const lp = toks[k + 2];
    if (lp && !isOp(lp, '(')) return mk(lp.s, "expected '('");
    const rp = lp ? matchingClose(P, k + 2, b) : -1;
    if (rp > 0) {
      let j = rp + 1;
      if (isOp(toks[j], '->')) {
        j++;
        while (j < b && !(isOp(toks[j], ':') && toks[j]!.level === 0)) j++;
      }
      const c = toks[j];
      if (c && !isOp(c, ':')) return mk(c.s, "expected ':'");
    }
  }
  if (isKw(kw, 'try') && toks[k + 1] && !isOp(toks[k + 1], ':')) return mk(toks[k + 1]!.s, "expected ':'");
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    // a compound statement after ':' on the same line
    if (isOp(t, ':') && t.level === 0 && i + 1 <= b) {
      const n = toks[i + 1]!;
      if (n.t === TK.NAME && COMPOUND_START.has(n.v) && !(n.v === 'if' && false)) return mk(n.s, 'invalid syntax');
    }
    // '=' directly inside [...] or {...} (outside a lambda's parameters)
    if (isOp(t, '=') && t.level > 0 && i > a && isOperandEnd(toks[i - 1]!)) {
      let depth = 0;
      let lambda = false;
      for (let j = i - 1; j >= a; j--) {
        const x = toks[j]!;
        if (isClose(x)) depth++;
        else if (isOpen(x)) {
          if (depth === 0) {
            if ((isOp(x, '[') || isOp(x, '{')) && !lambda) return mk(t.s, 'invalid syntax', farAt(P, exprRunEnd(P, i + 1)));
            break;
          }
          depth--;
        } else if (depth === 0 && isKw(x, 'lambda')) lambda = true;
        else if (depth === 0 && isOp(x, ':')) break;
      }
    }
  }
  return null;
}

/** First logical line whose token structure is certainly invalid (see structuralError / firstAdjacencyError). */
function tokenLevelError(D: DiagCtx): ParseFail | null {
  const P = D.P;
  const toks = P.tokens;
  const mk: Mk = (pos, msg, far = null, excType = 'SyntaxError') => {
    const f = new ParseFail(D.base + pos, excType, D.prefix + msg);
    f.farPos = far === null ? null : D.base + far;
    return f;
  };
  let i = 0;
  while (i < toks.length) {
    while (i < toks.length && (toks[i]!.t === TK.INDENT || toks[i]!.t === TK.DEDENT || toks[i]!.t === TK.NEWLINE)) i++;
    if (i >= toks.length || toks[i]!.t === TK.ENDMARKER) break;
    const [a, b] = logicalLineAt(P, i);
    let suspicious = firstAdjacencyError(P, a, b) >= 0 || !!structuralError(D, a, b, mk);
    if (!suspicious) {
      for (let j = a; j <= b; j++) if (toks[j]!.t === TK.OP && !KNOWN_OPS.has(toks[j]!.v)) suspicious = true;
    }
    if (!suspicious) {
      // compound header without any top-level ':'
      let k = a;
      if (isKw(toks[k], 'async')) k++;
      // `async` can be the last token: the tokenizer stops at a backslash not ending its line
      const kw = toks[k];
      if (kw && kw.t === TK.NAME && COMPOUND_START.has(kw.v) && kw.v !== 'async' && toks[b]!.t === TK.NEWLINE) {
        let colon = false;
        for (let j = k; j < b; j++) if (isOp(toks[j], ':') && toks[j]!.level === 0) colon = true;
        suspicious = !colon;
      }
    }
    if (suspicious) return checkLogicalLine(D, a, b, mk) ?? mk(toks[a]!.s, 'invalid syntax');
    i = b + 1;
  }
  return null;
}

function isBitwiseOr(x: A.Expr): boolean {
  return !(
    x.kind === 'Compare' || x.kind === 'BoolOp' || (x.kind === 'UnaryOp' && x.op === 'Not') || x.kind === 'IfExp' ||
    x.kind === 'Lambda' || x.kind === 'NamedExpr' || x.kind === 'Starred' || x.kind === 'Yield' || x.kind === 'YieldFrom' ||
    (x.kind === 'Tuple' && false)
  );
}

/** Parse a source fragment (positions in D.P.src) as a single expression, or null. */
function parseFragment(D: DiagCtx, s: number, e: number): A.Expr | null {
  const P = D.P;
  const text = P.src.slice(s, e);
  if (!text.trim()) return null;
  const tree = P.parser.parse(text.replace(/\btype\b/g, TYPE_SUBST));
  if (!tree) return null;
  const root = buildCst(tree);
  tree.delete();
  if (firstTsError(root)) return null;
  const st = kidsNamed(root);
  if (st.length !== 1 || st[0]!.type !== 'expression_statement') return null;
  const sub = new Converter({ ...P, tokens: [] }, text, s);
  try {
    const r = sub.exprStmt(st[0]!);
    if (r.kind !== 'Expr') return null;
    return r.value;
  } catch (err) {
    if (err instanceof ParseFail) return null;
    throw err;
  }
}

const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '@=', '**=', '>>=', '<<=', '&=', '^=', '|=']);

function diagnoseTargets(D: DiagCtx, a: number, b: number, mk: Mk): ParseFail | null {
  const P = D.P;
  const toks = P.tokens;
  const first = toks[a]!;
  // `for <target> in` (statements and comprehensions)
  for (let i = a; i < b; i++) {
    if (!isKw(toks[i], 'for')) continue;
    const lvl = toks[i]!.level;
    let inIdx = -1;
    for (let j = i + 1; j < b; j++) {
      const t = toks[j]!;
      if (t.level < lvl) break;
      if (isKw(t, 'in') && t.level === lvl) {
        inIdx = j;
        break;
      }
    }
    if (inIdx > i + 1) {
      const e = parseFragment(D, toks[i + 1]!.s, toks[inIdx - 1]!.e);
      const badT = e && invalidTarget(e, 'for');
      if (badT) return targetFail(D, badT, `cannot assign to ${exprName(badT)}`);
    }
  }
  if (isKw(first, 'with') || (isKw(first, 'async') && isKw(toks[a + 1], 'with'))) {
    for (let i = a; i < b; i++) {
      if (!isKw(toks[i], 'as')) continue;
      let j = i + 1;
      let depth = 0;
      while (j < b) {
        const t = toks[j]!;
        if (isOpen(t)) depth++;
        else if (isClose(t)) {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && (isOp(t, ',') || isOp(t, ':'))) break;
        j++;
      }
      if (j > i + 1) {
        const e = parseFragment(D, toks[i + 1]!.s, toks[j - 1]!.e);
        const badT = e && invalidTarget(e, 'star');
        if (badT) return targetFail(D, badT, `cannot assign to ${exprName(badT)}`);
      }
    }
    return null;
  }
  if (first.t === TK.NAME && KEYWORDS.has(first.v) && !OPERAND_KW.has(first.v) && !['not', 'lambda', 'await', 'yield'].includes(first.v))
    return null;
  // split the logical line at top-level '=' (or an augmented assignment operator)
  const cuts: number[] = [];
  let aug = -1;
  let annot = -1;
  let lambdas = 0;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.level !== 0) continue;
    if (isKw(t, 'lambda')) lambdas++;
    if (isOp(t, ':')) {
      if (lambdas) lambdas--;
      else if (annot < 0 && !cuts.length) annot = i;
    }
    if (lambdas) continue;
    if (isOp(t, '=')) cuts.push(i);
    if (t.t === TK.OP && AUG_OPS.has(t.v) && aug < 0 && !cuts.length) aug = i;
  }
  if (aug > a) {
    const e = parseFragment(D, first.s, toks[aug - 1]!.e);
    if (e && e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript')
      return targetFail(D, e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
    return null;
  }
  const afterColon = annot > 0 ? toks[annot + 1] : undefined;
  if (annot > a && (!cuts.length || cuts[0]! > annot) && afterColon && afterColon.t !== TK.NEWLINE) {
    const e = parseFragment(D, first.s, toks[annot - 1]!.e);
    if (e) {
      if (e.kind === 'Tuple') return targetFail(D, e, 'only single target (not tuple) can be annotated');
      if (e.kind === 'List') return targetFail(D, e, 'only single target (not list) can be annotated');
      if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') return targetFail(D, e, 'illegal target for annotation');
    }
    return null;
  }
  if (!cuts.length) return null;
  const segs: [number, number][] = [];
  let s = a;
  for (const c of cuts) {
    segs.push([s, c - 1]);
    s = c + 1;
  }
  // invalid_named_expression: `<bitwise_or> = <bitwise_or>` with a single '=' is tried first
  // (on the last element of an unparenthesized tuple)
  if (cuts.length === 1 && segs[0]![1] >= segs[0]![0]) {
    const [s0, e0] = segs[0]!;
    let lastElt = s0;
    for (let i = s0; i <= e0; i++) if (isOp(toks[i], ',') && toks[i]!.level === 0) lastElt = i + 1;
    const eltTok = toks[lastElt]!;
    let excluded = eltTok.t === TK.NAME && OPERAND_KW.has(eltTok.v);
    if (isOp(eltTok, '[') || isOp(eltTok, '(')) {
      // !(list|tuple|genexp): a list/tuple display or generator expression starts here
      const close = matchingClose(P, lastElt, e0);
      const grp = close > 0 ? parseFragment(D, eltTok.s, toks[close]!.e) : null;
      excluded = !!grp && (grp.kind === 'List' || grp.kind === 'Tuple' || grp.kind === 'GeneratorExp');
      if (grp && grp.kind === 'Tuple' && isOp(eltTok, '(') && grp.elts.length === 0) excluded = true;
    }
    const elt = lastElt <= e0 ? parseFragment(D, eltTok.s, toks[e0]!.e) : null;
    const parenAtom = isOp(eltTok, '(') && matchingClose(P, lastElt, e0) === e0;
    const rhsTok = toks[cuts[0]! + 1];
    const hasRhs = !!rhsTok && rhsTok.t !== TK.NEWLINE && rhsTok.t !== TK.ENDMARKER && !isOp(rhsTok, '=') && !isOp(rhsTok, ':=');
    if (elt) {
      if (elt.kind === 'Name' && lastElt > s0) {
        const whole = parseFragment(D, toks[s0]!.s, toks[e0]!.e);
        if (whole && invalidTarget(whole, 'star')) return mk(eltTok.s, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      } else if (hasRhs && !excluded && (parenAtom || isBitwiseOr(elt)) && invalidTarget(elt, 'star') === elt) {
        return targetFail(D, elt, `cannot assign to ${exprName(elt)} here. Maybe you meant '==' instead of '='?`);
      }
    }
  }
  for (const [s0, e0] of segs) {
    if (e0 < s0) return null;
    const e = parseFragment(D, toks[s0]!.s, toks[e0]!.e);
    if (!e) return null;
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') return targetFail(D, e, 'assignment to yield expression not possible');
    const badT = invalidTarget(e, 'star');
    if (badT) return targetFail(D, badT, `cannot assign to ${exprName(badT)}`);
  }
  return null;
}

function targetFail(D: DiagCtx, e: A.Location, msg: string): ParseFail {
  const sm = D.P.sm;
  const pos = sm.lineStarts[e.lineno - 1]! + colToIdx(sm, e.lineno, e.col_offset);
  return new ParseFail(D.base + pos, 'SyntaxError', D.prefix + msg);
}

/** INDENT where no block may start -> IndentationError: unexpected indent. */
function unexpectedIndent(P: Shared): ParseFail | null {
  const toks = P.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.t !== TK.INDENT) continue;
    const nl = toks[i - 1];
    const colon = toks[i - 2];
    if (!nl || nl.t !== TK.NEWLINE || !isOp(colon, ':')) {
      const nxt = toks[i + 1] ?? toks[i]!;
      return new ParseFail(nxt.s, 'IndentationError', 'unexpected indent', null, P.sm.col(nxt.s));
    }
  }
  return null;
}

/** A compound statement header `...:` NEWLINE not followed by INDENT. */
function missingIndentedBlock(P: Shared): ParseFail | null {
  const toks = P.tokens;
  let lineStart = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.t === TK.INDENT || t.t === TK.DEDENT) {
      lineStart = i + 1;
      continue;
    }
    if (t.t !== TK.NEWLINE) continue;
    const a = lineStart;
    lineStart = i + 1;
    if (!isOp(toks[i - 1], ':')) continue;
    let k = a;
    if (isKw(toks[k], 'async')) k++;
    const kw = toks[k]!;
    const what = kw.t === TK.NAME ? COMPOUND_KW[kw.v] : undefined;
    if (!what) continue;
    const nxt = toks[i + 1];
    if (!nxt || nxt.t === TK.INDENT) continue;
    let msgWhat = what;
    if (kw.v === 'except' && isOp(toks[k + 1], '*')) msgWhat = "'except*' statement";
    return new ParseFail(nxt.s, 'IndentationError', `expected an indented block after ${msgWhat} on line ${P.sm.lineno(kw.s)}`);
  }
  return null;
}

// ============================================================== public API

/**
 * Text handed to tree-sitter: a same-length copy of the source (positions are
 * unchanged; the converter reads names and literals from the original text) with
 * two workarounds for tree-sitter-python:
 *   - inside brackets, newlines, comments and backslash continuations become
 *     spaces: its scanner emits DEDENT tokens for continuation lines indented
 *     less than the enclosing block (e.g. `(x.` NEWLINE `y)` in a function body);
 *   - NAME tokens `type` become a plain identifier (tree-sitter knows the 3.12
 *     `type X = ...` statement and misparses `type(x).y = 1`), and `__future__`
 *     likewise (its future-import rule has no `import *`; CPython reports that
 *     case after parsing).
 */
const TYPE_SUBST = 'typ_';
function treeSitterInput(text: string, tokens: Token[]): string {
  let out = '';
  let last = 0; // text[last..] not yet copied
  let prevEnd = 0;
  let prevLevel = 0;
  const blankGap = (a: number, b: number): void => {
    // copy text[last..a), then a blanked version of text[a..b)
    out += text.slice(last, a);
    let inComment = false;
    for (let i = a; i < b; i++) {
      const c = text[i]!;
      if (c === '#') inComment = true;
      if (c === '\n') {
        inComment = false;
        out += ' ';
      } else if (inComment || c === '\\') out += ' ';
      else out += c;
    }
    last = b;
  };
  for (const t of tokens) {
    if (t.t === TK.INDENT || t.t === TK.DEDENT) continue;
    if (prevLevel > 0 && t.s > prevEnd && /[\n#\\]/.test(text.slice(prevEnd, t.s))) blankGap(prevEnd, t.s);
    if (t.t === TK.NAME && (t.v === 'type' || t.v === '__future__')) {
      out += text.slice(last, t.s) + (t.v === 'type' ? TYPE_SUBST : '__futurX__');
      last = t.e;
    }
    prevEnd = t.e;
    prevLevel = t.level;
  }
  // unclosed brackets at EOF: the rest of the text is inside them
  if (prevLevel > 0 && prevEnd < text.length) blankGap(prevEnd, Math.max(prevEnd, text.length - 1));
  return last === 0 ? text : out + text.slice(last);
}

let parserInstance: Parser | null = null;
let initPromise: Promise<void> | null = null;

/** Load tree-sitter and the Python grammar (idempotent). */
export async function initParser(): Promise<void> {
  if (parserInstance) return;
  if (!initPromise) {
    initPromise = (async () => {
      await Parser.init();
      const require = createRequire(import.meta.url);
      const wasm = require.resolve('tree-sitter-python/tree-sitter-python.wasm');
      const lang = await Language.load(wasm);
      const p = new Parser();
      p.setLanguage(lang);
      parserInstance = p;
    })().catch((e: unknown) => {
      initPromise = null;
      throw e;
    });
  }
  await initPromise;
}

function toPy(sm: SourceMap, f: ParseFail): PySyntaxError {
  const pos = Math.max(0, Math.min(f.pos, sm.src.length));
  let lineno = f.linenoOverride ?? sm.lineno(pos);
  if (pos >= sm.src.length && sm.src.endsWith('\n') && f.linenoOverride === null) {
    // EOF: CPython reports the last line
    lineno = Math.max(1, sm.lineCount() - 1);
  }
  const offset = f.offsetOverride ?? (pos >= sm.src.length ? sm.lineText(lineno).replace(/\n$/, '').length + 1 : sm.col(pos) + 1);
  let endLineno: number | null = null;
  let endOffset: number | null = null;
  if (f.endPos !== null) {
    endLineno = sm.lineno(f.endPos);
    endOffset = sm.col(f.endPos) + 1;
  }
  return new PySyntaxError(f.excType, f.msg, lineno, offset, sm.lineText(lineno) || null, endLineno, endOffset);
}

/**
 * Parse Python 3.11 source into an `ast.Module`.  Synchronous; call
 * `await initParser()` once first.  Throws PySyntaxError for invalid code.
 */
export function parse(source: string): A.Module {
  try {
    return parseImpl(source);
  } catch (e) {
    // Absurdly deep nesting (tens of thousands of levels) exhausts the JS stack: a documented
    // refusal (docs/limits.md), not a claim about what CPython does with it
    if (isStackOverflow(e)) throw new NotSupported(DEEP_SOURCE, 1, DEEP_WHY);
    throw e;
  }
}

function parseImpl(source: string): A.Module {
  const parser = parserInstance;
  if (!parser) throw new Error('parse(): call `await initParser()` first');
  let src = source.replace(/\r\n?/g, '\n');
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (!src.endsWith('\n')) src += '\n';
  const sm = new SourceMap(src);
  const nul = src.indexOf('\0');
  if (nul >= 0) throw toPy(sm, new ParseFail(nul, 'SyntaxError', 'source code cannot contain null bytes'));

  // 1. tokenizer
  const tr = tokenize(src, sm);
  if (tr.error && tr.error.cls === 'A') {
    // CPython reports "unexpected indent" without looking for tokenizer errors further on
    const P0: Shared = { src, sm, tokens: tr.tokens, parser };
    const ui = unexpectedIndent(P0);
    if (ui && ui.pos < tr.error.fail.pos) {
      const tl = tokenLevelError({ P: P0, base: 0, prefix: '', cv: new Converter(P0, src, 0) });
      if (!tl || tl.pos >= ui.pos) throw toPy(sm, ui);
    }
    throw toPy(sm, tr.error.fail);
  }

  // 2. tree-sitter
  const tree = parser.parse(treeSitterInput(src, tr.tokens));
  if (!tree) throw new Error('tree-sitter returned no tree');
  const root = buildCst(tree, src);
  tree.delete();
  const P: Shared = { src, sm, tokens: tr.tokens, parser };

  // 3. conversion; pick the earliest parser-level error
  const cv = new Converter(P, src, 0);
  let mod: A.Module | null = null;
  let best: ParseFail | null = null;
  // earliest wins; on a tie prefer the tokenizer, then indentation errors, then specific messages
  const rank = (f: ParseFail): number =>
    tr.error && f === tr.error.fail ? 0 : f.excType !== 'SyntaxError' ? 1 : f.msg !== 'invalid syntax' ? 2 : 3;
  // `async` as the last token before a tokenizer error (`async \` at the end of the file, `async \ def`):
  // CPython's parser accepts `async` and asks for the next token, which is that error
  const lastTok = tr.tokens[tr.tokens.length - 1];
  const cutAfterAsync = !!tr.error && !!lastTok && isKw(lastTok, 'async') && tr.error.fail.pos >= lastTok.e;
  const consider = (f: ParseFail | null): void => {
    if (f && cutAfterAsync && f !== tr.error?.fail && f.pos >= lastTok!.s) return;
    if (f && (!best || f.pos < best.pos || (f.pos === best.pos && rank(f) < rank(best)))) best = f;
  };
  try {
    mod = cv.module(root);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    consider(e);
  }
  const tsNode = firstTsError(root);
  if (tsNode && (!best || tsNode.s <= (best as ParseFail).pos)) consider(diagnoseTsError(cv, tsNode));
  consider(unexpectedIndent(P));
  consider(missingIndentedBlock(P));
  consider(tokenLevelError(cv.diag));
  if (tr.error) consider(tr.error.fail); // class B: only if the parser got that far
  if (tr.unclosed.length && !tr.error) {
    // _PyPegen_tokenize_full_source_to_check_for_errors: an unclosed bracket wins when the
    // parser had read beyond the line of the innermost unclosed bracket.
    const inner = tr.unclosed[tr.unclosed.length - 1]!;
    const outer = tr.unclosed[0]!;
    const b = best as ParseFail | null;
    const far = b ? (b.farPos ?? b.pos) : src.length;
    // the logical line of the outermost unclosed bracket runs to the end of the file
    const [lineStart] = logicalLineAt(P, tokenIdxAt(P, outer.pos));
    const earlier = !!b && b.pos < P.tokens[lineStart]!.s;
    if (!earlier && (!b || far >= src.length - 1 || sm.lineno(far) > inner.line)) {
      best = new ParseFail(inner.pos, 'SyntaxError', `'${inner.ch}' was never closed`);
    }
  }
  if (best) throw toPy(sm, best);

  // 4. checks CPython makes after parsing (future / symtable / compiler)
  compileChecks(mod!, P);
  return mod!;
}

// ============================================================== checks CPython makes after parsing

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

type AnyNode = Record<string, unknown> & { kind: string };

/** Child AST nodes of n in field order. */
function astChildren(n: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const fields = AST_FIELD_NAMES[n.kind] ?? [];
  for (const f of fields) {
    const v = n[f];
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'kind' in x) out.push(x as AnyNode);
    } else if (v && typeof v === 'object' && 'kind' in (v as object)) out.push(v as AnyNode);
  }
  return out;
}

// field names (subset of ast.AST_FIELDS without the dump metadata; kept local to avoid a runtime import cycle)
const AST_FIELD_NAMES: Record<string, string[]> = {
  Module: ['body'], FunctionDef: ['args', 'body', 'decorator_list', 'returns'], AsyncFunctionDef: ['args', 'body', 'decorator_list', 'returns'],
  ClassDef: ['bases', 'keywords', 'body', 'decorator_list'], Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value'],
  AugAssign: ['target', 'value'], AnnAssign: ['target', 'annotation', 'value'], For: ['target', 'iter', 'body', 'orelse'],
  AsyncFor: ['target', 'iter', 'body', 'orelse'], While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body'], AsyncWith: ['items', 'body'], Match: ['subject', 'cases'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'],
  Import: ['names'], ImportFrom: ['names'], Global: [], Nonlocal: [], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'right'], UnaryOp: ['operand'], Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'], Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'], DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'],
  Await: ['value'], Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'comparators'], Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'format_spec'], JoinedStr: ['values'], Constant: [], Attribute: ['value'], Subscript: ['value', 'slice'],
  Starred: ['value'], Name: [], List: ['elts'], Tuple: ['elts'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs'], ExceptHandler: ['type', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'], arg: ['annotation'],
  keyword: ['value'], alias: [], withitem: ['context_expr', 'optional_vars'], match_case: ['pattern', 'guard', 'body'],
  MatchValue: ['value'], MatchSingleton: [], MatchSequence: ['patterns'], MatchMapping: ['keys', 'patterns'],
  MatchClass: ['cls', 'patterns', 'kwd_patterns'], MatchStar: [], MatchAs: ['pattern'], MatchOr: ['patterns'],
};

function failAt(P: Shared, loc: A.Location, msg: string): never {
  throw new ParseFail(P.sm.lineStarts[loc.lineno - 1]! + colToIdx(P.sm, loc.lineno, loc.col_offset), 'SyntaxError', msg);
}

function compileChecks(mod: A.Module, P: Shared): void {
  try {
    futureChecks(mod, P);
    new SymtableCheck(P).run(mod);
    new CompileCheck(P).run(mod);
  } catch (e) {
    if (e instanceof ParseFail) throw toPy(P.sm, e);
    throw e;
  }
}

function futureChecks(mod: A.Module, P: Shared): void {
  let allowed = true;
  mod.body.forEach((s, i) => {
    if (s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (!allowed) failAt(P, s, 'from __future__ imports must occur at the beginning of the file');
      for (const a of s.names) {
        if (a.name === 'braces') failAt(P, s, 'not a chance');
        if (!FUTURE_FEATURES.has(a.name)) failAt(P, s, `future feature ${a.name} is not defined`);
      }
      return;
    }
    const isDoc = i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str';
    if (!isDoc) allowed = false;
  });
}

// ---------------------------------------------------------- symtable

const DEF_LOCAL = 1;
const DEF_PARAM = 2;
const DEF_GLOBAL = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_ANNOT = 32;

interface Scope {
  type: 'module' | 'function' | 'class' | 'comprehension';
  compKind?: string;
  syms: Map<string, number>;
  parent: Scope | null;
  children: Scope[];
  nonlocalDirectives: { name: string; loc: A.Location }[];
  /** comprehension iteration variables (for walrus checks) */
  compIterVars?: Set<string>;
}

class SymtableCheck {
  private cur!: Scope;
  private compIterExpr = 0;
  constructor(readonly P: Shared) {}

  run(mod: A.Module): void {
    const root: Scope = { type: 'module', syms: new Map(), parent: null, children: [], nonlocalDirectives: [] };
    this.cur = root;
    for (const s of mod.body) this.stmt(s);
    this.analyze(root, new Set());
  }

  private enter(type: Scope['type'], compKind?: string): Scope {
    const s: Scope = { type, compKind, syms: new Map(), parent: this.cur, children: [], nonlocalDirectives: [] };
    this.cur.children.push(s);
    this.cur = s;
    return s;
  }
  private exit(): void {
    this.cur = this.cur.parent!;
  }
  private add(name: string, flag: number, loc: A.Location, scope = this.cur): void {
    const old = scope.syms.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) failAt(this.P, loc, `duplicate argument '${name}' in function definition`);
    scope.syms.set(name, old | flag);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.add(s.name, DEF_LOCAL, s);
        for (const d of s.args.defaults) this.expr(d);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.annotations(s.args, s.returns);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('function');
        this.params(s.args);
        for (const b of s.body) this.stmt(b);
        this.exit();
        return;
      case 'ClassDef':
        this.add(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('class');
        for (const b of s.body) this.stmt(b);
        this.exit();
        return;
      case 'Global':
      case 'Nonlocal': {
        const isG = s.kind === 'Global';
        if (!isG && this.cur.type === 'module') failAt(this.P, s, 'nonlocal declaration not allowed at module level');
        for (const name of s.names) {
          const cur = this.cur.syms.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const what = isG ? 'global' : 'nonlocal';
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            failAt(this.P, s, msg);
          }
          this.add(name, isG ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!isG) this.cur.nonlocalDirectives.push({ name, loc: s });
        }
        return;
      }
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = this.cur.syms.get(s.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            failAt(this.P, s, `annotated name '${s.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`);
          }
          if (s.simple) this.add(s.target.id, DEF_ANNOT | DEF_LOCAL, s);
          else if (s.value) this.add(s.target.id, DEF_LOCAL, s);
        } else this.expr(s.target);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') failAt(this.P, s, 'import * only allowed at module level');
            continue;
          }
          const nm = a.asname ?? a.name.split('.')[0]!;
          this.add(nm, DEF_LOCAL, a);
        }
        return;
      case 'Try':
      case 'TryStar':
        for (const b of s.body) this.stmt(b);
        for (const b of s.orelse) this.stmt(b);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.add(h.name, DEF_LOCAL, h);
          for (const b of h.body) this.stmt(b);
        }
        for (const b of s.finalbody) this.stmt(b);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          for (const b of c.body) this.stmt(b);
        }
        return;
      default:
        for (const c of astChildren(s as unknown as AnyNode)) this.any(c);
    }
  }

  private any(n: AnyNode): void {
    if (n.kind === 'withitem') {
      this.expr((n as unknown as A.WithItem).context_expr);
      const v = (n as unknown as A.WithItem).optional_vars;
      if (v) this.expr(v);
    } else if (n.kind === 'keyword') this.expr((n as unknown as A.Keyword).value);
    else if (n.kind === 'alias') return;
    else if (/^[A-Z]/.test(n.kind) && AST_FIELD_NAMES[n.kind] && isStmtKind(n.kind)) this.stmt(n as unknown as A.Stmt);
    else this.expr(n as unknown as A.Expr);
  }

  private pattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.add(p.name, DEF_LOCAL, p);
        return;
      case 'MatchStar':
        if (p.name) this.add(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.add(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x);
        return;
      default:
        return;
    }
  }

  private annotations(args: A.Arguments, returns: A.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  private params(args: A.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) this.add(a.arg, DEF_PARAM, a);
  }

  private expr(e: A.Expr | null): void {
    if (!e) return;
    switch (e.kind) {
      case 'Name':
        this.add(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        return;
      case 'Lambda':
        for (const d of e.args.defaults) this.expr(d);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.enter('function');
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        const kindName = e.kind === 'ListComp' ? 'list comprehension' : e.kind === 'SetComp' ? 'set comprehension' : e.kind === 'DictComp' ? 'dict comprehension' : 'generator expression';
        const gens = e.generators;
        // outermost iterable is evaluated in the enclosing scope
        this.compIterExpr++;
        this.expr(gens[0]!.iter);
        this.compIterExpr--;
        const sc = this.enter('comprehension', kindName);
        sc.compIterVars = new Set();
        gens.forEach((g, i) => {
          this.compTarget(g.target, sc);
          if (i > 0) {
            this.compIterExpr++;
            this.expr(g.iter);
            this.compIterExpr--;
          }
          for (const c of g.ifs) this.expr(c);
        });
        if (e.kind === 'DictComp') {
          this.expr(e.key);
          this.expr(e.value);
        } else this.expr(e.elt);
        this.exit();
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        if (this.cur.type === 'comprehension') failAt(this.P, e, `'yield' inside ${this.cur.compKind}`);
        if (e.value) this.expr(e.value);
        return;
      case 'Await':
        this.expr(e.value);
        return;
      case 'NamedExpr': {
        if (this.compIterExpr > 0) failAt(this.P, e, 'assignment expression cannot be used in a comprehension iterable expression');
        const target = e.target as A.Name;
        if (this.cur.type === 'comprehension') {
          // binds in the nearest enclosing function/module scope
          let s: Scope = this.cur;
          while (s.type === 'comprehension') {
            if (s.compIterVars?.has(target.id))
              failAt(this.P, e, `assignment expression cannot rebind comprehension iteration variable '${target.id}'`);
            s = s.parent!;
          }
          if (s.type === 'class') failAt(this.P, e, 'assignment expression within a comprehension cannot be used in a class body');
          this.expr(e.value);
          this.add(target.id, DEF_LOCAL, target, s);
          return;
        }
        this.expr(e.value);
        this.expr(target);
        return;
      }
      default:
        for (const c of astChildren(e as unknown as AnyNode)) {
          if (c.kind === 'keyword') this.expr((c as unknown as A.Keyword).value);
          else if (c.kind === 'comprehension' || c.kind === 'arguments' || c.kind === 'arg') continue;
          else this.expr(c as unknown as A.Expr);
        }
    }
  }

  private compTarget(t: A.Expr, sc: Scope): void {
    const visit = (x: A.Expr): void => {
      if (x.kind === 'Name') {
        sc.compIterVars!.add(x.id);
        this.add(x.id, DEF_LOCAL, x);
      } else if (x.kind === 'Tuple' || x.kind === 'List') x.elts.forEach(visit);
      else if (x.kind === 'Starred') visit(x.value);
      else this.expr(x);
    };
    visit(t);
  }

  /** analyze_block: nonlocal names need a binding in an enclosing function scope. */
  private analyze(s: Scope, bound: Set<string>): void {
    for (const d of s.nonlocalDirectives) {
      const flags = s.syms.get(d.name) ?? 0;
      if (flags & DEF_GLOBAL) failAt(this.P, d.loc, `name '${d.name}' is nonlocal and global`);
      if (!bound.has(d.name)) failAt(this.P, d.loc, `no binding for nonlocal '${d.name}' found`);
    }
    let newBound = bound;
    if (s.type === 'class') {
      newBound = new Set(bound);
      newBound.add('__class__');
    } else if (s.type === 'function' || s.type === 'comprehension') {
      newBound = new Set(bound);
      for (const [name, flags] of s.syms) {
        if (flags & DEF_GLOBAL) newBound.delete(name);
        else if (flags & (DEF_LOCAL | DEF_PARAM) && !(flags & DEF_NONLOCAL)) newBound.add(name);
      }
    }
    for (const c of s.children) this.analyze(c, newBound);
  }
}

const STMT_KINDS = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign', 'For', 'AsyncFor',
  'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global',
  'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
function isStmtKind(k: string): boolean {
  return STMT_KINDS.has(k);
}

// ---------------------------------------------------------- compiler

interface CScope {
  type: 'module' | 'function' | 'class' | 'comprehension';
  async: boolean;
  generator: boolean;
  loops: number;
}

class CompileCheck {
  private sc: CScope = { type: 'module', async: false, generator: false, loops: 0 };
  constructor(readonly P: Shared) {}

  run(mod: A.Module): void {
    for (const s of mod.body) this.stmt(s);
  }

  private inScope(sc: CScope, f: () => void): void {
    const saved = this.sc;
    this.sc = sc;
    try {
      f();
    } finally {
      this.sc = saved;
    }
  }

  private stmts(b: A.Stmt[]): void {
    for (const s of b) this.stmt(s);
  }

  private loopBody(b: A.Stmt[]): void {
    this.sc.loops++;
    this.stmts(b);
    this.sc.loops--;
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of s.decorator_list) this.expr(d);
        for (const d of s.args.defaults) this.expr(d);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.argAnnotations(s.args);
        if (s.returns) this.expr(s.returns);
        const generator = containsYield(s.body);
        this.inScope({ type: 'function', async: s.kind === 'AsyncFunctionDef', generator, loops: 0 }, () => this.stmts(s.body));
        return;
      }
      case 'ClassDef':
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b, true);
        this.keywords(s.keywords);
        this.inScope({ type: 'class', async: false, generator: false, loops: 0 }, () => this.stmts(s.body));
        return;
      case 'Return':
        if (this.sc.type !== 'function') failAt(this.P, s, "'return' outside function");
        if (s.value && this.sc.async && this.sc.generator) failAt(this.P, s, "'return' with value in async generator");
        if (s.value) this.expr(s.value);
        return;
      case 'Break':
        if (!this.sc.loops) failAt(this.P, s, "'break' outside loop");
        return;
      case 'Continue':
        if (!this.sc.loops) failAt(this.P, s, "'continue' not properly in loop");
        return;
      case 'For':
      case 'AsyncFor':
        if (s.kind === 'AsyncFor') this.asyncStmt(s, 'async for');
        this.expr(s.iter);
        this.target(s.target);
        this.loopBody(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.loopBody(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        if (s.kind === 'AsyncWith') this.asyncStmt(s, 'async with');
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.target(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.expr(s.target);
        this.expr(s.annotation);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        s.handlers.forEach((h, i) => {
          if (!h.type && i < s.handlers.length - 1) failAt(this.P, h, "default 'except:' must be last");
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        });
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Match': {
        this.expr(s.subject);
        const n = s.cases.length;
        const last = s.cases[n - 1]!;
        const hasDefault = n > 1 && last.pattern.kind === 'MatchAs' && !last.pattern.pattern && !last.pattern.name;
        s.cases.forEach((c, i) => {
          if (i < n - (hasDefault ? 1 : 0)) this.matchPattern(c.pattern, c.guard !== null || i === n - 1, []);
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        });
        return;
      }
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Expr':
      case 'Raise':
      case 'Assert':
      case 'If':
      default:
        for (const c of astChildren(s as unknown as AnyNode)) {
          if (isStmtKind(c.kind)) this.stmt(c as unknown as A.Stmt);
          else this.expr(c as unknown as A.Expr);
        }
    }
  }

  private asyncStmt(s: A.Location, what: string): void {
    if (this.sc.type === 'function' && this.sc.async) return;
    if (this.sc.type === 'function' || this.sc.type === 'comprehension') failAt(this.P, s, `'${what}' outside async function`);
    failAt(this.P, s, `'${what}' outside async function`);
  }

  private argAnnotations(args: A.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation) this.expr(a.annotation, true);
  }

  private keywords(kws: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const k of kws) {
      if (k.arg !== null) {
        if (seen.has(k.arg)) failAt(this.P, k, `keyword argument repeated: ${k.arg}`);
        seen.add(k.arg);
      }
      this.expr(k.value);
    }
  }

  /** assignment target: starred rules */
  private target(t: A.Expr): void {
    if (t.kind === 'Starred') failAt(this.P, t, 'starred assignment target must be in a list or tuple');
    if (t.kind === 'Tuple' || t.kind === 'List') {
      let stars = 0;
      for (const x of t.elts) {
        if (x.kind === 'Starred') {
          stars++;
          if (stars > 1) failAt(this.P, x, 'multiple starred expressions in assignment');
          this.target(x.value);
        } else this.target(x);
      }
      return;
    }
    this.expr(t);
  }

  /** compiler_pattern: irrefutability and name-binding rules. */
  private matchPattern(p: A.Pattern, allowIrrefutable: boolean, stores: string[]): void {
    const store = (name: string | null): void => {
      if (name === null) return;
      if (stores.includes(name)) failAt(this.P, p, `multiple assignments to name '${name}' in pattern`);
      stores.push(name);
    };
    switch (p.kind) {
      case 'MatchAs':
        if (!p.pattern) {
          if (!allowIrrefutable) {
            if (p.name) failAt(this.P, p, `name capture '${p.name}' makes remaining patterns unreachable`);
            failAt(this.P, p, 'wildcard makes remaining patterns unreachable');
          }
          store(p.name);
          return;
        }
        this.matchPattern(p.pattern, allowIrrefutable, stores);
        store(p.name);
        return;
      case 'MatchStar':
        store(p.name);
        return;
      case 'MatchSequence': {
        let stars = 0;
        for (const x of p.patterns) {
          if (x.kind === 'MatchStar' && ++stars > 1) failAt(this.P, x, 'multiple starred names in sequence pattern');
          this.matchPattern(x, true, stores);
        }
        return;
      }
      case 'MatchMapping':
        for (const x of p.patterns) this.matchPattern(x, true, stores);
        store(p.rest);
        return;
      case 'MatchClass':
        for (const x of [...p.patterns, ...p.kwd_patterns]) this.matchPattern(x, true, stores);
        return;
      case 'MatchOr': {
        let first: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          const altStores: string[] = [...stores];
          this.matchPattern(alt, i === p.patterns.length - 1 && allowIrrefutable, altStores);
          const bound = altStores.slice(stores.length).sort();
          if (first === null) first = bound;
          else if (bound.join('\0') !== first.join('\0')) failAt(this.P, alt, 'alternative patterns bind different names');
        });
        for (const nm of first ?? []) stores.push(nm);
        return;
      }
      default:
        return;
    }
  }

  private pattern(p: A.Pattern): void {
    for (const c of astChildren(p as unknown as AnyNode)) {
      if (c.kind.startsWith('Match')) this.pattern(c as unknown as A.Pattern);
      else this.expr(c as unknown as A.Expr);
    }
  }

  private expr(e: A.Expr | null, starOk = false): void {
    if (!e) return;
    switch (e.kind) {
      case 'Starred':
        if (!starOk) failAt(this.P, e, "can't use starred expression here");
        this.expr(e.value);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        if (e.kind !== 'Set' && e.ctx !== 'Load') {
          this.target(e);
          return;
        }
        for (const x of e.elts) this.expr(x, true);
        return;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a, true);
        this.keywords(e.keywords);
        return;
      case 'Subscript':
        this.expr(e.value);
        if (e.slice.kind === 'Tuple') for (const x of e.slice.elts) this.expr(x, true);
        else this.expr(e.slice);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (this.sc.type !== 'function') failAt(this.P, e, "'yield' outside function");
        if (e.kind === 'YieldFrom' && this.sc.async) failAt(this.P, e, "'yield from' inside async function");
        this.expr(e.value);
        return;
      case 'Await':
        if (this.sc.type !== 'function' && this.sc.type !== 'comprehension') failAt(this.P, e, "'await' outside function");
        if (this.sc.type === 'function' && !this.sc.async) failAt(this.P, e, "'await' outside async function");
        this.expr(e.value);
        return;
      case 'Lambda':
        for (const d of e.args.defaults) this.expr(d);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.inScope({ type: 'function', async: false, generator: containsYieldExpr(e.body), loops: 0 }, () => this.expr(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = e.generators;
        this.expr(gens[0]!.iter);
        const isAsync = gens.some((g) => g.is_async) || compContainsAwait(e);
        if (isAsync && e.kind !== 'GeneratorExp' && !(this.sc.type === 'function' && this.sc.async) && this.sc.type !== 'comprehension')
          failAt(this.P, e, 'asynchronous comprehension outside of an asynchronous function');
        const inner: CScope = { type: 'comprehension', async: isAsync, generator: false, loops: 0 };
        this.inScope(inner, () => {
          gens.forEach((g, i) => {
            this.target(g.target);
            if (i > 0) this.expr(g.iter);
            for (const c of g.ifs) this.expr(c);
          });
          if (e.kind === 'DictComp') {
            this.expr(e.key);
            this.expr(e.value);
          } else this.expr(e.elt);
        });
        return;
      }
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        return;
      default:
        for (const c of astChildren(e as unknown as AnyNode)) {
          if (c.kind === 'keyword') this.expr((c as unknown as A.Keyword).value);
          else if (c.kind === 'comprehension' || c.kind === 'arguments') continue;
          else this.expr(c as unknown as A.Expr);
        }
    }
  }
}

/** Does a function body (not nested scopes) contain yield? */
function containsYield(body: A.Stmt[]): boolean {
  const st: AnyNode[] = [...(body as unknown as AnyNode[])];
  while (st.length) {
    const n = st.pop()!;
    if (n.kind === 'Yield' || n.kind === 'YieldFrom') return true;
    if (n.kind === 'FunctionDef' || n.kind === 'AsyncFunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') {
      // decorators/defaults belong to the enclosing scope
      if (n.kind !== 'Lambda') {
        const d = n as unknown as A.FunctionDef;
        st.push(...(d.decorator_list as unknown as AnyNode[]));
      }
      continue;
    }
    if (n.kind === 'ListComp' || n.kind === 'SetComp' || n.kind === 'DictComp' || n.kind === 'GeneratorExp') {
      st.push((n as unknown as A.ListComp).generators[0]!.iter as unknown as AnyNode);
      continue;
    }
    st.push(...astChildren(n));
  }
  return false;
}
function containsYieldExpr(e: A.Expr): boolean {
  return containsYield([{ kind: 'Expr', value: e, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }]);
}
function compContainsAwait(e: A.Expr): boolean {
  const st: AnyNode[] = astChildren(e as unknown as AnyNode);
  while (st.length) {
    const n = st.pop()!;
    if (n.kind === 'Await') return true;
    if (n.kind === 'Lambda' || n.kind === 'ListComp' || n.kind === 'SetComp' || n.kind === 'DictComp' || n.kind === 'GeneratorExp') continue;
    st.push(...astChildren(n));
  }
  return false;
}
