// sys.stdout's pending writes (Modules/_io/textio.c: _io_TextIOWrapper_write_impl). Written to a
// pipe — how the oracle runs programs, not a terminal, so not line-buffered — an ASCII str of at
// most chunk_size (8192) characters is kept as it is in self->pending_bytes, a counted reference,
// until the pending bytes reach chunk_size or the stream is flushed (print(flush=True), interpreter
// exit: Python/pylifecycle.c: flush_std_files); other text is encoded into a new bytes object first.
// So `s = "hi"; print(s); sys.getrefcount(s)` counts the reference stdout still holds. Files opened for
// writing keep their writes the same way (files.ts), until flush, close, read, seek, tell or truncate.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { incref, decref, R } from './rt.js';

const CHUNK_SIZE = 8192;

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) { const c = ch.codePointAt(0)!; n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
  return n;
}

/** The pending byte count of a text stream (sys.stdout's lives on the runtime, a file's in its state). */
export interface PendingCount { bytes: number }

/**
 * One TextIOWrapper.write(text) on a stream whose pending count is `p`: `keep` receives a new reference to the
 * str object when CPython keeps it as it is; `flush` empties the pending writes (and sets p.bytes to 0).
 * NON-CPYTHON: text that is not ASCII is encoded into a bytes object CPython keeps pending; heapsnake counts
 * its bytes but makes no such object.
 */
export function pendingWrite(p: PendingCount, piece: PyObject | null, text: string, keep: (o: PyObject) => void, flush: () => void): void {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const bytesLen = ascii ? text.length : utf8Length(text);
  // gh-87426: a write of chunk_size bytes or more flushes what is pending first
  if (bytesLen >= CHUNK_SIZE) flush();
  if (piece && piece.type === T.str && ascii && text.length <= CHUNK_SIZE) keep(incref(piece));
  p.bytes += bytesLen;
  if (p.bytes >= CHUNK_SIZE) flush();
}

const stdoutCount: PendingCount = { get bytes() { return R.stdoutPendingBytes; }, set bytes(v: number) { R.stdoutPendingBytes = v; } };

/** One TextIOWrapper.write(text) on sys.stdout; `piece` is the str object written, if the program holds it. */
export function stdoutWrite(piece: PyObject | null, text: string): void {
  pendingWrite(stdoutCount, piece, text, (o) => { R.stdoutPending.push(o); }, stdoutFlush);
}

/** Modules/_io/textio.c: _textiowrapper_writeflush — the pending list goes. */
export function stdoutFlush(): void {
  const p = R.stdoutPending;
  R.stdoutPending = [];
  R.stdoutPendingBytes = 0;
  for (const o of p) decref(o);
}
