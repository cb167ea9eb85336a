# Which identifier-like strs CPython has interned before it compiles a program (run like the oracle runs
# snippet.py: -s, PYTHONHASHSEED=0, the oracle's environment). scripts/cpython-interned.mjs runs it.
#
#   OUT FILE...   write candidate strs: every identifier-like str reachable from the running
#                         interpreter's objects (module dicts, type dicts, code objects' names and constants)
#                         plus every run of [A-Za-z0-9_] in FILEs (the interpreter's binary: C string literals,
#                         static strings, frozen modules' marshalled code) and the 1-char ones
# (the twin test is a separate program, TWINS in scripts/cpython-interned.mjs: this file's own identifiers would
# be interned by the parser before it ran)
import gc, re, sys

def harvest(out, files):
    name = re.compile(r'[A-Za-z0-9_]*\Z')
    cands = set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_')
    def add(s):
        if type(s) is str and s.isascii() and name.match(s): cands.add(s)
    def walk(c, depth=0):
        if depth > 20: return
        if type(c) is str: add(c)
        elif type(c) in (tuple, frozenset, list, set):
            for x in list(c): walk(x, depth + 1)
        elif type(c) is type(harvest.__code__):
            for x in c.co_names + c.co_varnames + c.co_freevars + c.co_cellvars + (c.co_name, c.co_qualname): add(x)
            walk(c.co_consts, depth + 1)
    for o in gc.get_objects():
        if type(o) is dict:
            for k, v in list(o.items()): add(k); walk(v)
        elif isinstance(o, type):
            for k in list(o.__dict__): add(k)
        else:
            walk(o)
        code = getattr(o, '__code__', None) if callable(o) else None
        if code is not None: walk(code)
    for m in list(sys.modules.values()):
        for k, v in list(vars(m).items()):
            add(k)
            if isinstance(v, type):
                for a in list(v.__dict__): add(a)
    runs = re.compile(rb'[A-Za-z0-9_]{2,}')
    for path in files:
        with open(path, 'rb') as f:
            for r in runs.findall(f.read()):
                s = r.decode()
                # a marshalled str may run into its neighbours' type or length byte
                for t in (s, s[1:], s[:-1], s[1:-1]): add(t)
    with open(out, 'w') as f:
        f.write('\n'.join(sorted(cands)))

harvest(sys.argv[1], sys.argv[2:])
