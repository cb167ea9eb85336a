// The weakref module's Python half: ports of CPython's Lib/weakref.py
// (WeakValueDictionary, KeyedRef, WeakKeyDictionary, finalize) and
// Lib/_weakrefset.py (WeakSet), 3.11.7 and 3.14.10, run as library code on the
// simulator (see pylib.ts) over the C half in modules.ts (`_weakref`). Because
// CPython runs these same Python lines, the objects they create (the `remove`
// closures, KeyedRef objects, the `data` dicts and sets, finalize's `_Info`
// records) and so every reference count and every callback follow from them.
//
// Version differences live here, in `source(v311)`: 3.11 delays removals
// while an iterator is running (_IterationGuard, _pending_removals,
// _commit_removals); 3.12+ iterates over a copy of `data` instead
// (gh-89967 / bpo-45735 changed _weakrefset.py and weakref.py).
//
// NON-CPYTHON:
//  - the collections.abc bases (Mapping, MutableMapping and their bases) are
//    plain classes with CPython's mixin methods, not ABCMeta classes: no
//    register(), __subclasshook__ or __abstractmethods__; their isinstance
//    check of other mappings accepts dicts and these classes only, and refuses
//    other mapping-like objects (see _is_mapping);
//  - docstrings are left out (their __doc__ is None);
//  - WeakSet has no __class_getitem__ (types.GenericAlias is not modelled);
//  - positional-only parameters are written as ordinary ones (see pylib.ts), so
//    WeakValueDictionary(other=...) or finalize(o, f, func=...) bind differently;
//  - a finalizer that raises at exit makes _exitfunc call sys.excepthook, which is refused.

import { PyObject, PyType } from '../object.js';
import { R, notSupported, isInstance, True, False, hasMethod } from '../rt.js';
import { T } from '../types.js';
import { registerModule, makeModule } from '../modules.js';
import { dictGetStr } from '../dict.js';
import { bfn } from './util.js';
import { runLibrary, membersOf } from './pylib.js';

/** Lib/_collections_abc.py: the mixin methods WeakValueDictionary / WeakKeyDictionary inherit. */
const COLLECTIONS_ABC = `
class Sized:
    __slots__ = ()
    def __len__(self):
        return 0

class Iterable:
    __slots__ = ()
    def __iter__(self):
        while False:
            yield None

class Container:
    __slots__ = ()
    def __contains__(self, x):
        return False

class Collection(Sized, Iterable, Container):
    __slots__ = ()

class Mapping(Collection):
    __slots__ = ()
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

class MutableMapping(Mapping):
    __slots__ = ()
    def __setitem__(self, key, value):
        raise KeyError

    def __delitem__(self, key):
        raise KeyError

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass
`;

/** Lib/_weakrefset.py: WeakSet (3.11: with _IterationGuard). */
function weakrefsetSource(v311: boolean): string {
  // 3.11: every mutating method first applies the removals delayed by a running iterator
  const commit = v311 ? `
        if self._pending_removals:
            self._commit_removals()` : '';
  return `
from _weakref import ref
${v311 ? `
class _IterationGuard:
    # registers itself in the container's running iterators, so that removals wait until it exits
    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        w = self.weakcontainer()
        if w is not None:
            w._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        w = self.weakcontainer()
        if w is not None:
            s = w._iterating
            s.remove(self)
            if not s:
                w._commit_removals()
` : ''}

class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:${v311 ? `
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)` : `
                self.data.discard(item)`}

${v311 ? `        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        discard = self.data.discard
        while True:
            try:
                item = pop()
            except IndexError:
                return
            discard(item)

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)
` : `        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in self.data.copy():
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)
`}
    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):${commit}
        self.data.add(ref(item, self._remove))

    def clear(self):${commit}
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):${commit}
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):${commit}
        self.data.remove(ref(item))

    def discard(self, item):${commit}
        self.data.discard(ref(item))

    def update(self, other):${commit}
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)
    def __isub__(self, other):${commit}
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)
    def __iand__(self, other):${commit}
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)
    def __ixor__(self, other):${commit}
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)
`;
}

/** The |, |= operators both weak dictionaries define in Lib/weakref.py (the same code in each). */
const MAPPING_OR = `
    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented
`;

/** Lib/weakref.py: WeakValueDictionary, KeyedRef, WeakKeyDictionary, finalize. */
function weakrefSource(v311: boolean): string {
  const commit = v311 ? `
        if self._pending_removals:
            self._commit_removals()` : '';
  // how an iteration over self.data is written: 3.11 guards the live dict, 3.12+ walks a copy
  const loop = (head: string, body: string, copyOf: string) => v311
    ? `
        with _IterationGuard(self):
            for ${head} in self.data${copyOf}:${body.replace(/\n/g, '\n    ')}`
    : `
        for ${head} in self.data.copy()${copyOf}:${body}`;
  const guardDirty = (s: string) => (v311 ? s : '');
  return `
from _weakref import getweakrefcount, getweakrefs, ref, proxy, ProxyType, CallableProxyType, ReferenceType, _remove_dead_weakref
from _weakrefset import WeakSet${v311 ? ', _IterationGuard' : ''}
import sys
import itertools

ProxyTypes = (ProxyType, CallableProxyType)

class WeakMethod(ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        def _cb(arg):
            # The self-weakref trick is needed to avoid creating a reference
            # cycle.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__

class WeakValueDictionary(_collections_abc.MutableMapping):
    def __init__(self, other=(), **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:${v311 ? `
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _atomic_removal(self.data, wr.key)` : `
                _atomic_removal(self.data, wr.key)`}
        self._remove = remove${v311 ? `
        self._pending_removals = []
        self._iterating = set()` : ''}
        self.data = {}
        self.update(other, **kw)
${v311 ? `
    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            _atomic_removal(d, key)
` : ''}
    def __getitem__(self, key):${commit}
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        else:
            return o

    def __delitem__(self, key):${commit}
        del self.data[key]

    def __len__(self):${commit}
        return len(self.data)

    def __contains__(self, key):${commit}
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):${commit}
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):${commit}
        new = WeakValueDictionary()${loop('key, wr', `
            o = wr()
            if o is not None:
                new[key] = o`, '.items()')}
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy${commit}
        new = self.__class__()${loop('key, wr', `
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o`, '.items()')}
        return new

    def get(self, key, default=None):${commit}
        try:
            wr = self.data[key]
        except KeyError:
            return default
        else:
            o = wr()
            if o is None:
                return default
            else:
                return o

    def items(self):${commit}${loop('k, wr', `
            v = wr()
            if v is not None:
                yield k, v`, '.items()')}

    def keys(self):${commit}${loop('k, wr', `
            if wr() is not None:
                yield k`, '.items()')}

    __iter__ = keys

    def itervaluerefs(self):${commit}${v311 ? `
        with _IterationGuard(self):
            yield from self.data.values()` : `
        yield from self.data.copy().values()`}

    def values(self):${commit}${loop('wr', `
            obj = wr()
            if obj is not None:
                yield obj`, '.values()')}

    def popitem(self):${commit}
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):${commit}
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            else:
                raise KeyError(key)
        else:
            return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:${commit.replace(/\n {8}/g, '\n            ')}
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        else:
            return o

    def update(self, other=None, **kwargs):${commit}
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):${commit}
        return list(self.data${v311 ? '' : '.copy()'}.values())

${MAPPING_OR}

class KeyedRef(ref):
    # a weak reference that carries the key of its WeakValueDictionary entry, so that one
    # shared callback (WeakValueDictionary.__init__.remove) can find the entry to delete
    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakKeyDictionary(_collections_abc.MutableMapping):
    def __init__(self, dict=None):
        self.data = {}
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:${v311 ? `
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass` : `
                try:
                    del self.data[k]
                except KeyError:
                    pass`}
        self._remove = remove${v311 ? `
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False` : ''}
        if dict is not None:
            self.update(dict)
${v311 ? `
    def _commit_removals(self):
        # a dead weakref never equals a live one, so this need not run before mutating the dict
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return

            try:
                del d[key]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False
` : ''}
    def __delitem__(self, key):${guardDirty(`
        self._dirty_len = True`)}
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):${v311 ? `
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)` : `
        return len(self.data)`}

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()${loop('key, value', `
            o = key()
            if o is not None:
                new[o] = value`, '.items()')}
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()${loop('key, value', `
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)`, '.items()')}
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key),default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):${loop('wr, value', `
            key = wr()
            if key is not None:
                yield key, value`, '.items()')}

    def keys(self):${loop('wr', `
            obj = wr()
            if obj is not None:
                yield obj`, '')}

    __iter__ = keys

    def values(self):${loop('wr, value', `
            if wr() is not None:
                yield value`, '.items()')}

    def keyrefs(self):
        return list(self.data)

    def popitem(self):${guardDirty(`
        self._dirty_len = True`)}
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):${guardDirty(`
        self._dirty_len = True`)}
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove),default)

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

${MAPPING_OR}

class finalize:
    # A finalize object holds no state: it is the key of its _Info record in the class's
    # registry, so it can never be part of a reference cycle.
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        else:
            return '<%s object at %#x; for %r at %#x>' % \\
                (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # the live finalizers marked for exit, oldest first
        L = [(f,i) for (f,i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item:item[1].index)
        return [f for (f,i) in L]

    @classmethod
    def _exitfunc(cls):
        # atexit: call the finalizers whose atexit is true, newest first, with the collector off
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
`;
}

/**
 * The collections.abc stand-in, and its isinstance(o, Mapping) check: dicts (and their
 * subclasses) and mappingproxy are registered Mappings in CPython, and the stand-in classes'
 * subclasses are Mappings. Any other object with keys() and __getitem__ may be a registered
 * Mapping there (ChainMap, UserDict, ...): refused rather than answered.
 */
function abcModule(): { mod: PyObject; isMapping: PyObject } {
  let mapping: PyType | null = null;
  const isMapping = bfn('_is_mapping', (a) => {
    const o = a[0];
    if (isInstance(o, T.dict) || o.type === T.mappingproxy || (mapping && isInstance(o, mapping))) return True;
    if (hasMethod(o, 'keys') && hasMethod(o, '__getitem__')) {
      return notSupported(`isinstance() of a ${o.type.name} object and collections.abc.Mapping`);
    }
    return False;
  });
  const g = runLibrary('collections.abc', COLLECTIONS_ABC, { _is_mapping: isMapping });
  mapping = dictGetStr(g, 'Mapping') as PyType;
  const members = membersOf(g);
  delete members._is_mapping;
  return { mod: makeModule('collections.abc', members), isMapping };
}

registerModule('_weakrefset', () => {
  const g = runLibrary('_weakrefset', weakrefsetSource(R.rules.version === '3.11'), {});
  return makeModule('_weakrefset', membersOf(g));
});

registerModule('weakref', () => {
  const abc = abcModule();
  const g = runLibrary('weakref', weakrefSource(R.rules.version === '3.11'), {
    _collections_abc: abc.mod,
    _is_mapping: abc.isMapping,
  });
  const members = membersOf(g);
  delete members._is_mapping;
  // finalize._registry is built with the module (interpreter-internal) but holds the program's
  // finalize objects and their _Info records: the audit counts those references
  const registry = (members.finalize as PyType).attrs.get('_registry')!;
  ((R as any).internalHolders ??= []).push(registry);
  return makeModule('weakref', members);
});
