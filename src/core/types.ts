// Built-in type objects (static types in CPython: immortal, shared by every run).
// Their methods are installed by the modules that implement them (see builtins/).

import { PyType } from './object.js';

/** Objects/typeobject.c: mro_internal — C3 linearisation. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const h = s[0];
      if (!nonEmpty.some((o) => o.indexOf(h) > 0)) { cand = h; break; }
    }
    if (!cand) return [];
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

function mk(name: string, base: PyType | null, opts: Partial<PyType> = {}): PyType {
  const t = new PyType(name, T_type ?? null, base ? [base] : []);
  Object.assign(t, opts);
  t.base = opts.base ?? (base && base.base) ?? null;
  if (base) {
    t.gc = opts.gc ?? base.gc;
    t.basicSize = opts.basicSize ?? base.basicSize;
    t.isException = base.isException;
  }
  t.mro = computeMro(t);
  return t;
}

let T_type: PyType | undefined;
const typeType = new PyType('type', null);
typeType.type = typeType;
T_type = typeType;
const objectType = new PyType('object', typeType);
objectType.mro = [objectType];
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.gc = true;

export const T = {
  type: typeType,
  object: objectType,
  int: mk('int', objectType, { basicSize: 24 }),
  bool: null as unknown as PyType,
  float: mk('float', objectType, { basicSize: 24 }),
  complex: mk('complex', objectType, { basicSize: 32 }),
  str: mk('str', objectType),
  bytes: mk('bytes', objectType),
  bytearray: mk('bytearray', objectType),
  NoneType: mk('NoneType', objectType),
  NotImplementedType: mk('NotImplementedType', objectType),
  ellipsis: mk('ellipsis', objectType),
  list: mk('list', objectType, { gc: true, basicSize: 40 }),
  tuple: mk('tuple', objectType, { gc: true, basicSize: 24 }),
  dict: mk('dict', objectType, { gc: true, basicSize: 48 }),
  set: mk('set', objectType, { gc: true, basicSize: 200 }),
  frozenset: mk('frozenset', objectType, { gc: true, basicSize: 200 }),
  range: mk('range', objectType, { basicSize: 48 }),
  slice: mk('slice', objectType, { basicSize: 40 }),
  function: mk('function', objectType, { gc: true }),
  builtin_function_or_method: mk('builtin_function_or_method', objectType, { gc: true }),
  method: mk('method', objectType, { gc: true }),
  cell: mk('cell', objectType, { gc: true, basicSize: 24 }),
  code: mk('code', objectType),
  module: mk('module', objectType, { gc: true }),
  generator: mk('generator', objectType, { gc: true }),
  frame: mk('frame', objectType, { gc: true }),
  traceback: mk('traceback', objectType, { gc: true }),
  property: mk('property', objectType, { gc: true }),
  staticmethod: mk('staticmethod', objectType, { gc: true }),
  classmethod: mk('classmethod', objectType, { gc: true }),
  super: mk('super', objectType, { gc: true }),
  weakref: mk('ReferenceType', objectType, { gc: true, module: 'weakref' }),
  weakproxy: mk('ProxyType', objectType, { gc: true, module: 'weakref' }),
  weakcallableproxy: mk('CallableProxyType', objectType, { gc: true, module: 'weakref' }),
  list_iterator: mk('list_iterator', objectType, { gc: true }),
  list_reverseiterator: mk('list_reverseiterator', objectType, { gc: true }),
  tuple_iterator: mk('tuple_iterator', objectType, { gc: true }),
  str_iterator: mk('str_ascii_iterator', objectType, { gc: true }),
  // Objects/unicodeobject.c: a str with a non-ASCII character iterates with unicode_iterator_type
  str_iterator_u: mk('str_iterator', objectType, { gc: true }),
  range_iterator: mk('range_iterator', objectType),
  dict_keyiterator: mk('dict_keyiterator', objectType, { gc: true }),
  dict_valueiterator: mk('dict_valueiterator', objectType, { gc: true }),
  dict_itemiterator: mk('dict_itemiterator', objectType, { gc: true }),
  dict_reversekeyiterator: mk('dict_reversekeyiterator', objectType, { gc: true }),
  dict_reversevalueiterator: mk('dict_reversevalueiterator', objectType, { gc: true }),
  dict_reverseitemiterator: mk('dict_reverseitemiterator', objectType, { gc: true }),
  set_iterator: mk('set_iterator', objectType, { gc: true }),
  bytes_iterator: mk('bytes_iterator', objectType, { gc: true }),
  bytearray_iterator: mk('bytearray_iterator', objectType, { gc: true }),
  dict_keys: mk('dict_keys', objectType, { gc: true }),
  dict_values: mk('dict_values', objectType, { gc: true }),
  dict_items: mk('dict_items', objectType, { gc: true }),
  callable_iterator: mk('callable_iterator', objectType, { gc: true }),
  iterator: mk('iterator', objectType, { gc: true }),
  enumerate: mk('enumerate', objectType, { gc: true }),
  zip: mk('zip', objectType, { gc: true }),
  map: mk('map', objectType, { gc: true }),
  filter: mk('filter', objectType, { gc: true }),
  reversed: mk('reversed', objectType, { gc: true }),
  mappingproxy: mk('mappingproxy', objectType, { gc: true }),
  getset_descriptor: mk('getset_descriptor', objectType, { gc: true }),
  member_descriptor: mk('member_descriptor', objectType, { gc: true }),
  method_descriptor: mk('method_descriptor', objectType, { gc: true }),
  wrapper_descriptor: mk('wrapper_descriptor', objectType, { gc: true }),
  method_wrapper: mk('method-wrapper', objectType, { gc: true }),
  classmethod_descriptor: mk('classmethod_descriptor', objectType, { gc: true }),
  BaseException: null as unknown as PyType,
};
T.bool = mk('bool', T.int, { basicSize: 24 });
// instances of these exact types hold no references, have no __dict__, slots, finalizer or weakrefs (heap.ts: dealloc)
for (const t of [T.int, T.float, T.complex, T.str, T.bytes]) t.leaf = true;
T.BaseException = mk('BaseException', objectType, { gc: true, hasDict: true, isException: true, basicSize: 72 });
T.BaseException.isException = true;

// Py_TPFLAGS / tp_weaklistoffset: set_weakreflist, func_weakreflist, im_weakreflist (Objects/classobject.c),
// m_weakreflist (Objects/methodobject.c), gi_weakreflist, type's tp_weaklist
for (const t of [T.frozenset, T.set, T.function, T.generator, T.type, T.method, T.builtin_function_or_method]) t.weakrefable = true;
T.code.internal = true;
T.module.internal = true;

/** The exception hierarchy (Objects/exceptions.c), by name. */
export const EXC: Record<string, PyType> = { BaseException: T.BaseException };
const excTree: [string, string][] = [
  ['Exception', 'BaseException'], ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['FileNotFoundError', 'OSError'],
  ['FileExistsError', 'OSError'], ['IsADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'], ['StopIteration', 'Exception'], ['StopAsyncIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'], ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'], ['UserWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['BytesWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  // OSError's other subclasses (PEP 3151), the types OSError(errno, …) picks (typemethods.ts: OSERROR_ERRNO)
  ['ConnectionError', 'OSError'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['InterruptedError', 'OSError'], ['NotADirectoryError', 'OSError'], ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
];
for (const [n, b] of excTree) EXC[n] = mk(n, EXC[b]);
for (const n of Object.keys(EXC)) EXC[n].isException = true;
