// The copy module: a port of CPython's Lib/copy.py (3.11.7 / 3.14.10) run as
// library code, with object.__reduce_ex__(4) (Objects/typeobject.c:
// reduce_newobj / object_getstate_default) modelled natively for the
// objects it can describe exactly: instances of classes (with __dict__
// and/or __slots__, and subclasses of list, dict and tuple). Anything else
// that has no __copy__/__deepcopy__ is refused.

import { PyObject, PyType, PyList, PyDict, PyTuple } from '../object.js';
import { T } from '../types.js';
import { R, None, newTuple, newDict, incref, decref, notSupported, call, newList } from '../rt.js';
import { registerModule, makeModule } from '../modules.js';
import { materializeDict } from '../classes.js';
import { dictSetStr, dictItems } from '../dict.js';
import * as ops from '../ops.js';
import { bfn } from './util.js';
import { runLibrary, membersOf } from './pylib.js';

function source(v311: boolean): string {
  return `
class Error(Exception):
    pass
error = Error

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    ${v311 ? `copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)` : `if cls in _copy_atomic_types:
        return x
    if cls in _copy_builtin_containers:
        return cls.copy(x)`}
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce_ex(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)

_atomic = (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
           type(len), type(Ellipsis), type(NotImplemented), type(lambda: 0))
${v311 ? `_copy_dispatch = d = {}
def _copy_immutable(x):
    return x
for t in _atomic:
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
del d, t` : `_copy_atomic_types = {type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
                      type(len), type(Ellipsis), type(NotImplemented), type(lambda: 0)}
_copy_builtin_containers = {list, dict, set}`}

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
${v311 ? `    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
` : `    cls = type(x)

    if cls in _atomic_types:
        return x

    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
`}
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce_ex(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

${v311 ? `_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
d[type(None)] = _deepcopy_atomic
d[type(Ellipsis)] = _deepcopy_atomic
d[type(NotImplemented)] = _deepcopy_atomic
d[int] = _deepcopy_atomic
d[float] = _deepcopy_atomic
d[bool] = _deepcopy_atomic
d[bytes] = _deepcopy_atomic
d[str] = _deepcopy_atomic
d[type] = _deepcopy_atomic
d[range] = _deepcopy_atomic
d[type(len)] = _deepcopy_atomic
d[type(lambda: 0)] = _deepcopy_atomic
d[property] = _deepcopy_atomic
` : `_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str, type, range,
                 type(len), type(lambda: 0), property}

_deepcopy_dispatch = d = {}
`}
def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

del d

def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)]=[x]

def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
${v311 ? '' : `

def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
`}`;
}

/** copyreg.__newobj__(cls, *args) = cls.__new__(cls, *args) */
const newobj = bfn('__newobj__', (a) => {
  const cls = a[0] as PyType;
  // cls.__new__(cls, *args): the type's construction function (tp_new)
  for (const b of cls.mro) if (b.newFn) return b.newFn(cls, a.slice(1), null);
  return notSupported(`copying a ${cls.name} object`);
});

/** object.__reduce_ex__(4) for the objects modelled here: (copyreg.__newobj__, args, state, listiter, dictiter). */
const reduceEx = bfn('_reduce_ex', (a) => {
  const x = a[0];
  const t = x.type;
  if (!t.isHeapType) return notSupported(`copying a ${t.name} object`);
  const solid = t.base;
  if (solid && solid !== T.list && solid !== T.dict && solid !== T.tuple) return notSupported(`copying a ${t.name} object`);
  if (t.lookup('__reduce_ex__') !== T.object.attrs.get('__reduce_ex__') && t.lookup('__reduce_ex__') !== undefined) return notSupported('a class-defined __reduce_ex__');
  if (t.lookup('__reduce__') !== undefined) return notSupported('a class-defined __reduce__');
  if (t.lookup('__getstate__') !== undefined && t.lookup('__getstate__') !== T.object.attrs.get('__getstate__')) return notSupported('a class-defined __getstate__');
  // args: (cls,) or (cls, *x.__getnewargs__())
  let args: PyObject;
  const gna = t.lookup('__getnewargs__');
  if (gna) {
    const m = ops.getattr(x, '__getnewargs__');
    let na: PyObject;
    try { na = call(m, []); } finally { decref(m); }
    try { args = newTuple([incref(t), ...(na as PyTuple).items.map((i) => incref(i))]); } finally { decref(na); }
  } else args = newTuple([incref(t)]);
  // state: object_getstate_default
  let state: PyObject = None;
  if (x.dict && x.dict.used > 0) state = incref(materializeDict(x));
  if (t.slotNames.length) {
    const slots = newDict();
    t.slotNames.forEach((n, i) => { const v = x.slots ? x.slots[i] : null; if (v) dictSetStr(slots, n, v); });
    if (slots.used > 0) { const s = newTuple([state, slots]); state = s; } else decref(slots);
  }
  let listiter: PyObject = None, dictiter: PyObject = None;
  if (x instanceof PyList) listiter = ops.iter(x);
  if (x instanceof PyDict) {
    const items = ops.getattr(x, 'items');
    let view: PyObject;
    try { view = call(items, []); } finally { decref(items); }
    try { dictiter = ops.iter(view); } finally { decref(view); }
  }
  return newTuple([incref(newobj), args, state, listiter, dictiter]);
});

registerModule('copy', () => {
  const g = runLibrary('copy', source(R.rules.version === '3.11'), { _reduce_ex: reduceEx });
  const members = membersOf(g);
  delete members._reduce_ex;
  delete members._atomic;
  return makeModule('copy', members);
});

export { newList, dictItems, PyType };
