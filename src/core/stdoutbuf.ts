// sys.stdout's pending writes (Modules/_io/textio.c: _io_TextIOWrapper_write_impl). Written to a
// pipe — how the oracle runs programs, not a terminal, so not line-buffered — an ASCII str of at
// most chunk_size (8192) characters is kept as it is in self->pending_bytes, a counted reference,
// until the pending bytes reach chunk_size or the stream is flushed (print(flush=True), interpreter
// exit: Python/pylifecycle.c: flush_std_files); other text is encoded into a new bytes object first.
// So `s = "hi"; print(s); sys.getrefcount(s)` counts the reference stdout still holds.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { incref, decref, R } from './rt.js';

const CHUNK_SIZE = 8192;

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) { const c = ch.codePointAt(0)!; n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
  return n;
}

/** One TextIOWrapper.write(text) on sys.stdout; `piece` is the str object written, if the program holds it. */
export function stdoutWrite(piece: PyObject | null, text: string): void {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const bytesLen = ascii ? text.length : utf8Length(text);
  // gh-87426: a write of chunk_size bytes or more flushes what is pending first
  if (bytesLen >= CHUNK_SIZE) stdoutFlush();
  if (piece && piece.type === T.str && ascii && text.length <= CHUNK_SIZE) R.stdoutPending.push(incref(piece));
  R.stdoutPendingBytes += bytesLen;
  if (R.stdoutPendingBytes >= CHUNK_SIZE) stdoutFlush();
}

/** Modules/_io/textio.c: _textiowrapper_writeflush — the pending list goes. */
export function stdoutFlush(): void {
  const p = R.stdoutPending;
  R.stdoutPending = [];
  R.stdoutPendingBytes = 0;
  for (const o of p) decref(o);
}
