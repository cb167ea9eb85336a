// open() over an in-memory filesystem that starts empty for every run.
// Nothing here touches the host: files exist only inside the simulation.
// Modelled on Lib/_pyio.py's TextIOWrapper behaviour for text modes.
// NON-CPYTHON: binary modes and encodings other than UTF-8 are refused.

import { PyObject, PyType, PyStr, PyInt, PyNative, PyList } from './object.js';
import { listExtend } from './list.js';
import { T, EXC } from './types.js';
import { R, None, True, False, newInt, newStr, newList, newNative, incref, decref, raise, typeError, splitKw, newException, notSupported, newBool, PyGetSet, callMethod } from './rt.js';
import { PyExc } from './errors.js';
import { defMethod as def } from './classes.js';
import * as ops from './ops.js';
import { pendingWrite } from './stdoutbuf.js';
import { newOSError } from './typemethods.js';

export const FileType = new PyType('TextIOWrapper', T.type, [T.object]);
FileType.mro = [FileType, T.object];
FileType.module = '_io';
FileType.qualname = 'TextIOWrapper';
FileType.gc = true;
FileType.weakrefable = true;

interface FileState { path: string; mode: string; pos: number; closed: boolean; buf: string; bytes: number }

// Modules/_io/textio.c: _io_TextIOWrapper_write_impl keeps an ASCII str it writes as it is in pending_bytes (a
// counted reference: held[1..], drawn as 'pending write') until 8192 bytes are pending or the file is flushed:
// flush(), close() and the with block's exit, and read/readline/iteration, seek, tell and truncate, which flush
// first (_textiowrapper_writeflush; measured on both CPythons: mem-371). stdoutbuf.ts: pendingWrite.
function flushPending(o: PyObject): void {
  const n = o as PyNative;
  (n.state as FileState).bytes = 0;
  if (n.held.length <= 1) return;
  const p = n.held.splice(1);
  n.labels.length = 1;
  for (const v of p) if (v) decref(v);
}

function st(o: PyObject): FileState { return (o as PyNative).state as FileState; }

// Modules/_io/fileio.c: _io_FileIO___init___impl — PyErr_SetFromErrnoWithFilenameObject(…, nameobj): the
// error's filename is the object the program passed (`e.filename is path`), a counted reference
function osError(name: string, errno: number, msg: string, path: PyObject): never {
  const args = [newInt(errno), newStr(msg)];
  const e = newOSError(EXC[name]!, [...args, path]);
  for (const a of args) decref(a);
  throw new PyExc(e);
}

function normPath(p: string): string {
  return p.startsWith('./') ? p.slice(2) : p;
}

export function openFile(args: PyObject[], kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  const fileO = pos[0] ?? kws.get('file');
  const modeO = pos[1] ?? kws.get('mode');
  if (!fileO) typeError("open() missing required argument 'file' (pos 1)");
  if (!(fileO instanceof PyStr)) {
    if (fileO instanceof PyInt) return notSupported('open() on a file descriptor');
    typeError(`expected str, bytes or os.PathLike object, not ${fileO!.type.name}`);
  }
  const path = normPath((fileO as PyStr).v);
  const mode = modeO ? (modeO as PyStr).v : 'r';
  if (!/^[rwax]\+?t?$|^[rwax]t\+?$/.test(mode)) {
    if (mode.includes('b')) return notSupported(`open() in binary mode ('${mode}')`);
    raise('ValueError', `invalid mode: '${mode}'`);
  }
  const enc = kws.get('encoding');
  if (enc && enc !== None && !/^utf-?8$/i.test((enc as PyStr).v)) return notSupported(`the '${(enc as PyStr).v}' encoding`);
  const files = R.files;
  const exists = files.has(path);
  const m = mode[0];
  if (m === 'r' && !exists) osError('FileNotFoundError', 2, 'No such file or directory', fileO!);
  if (m === 'x' && exists) osError('FileExistsError', 17, 'File exists', fileO!);
  if (m === 'w' || m === 'x') files.set(path, '');
  if (m === 'a' && !exists) files.set(path, '');
  const state: FileState = { path, mode, pos: m === 'a' ? files.get(path)!.length : 0, closed: false, buf: '', bytes: 0 };
  const f = newNative(FileType, [fileO], ['name'], state);
  return f;
}

function check(o: PyObject): FileState {
  const s = st(o);
  if (s.closed) raise('ValueError', 'I/O operation on closed file.');
  return s;
}
// Modules/_io/_iomodule.c: io.UnsupportedOperation is a heap type deriving from OSError and ValueError, which
// heapsnake does not make: reading a file opened for writing (or the reverse) is refused, not shown as an OSError
function unsupported(what: string): never {
  return notSupported(`io.UnsupportedOperation (${what})`, 'heapsnake does not model the io module\'s UnsupportedOperation exception, which CPython raises here');
}
function readable(s: FileState): void { if (!(s.mode[0] === 'r' || s.mode.includes('+'))) unsupported('reading a file not opened for reading'); }
function writable(s: FileState, op = 'writing'): void { if (s.mode[0] === 'r' && !s.mode.includes('+')) unsupported(`${op} a file not opened for writing`); }

def(FileType, 'write', (self, a) => {
  const s = check(self);
  writable(s);
  if (!(a[0] instanceof PyStr)) typeError(`write() argument must be str, not ${a[0].type.name}`);
  const text = (a[0] as PyStr).v;
  const cur = R.files.get(s.path) ?? '';
  if (s.mode[0] === 'a') s.pos = cur.length;
  const next = cur.slice(0, s.pos) + text + cur.slice(s.pos + text.length);
  R.files.set(s.path, next);
  s.pos += text.length;
  const n = self as PyNative;
  pendingWrite(s, a[0], text, (o) => { n.held.push(o); n.labels.push('pending write'); }, () => flushPending(self));
  return newInt((a[0] as PyStr).len);
});
def(FileType, 'writelines', (self, a) => {
  ops.forEach(a[0], (x) => { decref(callMethod(self, 'write', [x])); });
  return None;
});
def(FileType, 'read', (self, a) => {
  const s = check(self);
  readable(s);
  flushPending(self);
  const cur = R.files.get(s.path) ?? '';
  const n = a.length && a[0] !== None ? Number((a[0] as PyInt).v) : -1;
  const rest = cur.slice(s.pos);
  const cps = Array.from(rest);
  const out = n < 0 ? rest : cps.slice(0, n).join('');
  s.pos += out.length;
  return newStr(out);
});
def(FileType, 'readline', (self) => { const s = check(self); flushPending(self); return newStr(readLine(s)); });
function readLine(s: FileState): string {
  readable(s);
  const cur = R.files.get(s.path) ?? '';
  if (s.pos >= cur.length) return '';
  const j = cur.indexOf('\n', s.pos);
  const line = j < 0 ? cur.slice(s.pos) : cur.slice(s.pos, j + 1);
  s.pos += line.length;
  return line;
}
// Modules/_io/iobase.c: _io__IOBase_readlines_impl — with no hint, `result.extend(self)` into a new list: the
// file has no length hint, so list_extend presizes 8 slots and keeps them for a short file (list.ts: listExtend)
def(FileType, 'readlines', (self) => {
  check(self);
  flushPending(self);
  const l = newList([]);
  try { listExtend(l as PyList, self); } catch (e) { decref(l); throw e; }
  return l;
});
def(FileType, '__iter__', (self) => { check(self); return incref(self); });
(FileType as any).nativeNext = (self: PyObject) => { const s = check(self); flushPending(self); const l = readLine(s); return l ? newStr(l) : null; };
def(FileType, '__next__', (self) => { const s = check(self); flushPending(self); const l = readLine(s); if (!l) raise('StopIteration'); return newStr(l); });
def(FileType, 'close', (self) => { flushPending(self); st(self).closed = true; return None; });
def(FileType, '__enter__', (self) => { check(self); return incref(self); });
def(FileType, '__exit__', (self) => { flushPending(self); st(self).closed = true; return None; });
def(FileType, 'seek', (self, a) => { const s = check(self); flushPending(self); s.pos = Number((a[0] as PyInt).v); return newInt(s.pos); });
def(FileType, 'tell', (self) => { const s = check(self); flushPending(self); return newInt(s.pos); });
def(FileType, 'flush', (self) => { check(self); flushPending(self); return None; });
// Modules/_io/textio.c: _io_TextIOWrapper_truncate_impl — flush, then the buffer's truncate(pos): the file ends at
// `size` (default: the current position), the position stays
def(FileType, 'truncate', (self, a) => {
  const s = check(self);
  writable(s, 'truncating');
  flushPending(self);
  const size = a.length && a[0] !== None ? Number((a[0] as PyInt).v) : s.pos;
  const cur = R.files.get(s.path) ?? '';
  R.files.set(s.path, size <= cur.length ? cur.slice(0, size) : cur + '\0'.repeat(size - cur.length));
  return newInt(size);
});
def(FileType, 'readable', (self) => newBool(st(self).mode[0] === 'r' || st(self).mode.includes('+')));
def(FileType, 'writable', (self) => newBool(st(self).mode[0] !== 'r' || st(self).mode.includes('+')));
def(FileType, '__repr__', (self) => newStr(`<_io.TextIOWrapper name=${ops.repr((self as PyNative).held[0] ?? None)} mode='${st(self).mode}' encoding='UTF-8'>`));
FileType.attrs.set('closed', new PyGetSet(FileType, 'closed', (o) => (st(o).closed ? True : False)));
FileType.attrs.set('name', new PyGetSet(FileType, 'name', (o) => incref((o as PyNative).held[0] ?? None)));
FileType.attrs.set('mode', new PyGetSet(FileType, 'mode', (o) => newStr(st(o).mode)));
FileType.hasDel = false;
