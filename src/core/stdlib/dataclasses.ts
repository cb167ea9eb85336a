// The dataclasses module: a port of CPython's Lib/dataclasses.py (3.11.7 and
// 3.14.10) run as library code. As in CPython, the generated methods
// (__init__, __repr__, __eq__, order, frozen __setattr__/__delattr__,
// __hash__) are Python functions compiled from generated source text, with
// each version's exact text, so their behaviour, error messages and
// reference counts are CPython's.
//
// NON-CPYTHON: the class __doc__ is built from the generated __init__'s
// parameters (inspect.signature's text) only; where CPython would need more of
// inspect, the doc is refused. make_dataclass and __annotate__ are not modelled;
// typing (ClassVar) is not one of the modules.

import { PyObject, PyType, PyDict, PyStr, PyTuple, PyCell } from '../object.js';
import { T } from '../types.js';
import {
  R, None, True, False, newInt, newStr, newTuple, newList, newDict, incref, decref, typeError, notSupported, isInstance,
} from '../rt.js';
import { registerModule, makeModule } from '../modules.js';
import { getVM } from '../classes.js';
import { dictGet, dictGetStr, dictItems, dictSetStr } from '../dict.js';
import { PyFunction } from '../func.js';
import { Frame } from '../func.js';
import * as ops from '../ops.js';
import { staticType, def, bfn, getset } from './util.js';
import { runLibrary, membersOf, compileLibrary } from './pylib.js';

// ---------------------------------------------------------------- native helpers

/** A value heapsnake does not know (an unevaluated annotation): any use of it is refused. */
const UnknownType = staticType('_unevaluated_annotation', 'dataclasses');
const refuse = (): never => notSupported('dataclass field types and signatures', 'heapsnake does not evaluate class annotations');
for (const n of ['__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__bool__', '__len__', '__format__', '__getattr__', '__call__', '__iter__']) def(UnknownType, n, refuse);
const UNKNOWN = new PyObject(UnknownType); UNKNOWN.imm = true;

// types.MappingProxyType is mappingproxy.ts's type
/** The globals of the module that defines `cls` (sys.modules[cls.__module__].__dict__). */
const moduleGlobals = bfn('_module_globals', (a) => {
  const cls = a[0] as PyType;
  let f: Frame | null = getVM().top;
  let root: Frame | null = null;
  while (f) { root = f; f = f.back; }
  if (cls.module === '__main__' && root) {
    const n = dictGetStr(root.globals, '__name__');
    if (n instanceof PyStr && n.v === '__main__') return incref(root.globals);
  }
  return newDict();
});

/** _MODULE_IDENTIFIER_RE = re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)'): (module or None, name) or None. */
const matchIdent = bfn('_match_module_identifier', (a) => {
  const m = /^(?:\s*(\w+)\s*\.)?\s*(\w+)/u.exec((a[0] as PyStr).v);
  if (!m) return None;
  return newTuple([m[1] ? newStr(m[1]) : None, newStr(m[2])]);
});

/** exec(txt, globals, ns) for the generated methods (compiled as library code). */
const execFn = bfn('_exec', (a) => {
  const [txt, globals, ns] = a;
  const code = compileLibrary((txt as PyStr).v, '<string>');
  const f = new Frame(code, null, globals as PyDict);
  f.ns = ns as PyDict;
  const r = getVM().run(f);
  decref(r);
  return None;
});

/** threading.get_ident() */
const getIdent = bfn('get_ident', () => newInt(140000000000001));

const isMemberDescriptor = bfn('_is_member_descriptor', (a) => (a[0].type === T.member_descriptor ? True : False));

/** (has a __weakref__ slot, has a __dict__) for 3.14's _get_slots. */
const typeOffsets = bfn('_type_offsets', (a) => {
  const t = a[0] as PyType;
  return newTuple([t.weakrefable ? True : False, t.hasDict ? True : False]);
});

/** _update_func_cell_for__class__: repoint a function's __class__ closure cell. */
const updateClassCell = bfn('_update_func_cell_for__class__', (a) => {
  const [f, oldcls, newcls] = a;
  if (!(f instanceof PyFunction) || !f.closure) return False;
  const idx = f.code.freevars.indexOf('__class__');
  if (idx < 0) return False;
  const cell = f.closure.items[idx] as PyCell;
  if (cell.ref !== oldcls) return False;
  cell.ref = incref(newcls);
  decref(oldcls);
  return True;
});

// ---------------------------------------------------------------- the Python half
function source(v311: boolean): string {
  const P = v311 ? '' : '  ';   // 3.14 indents the generated body lines itself
  return `
import sys
import copy
from functools import wraps

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

class FrozenInstanceError(AttributeError): pass

class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

class _MISSING_TYPE:
    pass
MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass
KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = _MappingProxyType({})

class _FIELD_BASE:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

_FunctionType = type(lambda: 0)

${v311 ? `def _recursive_repr(user_function):
    repr_running = set()

    @wraps(user_function)
    def wrapper(self):
        key = id(self), _get_ident()
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result
    return wrapper
` : `def recursive_repr(fillvalue='...'):
    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self), _get_ident()
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function

_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, bytes, type(Ellipsis), type(NotImplemented),
                           type(len), _FunctionType, type, range, property})
`}
class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
${v311 ? '' : "                 'doc',\n"}                 '_field_type',
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only${v311 ? '' : ', doc'}):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA
                         if metadata is None else
                         _MappingProxyType(metadata))
        self.kw_only = kw_only
${v311 ? '' : '        self.doc = doc\n'}        self._field_type = None

    ${v311 ? '@_recursive_repr' : '@recursive_repr()'}
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
${v311 ? '' : "                f'doc={self.doc!r},'\n"}                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
${v311 ? '' : "                 'match_args',\n                 'kw_only',\n                 'slots',\n                 'weakref_slot',\n"}                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen${v311 ? '' : ',\n                 match_args, kw_only, slots, weakref_slot'}):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
${v311 ? '' : '        self.match_args = match_args\n        self.kw_only = kw_only\n        self.slots = slots\n        self.weakref_slot = weakref_slot\n'}
    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
${v311 ? `                f'frozen={self.frozen!r}'` : `                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'`}
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING${v311 ? '' : ', doc=None'}):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only${v311 ? '' : ', doc'})


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only)
            )


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'

${v311 ? `
def _create_fn(name, args, body, *, globals=None, locals=None,
               return_type=MISSING):
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\\n'.join(f'  {b}' for b in body)

    txt = f' def {name}({args}){return_annotation}:\\n{body}'

    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\\n{txt}\\n return {name}"
    ns = {}
    _exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)
` : `
class _FuncBuilder:
    def __init__(self, globals):
        self.names = []
        self.src = []
        self.globals = globals
        self.locals = {}
        self.overwrite_errors = {}
        self.unconditional_adds = {}

    def add_fn(self, name, args, body, *, locals=None, return_type=MISSING,
               overwrite_error=False, unconditional_add=False, decorator=None,
               annotation_fields=None):
        if locals is not None:
            self.locals.update(locals)
        if overwrite_error:
            self.overwrite_errors[name] = overwrite_error
        if unconditional_add:
            self.unconditional_adds[name] = True
        self.names.append(name)
        args = ','.join(args)
        body = '\\n'.join(body)
        deco = f' {decorator}\\n' if decorator else ''
        self.src.append(f'{deco} def {name}({args}):\\n{body}')

    def add_fns_to_class(self, cls):
        fns_src = '\\n'.join(self.src)
        local_vars = ','.join(self.locals.keys())
        if len(self.names) == 0:
            return_names = '()'
        else:
            return_names  =f'({",".join(self.names)},)'
        txt = f"def __create_fn__({local_vars}):\\n{fns_src}\\n return {return_names}"
        ns = {}
        _exec(txt, self.globals, ns)
        fns = ns['__create_fn__'](**self.locals)
        for name, fn in zip(self.names, fns):
            fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
            if self.unconditional_adds.get(name, False):
                setattr(cls, name, fn)
            else:
                already_exists = _set_new_attribute(cls, name, fn)
                if already_exists and (msg_extra := self.overwrite_errors.get(name)):
                    error_msg = (f'Cannot overwrite attribute {fn.__name__} '
                                 f'in class {cls.__name__}')
                    if not msg_extra is True:
                        error_msg = f'{error_msg} {msg_extra}'
                    raise TypeError(error_msg)
`}

def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'${P}__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'${P}{self_name}.{name}={value}'


def _field_init(f, frozen, globals, self_name, slots):
    default_name = f'${v311 ? '_dflt_{f.name}' : '__dataclass_dflt_{f.name}__'}'
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = (f'{default_name}() '
                     f'if {f.name} is ${v311 ? '_HAS_DEFAULT_FACTORY' : '__dataclass_HAS_DEFAULT_FACTORY__'} '
                     f'else {f.name}')
        else:
            globals[default_name] = f.default_factory
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            elif f.default is not MISSING:
                globals[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None

    if f._field_type is _FIELD_INITVAR:
        return None

    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=${v311 ? '_dflt_{f.name}' : '__dataclass_dflt_{f.name}__'}'
    elif f.default_factory is not MISSING:
        default = '=${v311 ? '_HAS_DEFAULT_FACTORY' : '__dataclass_HAS_DEFAULT_FACTORY__'}'
    return f'${v311 ? '{f.name}:_type_{f.name}{default}' : '{f.name}{default}'}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, ${v311 ? 'globals' : 'func_builder'}, slots):
    seen_default = ${v311 ? 'False' : 'None'}
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = ${v311 ? 'True' : 'f'}
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                ${v311 ? "'follows default argument')" : "f'follows default argument {seen_default.name!r}')"}

${v311 ? `    locals = {f'_type_{f.name}': f.type for f in fields}
    locals.update({
        'MISSING': MISSING,
        '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    })` : `    locals = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}`}

    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)

    if has_post_init:
        params_str = ','.join(f.name for f in fields
                              if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'${P}{self_name}.{_POST_INIT_NAME}({params_str})')

    if not body_lines:
        body_lines = ['${P}pass']

    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
${v311 ? `    return _create_fn('__init__',
                      [self_name] + _init_params,
                      body_lines,
                      locals=locals,
                      globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    fn = _create_fn('__repr__',
                    ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join([f"{f.name}={{self.{f.name}!r}}"
                                for f in fields]) +
                     ')"'],
                     globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls,
              'FrozenInstanceError': FrozenInstanceError}
    if fields:
        fields_str = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        fields_str = '()'
    return (_create_fn('__setattr__',
                      ('self', 'name', 'value'),
                      (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                       f'super(cls, self).__setattr__(name, value)'),
                       locals=locals,
                       globals=globals),
            _create_fn('__delattr__',
                      ('self', 'name'),
                      (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                       f'super(cls, self).__delattr__(name)'),
                       locals=locals,
                       globals=globals),
            )


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name,
                      ('self', 'other'),
                      [ 'if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                        'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__',
                      ('self',),
                      [f'return hash({self_tuple})'],
                      globals=globals)


def _set_qualname(cls, value):
    if isinstance(value, _FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value

def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, globals):
    return None

def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds, globals))
` : `    func_builder.add_fn('__init__',
                        [self_name] + _init_params,
                        body_lines,
                        locals=locals,
                        return_type=None)


def _frozen_set_del_attr(cls, fields, func_builder):
    locals = {'__class__': cls,
              'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is __class__'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'

    func_builder.add_fn('__setattr__',
                        ('self', 'name', 'value'),
                        (f'  if {condition}:',
                          '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         f'  super(__class__, self).__setattr__(name, value)'),
                        locals=locals,
                        overwrite_error=True)
    func_builder.add_fn('__delattr__',
                        ('self', 'name'),
                        (f'  if {condition}:',
                          '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
                         f'  super(__class__, self).__delattr__(name)'),
                        locals=locals,
                        overwrite_error=True)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, func_builder):
    cls.__hash__ = None

def _hash_add(cls, fields, func_builder):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    self_tuple = _tuple_str('self', flds)
    func_builder.add_fn('__hash__',
                        ('self',),
                        [f'  return hash({self_tuple})'],
                        unconditional_add=True)
`}
def _hash_exception(cls, fields, ${v311 ? 'globals' : 'func_builder'}):
    raise TypeError(f'Cannot overwrite attribute __hash__ '
                    f'in class {cls.__name__}')

_hash_action = {(False, False, False, False): None,
                (False, False, False, True ): None,
                (False, False, True,  False): None,
                (False, False, True,  True ): None,
                (False, True,  False, False): _hash_set_none,
                (False, True,  False, True ): None,
                (False, True,  True,  False): _hash_add,
                (False, True,  True,  True ): None,
                (True,  False, False, False): _hash_add,
                (True,  False, False, True ): _hash_exception,
                (True,  False, True,  False): _hash_add,
                (True,  False, True,  True ): _hash_exception,
                (True,  True,  False, False): _hash_add,
                (True,  True,  False, True ): _hash_exception,
                (True,  True,  True,  False): _hash_add,
                (True,  True,  True,  True ): _hash_exception,
                }


def _is_initvar(a_type, dataclasses):
    return (a_type is dataclasses.InitVar
            or type(a_type) is dataclasses.InitVar)

def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    match = _match_module_identifier(annotation)
    if match:
        ns = None
        module_name, name = match
        if not module_name:
            ns = _module_globals(cls)
        else:
            module = _module_globals(cls)
            if module.get(module_name) is a_module:
                ns = module
        if ns and is_type_predicate(ns.get(name), a_module):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if _is_member_descriptor(default):
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # (typing is not one of heapsnake's modules, so there are no ClassVar annotations)
    if f._field_type is _FIELD:
        dataclasses = _this_module
        if (_is_initvar(a_type, dataclasses)
            or (isinstance(f.type, str)
                and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                             _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')

    return f


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _formattable(flds):
    return all(isinstance(f.type, (type, str)) for f in flds)


def _signature_text(std_fields, kw_only_fields):
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [param(f) for f in kw_only_fields]
    return '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    globals = _module_globals(cls)

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen${v311 ? '' : `,
                                           match_args, kw_only,
                                           slots, weakref_slot`}))

    any_frozen_base = False
${v311 ? '' : '    all_frozen_bases = None\n'}    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
${v311 ? `            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True` : `            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen`}

    cls_annotations = cls.__dict__.get('__annotations__', {})
    ann_names = cls_annotations

    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = _this_module
    for name, type in cls_annotations.items():
        if (_is_kw_only(type, dataclasses)
            or (isinstance(type, str)
                and _is_type(type, cls, dataclasses, dataclasses.KW_ONLY,
                             _is_kw_only))):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))
    for f in cls_fields:
        fields[f.name] = f

        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in ann_names:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')

        if ${v311 ? 'not any_frozen_base' : 'all_frozen_bases is False'} and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    (std_init_fields,
     kw_only_init_fields) = _fields_in_init_order(all_init_fields)

${v311 ? `    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)

        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields,
                                    std_init_fields,
                                    kw_only_init_fields,
                                    frozen,
                                    has_post_init,
                                    '__dataclass_self__' if 'self' in fields
                                            else 'self',
                                    globals,
                                    slots,
                          ))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals))

    if eq:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==',
                                   self_tuple, other_tuple,
                                   globals=globals))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'),
                         ('__le__', '<='),
                         ('__gt__', '>'),
                         ('__ge__', '>='),
                         ]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple,
                                          globals=globals)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, globals)
` : `    func_builder = _FuncBuilder(globals)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)

        _init_fn(all_init_fields,
                 std_init_fields,
                 kw_only_init_fields,
                 frozen,
                 has_post_init,
                 '__dataclass_self__' if 'self' in fields
                 else 'self',
                 func_builder,
                 slots,
                 )

    _set_new_attribute(cls, '__replace__', _replace)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        func_builder.add_fn('__repr__',
                            ('self',),
                            ['  return f"{self.__class__.__qualname__}(' +
                             ', '.join([f"{f.name}={{self.{f.name}!r}}"
                                        for f in flds]) + ')"'],
                            locals={'__dataclasses_recursive_repr': recursive_repr},
                            decorator="@__dataclasses_recursive_repr()")

    if eq:
        cmp_fields = (field for field in field_list if field.compare)
        terms = [f'self.{field.name}==other.{field.name}' for field in cmp_fields]
        field_comparisons = ' and '.join(terms) or 'True'
        func_builder.add_fn('__eq__',
                            ('self', 'other'),
                            [ '  if self is other:',
                              '   return True',
                              '  if other.__class__ is self.__class__:',
                             f'   return {field_comparisons}',
                              '  return NotImplemented'])

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'),
                         ('__le__', '<='),
                         ('__gt__', '>'),
                         ('__ge__', '>='),
                         ]:
            func_builder.add_fn(name,
                            ('self', 'other'),
                            [ '  if other.__class__ is self.__class__:',
                             f'   return {self_tuple}{op}{other_tuple}',
                              '  return NotImplemented'],
                            overwrite_error='Consider using functools.total_ordering')

    if frozen:
        _frozen_set_del_attr(cls, field_list, func_builder)

    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, func_builder)

    func_builder.add_fns_to_class(cls)
`}
    if not getattr(cls, '__doc__'):
        # inspect.signature(cls): the generated __init__'s parameters
        if init and '__init__' in cls.__dict__ and getattr(cls.__dict__['__init__'], '__qualname__', '') == f'{cls.__qualname__}.__init__' \\
                and _formattable(std_init_fields + kw_only_init_fields):
            text_sig = _signature_text(std_init_fields, kw_only_init_fields)
            cls.__doc__ = (cls.__name__ + text_sig)
        else:
            cls.__doc__ = _UNKNOWN

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot${v311 ? '' : ', fields'})

    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
${v311 ? `        return []` : `        out = []
        has_weakref, has_dict = _type_offsets(cls)
        if has_weakref:
            out.append('__weakref__')
        if has_dict:
            out.append('__dict__')
        return out`}
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, '__next__'):
        return list(slots)
    raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot${v311 ? '' : ', defined_fields'}):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')

    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for b in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(b))
    names = list(field_names) + (['__weakref__'] if weakref_slot else [])
    cls_dict["__slots__"] = tuple(n for n in names if n not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    newcls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        newcls.__qualname__ = qualname

    if is_frozen:
        if '__getstate__' not in cls_dict:
            newcls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            newcls.__setstate__ = _dataclass_setstate
${v311 ? '' : `
    for member in newcls.__dict__.values():
        if isinstance(member, _FunctionType):
            if _update_func_cell_for__class__(member, cls, newcls):
                break
`}
    return newcls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap

    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None

    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    """Returns True if obj is an instance of a dataclass."""
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)

${v311 ? `
def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)
` : `
def _asdict_inner(obj, dict_factory):
    obj_type = type(obj)
    if obj_type in _ATOMIC_TYPES:
        return obj
    elif hasattr(obj_type, _FIELDS):
        if dict_factory is dict:
            return {
                f.name: _asdict_inner(getattr(obj, f.name), dict)
                for f in fields(obj)
            }
        else:
            return dict_factory([
                (f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                for f in fields(obj)
            ])
    elif obj_type is list:
        return [_asdict_inner(v, dict_factory) for v in obj]
    elif obj_type is dict:
        return {
            _asdict_inner(k, dict_factory): _asdict_inner(v, dict_factory)
            for k, v in obj.items()
        }
    elif obj_type is tuple:
        return tuple([_asdict_inner(v, dict_factory) for v in obj])
    elif issubclass(obj_type, tuple):
        if hasattr(obj, '_fields'):
            return obj_type(*[_asdict_inner(v, dict_factory) for v in obj])
        else:
            return obj_type(_asdict_inner(v, dict_factory) for v in obj)
    elif issubclass(obj_type, dict):
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return obj_type((_asdict_inner(k, dict_factory),
                         _asdict_inner(v, dict_factory))
                        for k, v in obj.items())
    elif issubclass(obj_type, list):
        return obj_type(_asdict_inner(v, dict_factory) for v in obj)
    else:
        return copy.deepcopy(obj)
`}

def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
${v311 ? `    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items())
    else:
        return copy.deepcopy(obj)` : `    if type(obj) in _ATOMIC_TYPES:
        return obj
    elif _is_dataclass_instance(obj):
        return tuple_factory([
            _astuple_inner(getattr(obj, f.name), tuple_factory)
            for f in fields(obj)
        ])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        obj_type = type(obj)
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return obj_type((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items())
    else:
        return copy.deepcopy(obj)`}

${v311 ? `
def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue

        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue

        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)

    return obj.__class__(**changes)
` : `
def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue

        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with '
                                f'init=False, it cannot be specified with '
                                f'replace()')
            continue

        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} "
                                f'must be specified with replace()')
            changes[f.name] = getattr(self, f.name)

    return self.__class__(**changes)
`}
`;
}

registerModule('dataclasses', () => {
  const v311 = R.rules.version === '3.11';
  const g = runLibrary('dataclasses', source(v311), {
    _match_module_identifier: matchIdent,
    _MappingProxyType: T.mappingproxy, _module_globals: moduleGlobals, _exec: execFn,
    _get_ident: getIdent, _is_member_descriptor: isMemberDescriptor, _type_offsets: typeOffsets,
    _update_func_cell_for__class__: updateClassCell, _UNKNOWN: UNKNOWN,
  });
  const members = membersOf(g);
  for (const k of ['_MappingProxyType', '_ann_fields', '_module_globals', '_guard', '_exec', '_get_ident', '_is_member_descriptor',
    '_type_offsets', '_UNKNOWN', '_match_module_identifier', '_this_module']) delete members[k];
  if (v311) delete members._update_func_cell_for__class__;
  members.make_dataclass = bfn('make_dataclass', () => notSupported('dataclasses.make_dataclass'));
  const mod = makeModule('dataclasses', members);
  dictSetStr(g, '_this_module', mod);
  return mod;
});

export { dictGet, dictSetStr, isInstance, False, getset, PyTuple };
