// Library modules written in Python (ports of CPython's Lib/*.py), compiled
// with the simulator's own compiler and run on its VM — as CPython runs its
// pure-Python standard library. The module is built inside the module
// factory (Heap.internal: its functions and classes are interpreter-internal,
// like every other module's), while the objects its code creates when the
// program calls it (context managers, closures, ...) are ordinary heap
// objects with exact reference counts.
//
// NON-CPYTHON: the ported sources avoid positional-only parameters ('/'), which
// the simulator's parser does not accept; only a keyword argument that collides
// with such a parameter's name behaves differently.
//
// Library code is not the program: its statements are not steps of the
// trace (stmtStart cleared) and carry no line numbers of the snippet (0).

import { PyObject, PyType, PyDict, PyStr } from '../object.js';
import { R, newDict, newStr, decref } from '../rt.js';
import { dictSetStr, dictItems, dictGetStr } from '../dict.js';
import { parse, PySyntaxError } from '../parse.js';
import { compileModule } from '../compile.js';
import { Code } from '../code.js';
import { Frame } from '../func.js';
import { getVM } from '../classes.js';

/** Clear the statement starts and line numbers of a library code object and its nested ones. */
export function silence(code: Code, filename: string): void {
  code.stmtStart = new Uint8Array(code.stmtStart.length);
  code.lines = new Int32Array(code.lines.length);
  code.firstlineno = 0;
  code.filename = filename;
  (code as any).library = true;
  for (const c of code.consts) if (c instanceof Code) silence(c, filename);
}

/**
 * Compile Python source as library code. Parsing and compiling cost far more
 * than running, so the code is cached per version and source text: it is
 * immutable, and its constants are interpreter-internal (immortal), like the
 * constants of CPython's own frozen/compiled standard library.
 */
const CACHE = new Map<string, Code>();
const CACHE_MAX = 256;
export function compileLibrary(src: string, filename: string): Code {
  const key = `${R.rules.version}\u0000${filename}\u0000${src}`;
  const hit = CACHE.get(key);
  if (hit) { CACHE.delete(key); CACHE.set(key, hit); return hit; }
  const code = compileFresh(src, filename);
  CACHE.set(key, code);
  if (CACHE.size > CACHE_MAX) CACHE.delete(CACHE.keys().next().value!);
  return code;
}
function compileFresh(src: string, filename: string): Code {
  let mod: ReturnType<typeof parse>;
  try { mod = parse(src); } catch (e) {
    if (e instanceof PySyntaxError) throw new Error(`internal: library source ${filename} does not parse: ${e.msg} (line ${e.lineno})`);
    throw e;
  }
  // the constants of library code are interpreter-internal (like the code object itself)
  const code = R.heap.internal(() => compileModule(mod, R.rules));
  silence(code, filename);
  return code;
}

/**
 * Run `src` as the body of module `name` with `preset` names already bound
 * (borrowed). Returns the module's globals (a new reference).
 */
export function runLibrary(name: string, src: string, preset: Record<string, PyObject>): PyDict {
  const code = compileLibrary(src, `<${name}>`);
  const g = newDict();
  const n = newStr(name);
  dictSetStr(g, '__name__', n);
  decref(n);
  for (const [k, v] of Object.entries(preset)) dictSetStr(g, k, v);
  const f = new Frame(code, null, g);
  f.ns = g;
  const r = getVM().run(f);
  decref(r);
  // classes take their __module__ from the class body's namespace
  for (const [, v] of dictItems(g)) {
    if (v instanceof PyType && v.isHeapType) {
      const m = v.attrs.get('__module__');
      if (m instanceof PyStr) v.module = m.v;
    }
  }
  return g;
}

/** The members of a library module's globals, for makeModule (borrowed values). */
export function membersOf(g: PyDict): Record<string, PyObject> {
  const out: Record<string, PyObject> = {};
  for (const [k, v] of dictItems(g)) {
    const s = (k as PyStr).v;
    if (s === '__name__') continue;
    out[s] = v;
  }
  return out;
}

export { dictGetStr };
