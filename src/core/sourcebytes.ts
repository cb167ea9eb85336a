// A source file's bytes before they are text: CPython reads a .py file as UTF-8 (PEP 3120) and
// its tokenizer refuses the first byte that does not start a valid UTF-8 sequence
// (Parser/tokenizer: valid_utf8, _PyTokenizer_ensure_utf8). The bot refuses such files itself
// (src/app/input.ts); the CLI prints CPython's SyntaxError.

import type { PyVersion } from './version.js';

/** The length of the valid UTF-8 sequence at b[i], or 0 (CPython's valid_utf8: no overlongs, surrogates or > U+10FFFF). */
function validUtf8(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let expected: number;
  if (c < 0xe0) {
    if (c < 0xc2) return 0;
    expected = 1;
  } else if (c < 0xf0) {
    const d = b[i + 1] ?? 0;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d >= 0xa0)) return 0;
    expected = 2;
  } else if (c < 0xf5) {
    const d = b[i + 1] ?? 0;
    if (d < 0x90 ? c === 0xf0 : c === 0xf4) return 0;
    expected = 3;
  } else return 0;
  for (let k = 1; k <= expected; k++) {
    const d = b[i + k];
    if (d === undefined || d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

/**
 * What CPython prints (and exit status 1) for a file that is not UTF-8, or null when it is.
 * `filename` as the command line gave it ('<stdin>' for standard input).
 * 3.11 prints the message alone; 3.14 prints it as a SyntaxError with the line and a caret.
 * NON-CPYTHON: a file starting with a UTF-8 BOM gets this message too (CPython: "(unicode error) …").
 */
export function nonUtf8Error(bytes: Uint8Array, filename: string, python: PyVersion): string | null {
  let i = 0, line = 1, lineStart = 0;
  while (i < bytes.length) {
    const n = validUtf8(bytes, i);
    if (!n) break;
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
    i += n;
  }
  if (i >= bytes.length) return null;
  const hex = bytes[i]!.toString(16).padStart(2, '0');
  const dec = new TextDecoder('utf-8');
  let lineEnd = bytes.indexOf(0x0a, lineStart);
  if (lineEnd < 0) lineEnd = bytes.length;
  // 3.14 (measured): a bad byte on line 2 after a first line of code that ended its token
  // (not blank, a comment, a backslash continuation or inside a triple-quoted string) is reported on line 1
  let reported = line;
  if (python !== '3.11' && line === 2) {
    const first = dec.decode(bytes.subarray(0, lineStart - 1)).replace(/\r$/, '').trim();
    const openTriple = ((first.match(/"""/g) ?? []).length + (first.match(/'''/g) ?? []).length) % 2 === 1;
    if (first && !first.startsWith('#') && !first.endsWith('\\') && !openTriple) reported = 1;
  }
  const msg = `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${reported}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`;
  if (python === '3.11') return msg;
  // Lib/traceback.py: the line without its leading spaces, a caret under the bad byte
  const text = dec.decode(bytes.subarray(lineStart, lineEnd)).replace(/\r$/, '');
  const col = [...dec.decode(bytes.subarray(lineStart, i + 1))].length; // 1-based, the bad byte as U+FFFD
  const ltext = text.replace(/^[ \f]+/, '');
  const caret = Math.max(0, col - 1 - ([...text].length - [...ltext].length));
  const space = [...ltext].slice(0, caret).map((c) => (/\s/.test(c) ? c : ' ')).join('');
  return `  File "${filename}", line ${reported}\n    ${ltext}\n    ${space}^\n${msg}`;
}
