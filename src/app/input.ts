// Where the code comes from: a slash option, the modal, an attachment, or a
// message. Pure functions, Discord-free; every problem is a UserError with one
// sentence for the person.

import { T, UserError } from './text.js';

/**
 * The inline `code` option. Discord turns newlines into spaces in a string
 * option, so two rewrites make one-line snippets runnable, both only where
 * Python itself would reject the text (so valid Python keeps its meaning):
 *   - `\n` outside string literals becomes a newline (inside a string it stays
 *     the escape it is: `print("a\nb")` prints two lines);
 *   - `;` outside strings, followed by a compound statement (`for`, `if`, `def`,
 *     `class`, `while`, `with`, `try`, `else`, `elif`, `except`, `finally`, `@`…),
 *     starts a new line at the same indentation (`x = []; for i in range(3): x.append(i)`).
 * Every other `;` keeps Python's meaning (simple statements on one line).
 */
export function sourceFromOption(code: string): string {
  let out = '';
  let i = 0;
  let lineStart = 0; // index in `out` where the current line starts
  let depth = 0;
  const s = code;
  while (i < s.length) {
    const c = s[i];
    // string literal (with an optional prefix: r, b, u, f, t and combinations)
    const lit = /^([rRbBuUfFtT]{0,2})('''|"""|'|")/.exec(s.slice(i, i + 5));
    if (lit && (lit[1] === '' || !/[A-Za-z0-9_]/.test(s[i - 1] ?? ''))) {
      const q = lit[2];
      let j = i + lit[0].length;
      while (j < s.length) {
        if (s[j] === '\\') { j += 2; continue; }
        if (s.startsWith(q, j)) { j += q.length; break; }
        j++;
      }
      out += s.slice(i, j);
      i = j;
      continue;
    }
    if (c === '#') {
      // a comment runs to the next real or escaped newline
      let j = i;
      while (j < s.length && s[j] !== '\n' && !(s[j] === '\\' && s[j + 1] === 'n')) j++;
      out += s.slice(i, j);
      i = j;
      continue;
    }
    if (c === '\\' && s[i + 1] === 'n') {
      out += '\n';
      lineStart = out.length;
      i += 2;
      continue;
    }
    if (c === '\n') { out += c; lineStart = out.length; i++; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    if (c === ';' && depth === 0) {
      const rest = s.slice(i + 1);
      if (/^\s*(?:(?:if|elif|else|for|while|def|class|with|try|except|finally|async|match)\b|@)/.test(rest)) {
        const indent = /^[ \t]*/.exec(out.slice(lineStart))![0];
        out = out.replace(/[ \t]+$/, '') + '\n' + indent;
        lineStart = out.length - indent.length;
        i++;
        while (s[i] === ' ' || s[i] === '\t') i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  return normalizeSource(out);
}

/**
 * Tidy a snippet without changing what it means: one newline style, no BOM,
 * no blank lines before or after, no trailing spaces on the last line, and a
 * common indentation (a block copied from inside a function) removed.
 */
export function normalizeSource(text: string): string {
  let s = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  s = s.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
  const lines = s.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0]);
  if (indents.length) {
    let common = indents[0];
    for (const ind of indents) while (!ind.startsWith(common)) common = common.slice(0, -1);
    if (common) s = lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join('\n');
  }
  return s;
}

/** Check that a snippet is there and not too long. */
export function checkSource(source: string, maxChars: number): string {
  if (!source.trim()) throw new UserError(T.noCode);
  if (source.length > maxChars) throw new UserError(T.codeTooLong(source.length, maxChars));
  return source;
}

const PY_LANGS = new Set(['', 'py', 'python', 'py3', 'python3', 'pycon', 'pyw']);

export interface FencedBlock { lang: string; body: string }

/** The fenced code blocks of a Markdown message, in order. */
export function fencedBlocks(text: string): FencedBlock[] {
  const out: FencedBlock[] = [];
  const re = /```([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const inner = m[1];
    const nl = inner.indexOf('\n');
    if (nl >= 0 && /^[A-Za-z0-9_+#.-]*$/.test(inner.slice(0, nl).trim())) {
      out.push({ lang: inner.slice(0, nl).trim().toLowerCase(), body: inner.slice(nl + 1) });
    } else {
      out.push({ lang: '', body: inner });
    }
  }
  return out;
}

/**
 * The code in a message: its first ```py / ```python / ``` block, else the whole
 * text (without the backticks of `inline code`). A message whose code blocks are
 * all in other languages is refused rather than run as Python.
 */
export function sourceFromMessage(text: string): string {
  const blocks = fencedBlocks(text);
  const py = blocks.find((b) => PY_LANGS.has(b.lang));
  if (py) return normalizeSource(py.body);
  if (blocks.length) throw new UserError(T.messageNoPython([...new Set(blocks.map((b) => b.lang))]));
  let s = text.trim();
  const inline = /^`([^`]+)`$/.exec(s);
  if (inline) s = inline[1];
  if (!s.trim()) throw new UserError(T.messageNoCode);
  return normalizeSource(s);
}

/** An attachment before it is downloaded: is it a text file small enough? */
export function checkAttachment(name: string, size: number, maxBytes: number): void {
  if (!/\.(py|txt)$/i.test(name)) throw new UserError(T.fileType(name));
  if (size > maxBytes) throw new UserError(T.fileTooBig(size, maxBytes));
}

/** The downloaded bytes as source: strict UTF-8, no NUL bytes. */
export function sourceFromFile(name: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(T.fileNotUtf8(name));
  }
  if (text.includes('\0')) throw new UserError(T.fileNotUtf8(name));
  return normalizeSource(text);
}
