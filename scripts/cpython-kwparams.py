# Writes src/core/cpython-kwparams.ts: the parameters of each built-in function (builtins module, and the C functions
# of the modules heapsnake models: 'math.gcd') and of each method of the built-in types, per version, from inspect.signature on the real interpreters — which of them
# may be passed by keyword. kwcheck.ts uses it for calls that pass keywords to a builtin heapsnake implements
# positionally: "takes no keyword arguments", the unknown-keyword TypeError, or a refusal.
# A type's own entry ('int()') is its constructor's signature.
# Each entry lists the parameters after self: 'x' positional-or-keyword, '/x' positional-only, '*x' keyword-only,
# '*' *args, '**' **kwargs; a trailing '!' marks a required one (no default); a first '=name()' is the name a
# function that takes no keywords gives in its TypeError. A callable without a signature is called once with a made-up keyword: one that
# answers 'takes no keyword arguments' is listed with no parameters; any other is left out.
#
# Run (from the worktree):
#   python3 scripts/cpython-kwparams.py python3 .cpython/bin/python3.14 > src/core/cpython-kwparams.ts
import inspect, json, sys


def params(f, drop_self):
    try:
        sig = inspect.signature(f)
    except (ValueError, TypeError):
        return None
    out = []
    ps = list(sig.parameters.values())
    if drop_self and ps and ps[0].kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
        ps = ps[1:]
    for p in ps:
        k = p.kind
        req = '!' if p.default is inspect.Parameter.empty else ''
        if k == p.POSITIONAL_ONLY:
            out.append('/' + p.name + req)
        elif k == p.POSITIONAL_OR_KEYWORD:
            out.append(p.name + req)
        elif k == p.KEYWORD_ONLY:
            out.append('*' + p.name + req)
        elif k == p.VAR_POSITIONAL:
            out.append('*')
        else:
            out.append('**')
    return out


def dump():
    import builtins, types
    out = {}
    for name, v in vars(builtins).items():
        if isinstance(v, types.BuiltinFunctionType):
            p = params(v, False)
            if p is not None:
                out[name] = p
    tys = [v for v in vars(builtins).values() if isinstance(v, type)]
    for t in tys:
        # calling the type itself ('int()'): its constructor's parameters
        p = params(t, False) if not issubclass(t, BaseException) else None
        if p is not None:
            out[t.__name__ + '()'] = p
    for t in tys:
        for name, d in vars(t).items():
            if isinstance(d, (types.MethodDescriptorType, types.WrapperDescriptorType)):
                p = params(d, True)
            elif isinstance(d, types.ClassMethodDescriptorType):
                p = params(getattr(t, name), False)
            elif isinstance(d, staticmethod) or (name == '__new__' and isinstance(d, types.BuiltinFunctionType)):
                continue  # __new__ / static methods: not checked
            else:
                continue
            if p is not None:
                out[f'{t.__name__}.{name}'] = p
    # no signature: a call with a made-up keyword tells whether it takes keywords at all (the check runs before
    # the function body: Objects/methodobject.c / descrobject.c _PyArg_NoKwnames, so nothing else happens)
    samples = {int: 1, bool: True, float: 1.5, complex: 1j, str: 'a', bytes: b'a', bytearray: bytearray(b'a'),
               list: [], tuple: (), dict: {}, set: set(), frozenset: frozenset(), range: range(1), slice: slice(1),
               memoryview: memoryview(b'a'), object: object()}
    skip = {'breakpoint', 'input', 'help', 'exit', 'quit', '__build_class__', '__import__', 'copyright', 'credits', 'license'}
    def takes_no_kw(f):
        try:
            f(zz_heapsnake_probe=1)
        except TypeError as e:
            return str(e).endswith('takes no keyword arguments')
        except Exception:
            return False
        return False
    for name, v in vars(builtins).items():
        if isinstance(v, types.BuiltinFunctionType) and name not in out and name not in skip and takes_no_kw(v):
            out[name] = []
    for t, o in samples.items():
        for name, d in vars(t).items():
            key = f'{t.__name__}.{name}'
            if key in out or not isinstance(d, (types.MethodDescriptorType, types.WrapperDescriptorType)):
                continue
            if name in ('__init__', '__new__', '__call__', '__init_subclass__') or (t is memoryview and name == 'release'):
                continue
            if takes_no_kw(getattr(o, name)):
                out[key] = []
    # a function that takes no keywords: the name its TypeError gives ('math.gcd()', or 3.11's 'log()' for a
    # METH_VARARGS function: Objects/methodobject.c cfunction_call vs _PyObject_FunctionStr), as '=<name>' first
    def no_kw_name(f):
        try:
            f(zz_heapsnake_probe=1)
        except TypeError as e:
            m = str(e)
            if m.endswith(' takes no keyword arguments'):
                return m[:-len(' takes no keyword arguments')]
        except Exception:
            pass
        return None
    def callables():
        for name, v in vars(builtins).items():
            if isinstance(v, types.BuiltinFunctionType) and name not in skip:
                yield name, v
        for t, o in samples.items():
            for name in vars(t):
                if name not in ('__init__', '__new__', '__call__', '__init_subclass__') and not (t is memoryview and name == 'release'):
                    # through the descriptor, as `s.count(x=1)` calls it (3.11 words a bound builtin's error 'count()')
                    d = vars(t)[name]
                    yield f'{t.__name__}.{name}', (lambda d, o: lambda **k: d(o, **k))(d, o) if callable(d) else None
    mods = {}
    import importlib
    for mod in ('sys', 'gc', 'math', 'functools', '_weakref', 'atexit', 'copy', 'itertools', 'collections'):
        mods[mod] = importlib.import_module(mod)
    def module_callables():
        for mod, m in mods.items():
            for name, v in vars(m).items():
                if isinstance(v, types.BuiltinFunctionType) and not name.startswith('_') and name not in ('exit', 'settrace', 'setprofile'):
                    yield f'{mod}.{name}', v
    def mark(pairs):
        for key, f in pairs:
            p = out.get(key)
            if f is None or p is None or any(not x.startswith('/') and x != '*' for x in p):
                continue
            n = no_kw_name(f)
            # kept only where it is not the usual '<key>()' / 'wrapper <name>()'
            if n is not None and n not in (key + '()', 'wrapper ' + key.split('.')[-1] + '()'):
                out[key] = ['=' + n] + p

    # the C functions of the modules heapsnake models ('math.gcd'); Python-level ones are left out
    for mod, m in mods.items():
        for name, v in vars(m).items():
            if not isinstance(v, types.BuiltinFunctionType) or name.startswith('_'):
                continue
            key = f'{mod}.{name}'
            p = params(v, False)
            if p is None and mod in ('math', 'gc') and takes_no_kw(v):
                p = []
            if p is not None:
                out[key] = p
    mark(callables())
    mark(module_callables())
    print(json.dumps(out, sort_keys=True))


if len(sys.argv) > 1 and sys.argv[1] == '--dump':
    dump()
else:
    from cpython_tables import tables_from, body as tables_body
    tables = tables_from(__file__, sys.argv[1:3])
    print(f'// Generated by scripts/cpython-kwparams.py from CPython {tables["3.11"][0]} and {tables["3.14"][0]} (inspect.signature):')
    print("// each builtin function's and built-in type method's parameters after self ('/x' positional-only, 'x' either,")
    print("// '*x' keyword-only, '*' *args, '**' **kwargs).")
    body = tables_body(tables)
    print(f"export const CPYTHON_KWPARAMS: Record<'3.11' | '3.14', Record<string, string[]>> = {body};")
