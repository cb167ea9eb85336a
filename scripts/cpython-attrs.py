# Writes src/core/cpython-attrs.ts: the attribute names of CPython's builtin
# types (union of 3.11 and 3.14 where run under both), so that an attribute
# heapsnake does not model raises NotSupported instead of a wrong AttributeError.
# Run: python3 scripts/cpython-attrs.py > /tmp/a.json; .cpython/bin/python3.14 scripts/cpython-attrs.py > /tmp/b.json
#      node -e 'const fs=require("fs"); fs.writeFileSync("src/core/cpython-attrs.ts", fs.readFileSync("src/core/cpython-attrs.ts","utf8").split("\n").slice(0,2).join("\n")+"\nexport const CPYTHON_ATTRS: Record<\x273.11\x27 | \x273.14\x27, Record<string, string[]>> = "+JSON.stringify({"3.11":require("/tmp/a.json"),"3.14":require("/tmp/b.json")})+";\n")'
# A modelled module's names are all of them, private ones too (`heapq._siftdown` is refused, not an AttributeError).
import json, sys, types
names = {
    'int': int, 'bool': bool, 'float': float, 'complex': complex, 'str': str, 'bytes': bytes, 'bytearray': bytearray,
    'list': list, 'tuple': tuple, 'dict': dict, 'set': set, 'frozenset': frozenset, 'range': range, 'slice': slice,
    'function': types.FunctionType, 'method': types.MethodType, 'generator': types.GeneratorType, 'module': types.ModuleType,
    'type': type, 'object': object, 'property': property, 'BaseException': BaseException, 'cell': types.CellType,
    'code': types.CodeType, 'frame': types.FrameType, 'traceback': types.TracebackType,
    'method_descriptor': type(list.append), 'wrapper_descriptor': type(list.__init__), 'method-wrapper': type([].__init__),
}
# every class in builtins (the exception types, staticmethod, super, enumerate, …) and the types of common objects
import builtins, weakref
for k, v in vars(builtins).items():
    if isinstance(v, type) and not k.startswith('_'): names.setdefault(v.__name__, v)
class _C: pass
for v in ({}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(range(1)), iter(set()), iter({}), iter(''),
          iter(b''), reversed([]), iter({}.values()), iter({}.items()), weakref.ref(_C), weakref.proxy(_C()),
          weakref.proxy(lambda: 0), type.__dict__['__dict__'], _C.__dict__, None, ..., NotImplemented):
    names.setdefault(type(v).__name__, type(v))
names.setdefault('builtin_function_or_method', type(len))
out = {k: sorted(set(dir(v))) for k, v in names.items()}
# what instances carry besides their type's attributes (a staticmethod copies its function's __name__, __doc__, …)
for v in (staticmethod(lambda: 0), classmethod(lambda: 0), ValueError()):
    out[type(v).__name__] = sorted(set(out[type(v).__name__]) | set(dir(v)))
import importlib
for m in ['sys', 'gc', 'weakref', 'math', 'itertools', 'functools', 'collections', 'contextlib', 'dataclasses', 'copy',
          'atexit', 'heapq', 'operator', 'string']:
    out['module:' + m] = sorted(dir(importlib.import_module(m)))
print(json.dumps(out))
