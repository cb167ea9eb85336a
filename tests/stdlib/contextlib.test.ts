// The contextlib module against CPython: @contextmanager, suppress, nullcontext, closing, ExitStack.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'context managers': `import sys, gc
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
rc = sys.getrefcount
@contextmanager
def cm(x):
    print("enter", x)
    try:
        yield x * 2
    except ZeroDivisionError as e:
        print("caught", e)
    finally:
        print("exit", x)
print(cm, cm.__name__, cm.__wrapped__.__name__, type(cm(1)).__name__, type(cm(1)).__module__)
with cm(1) as v:
    print("v", v)
with cm(2):
    1 / 0
print("after")
try:
    with cm(3):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", repr(e), e.__context__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    raise KeyError("x")
print("swallowed")
@cm(5)
def decorated(a):
    print("in decorated", a)
    return a + 1
print(decorated(10), decorated(20))
class Obj:
    pass
o = Obj()
print(rc(o))
c = cm(o) if False else None
@contextmanager
def hold(x):
    yield x
m = hold(o)
print("held", rc(o))
with m as got:
    print("inside", rc(o))
del got
print("after with", rc(o))
del m
print("after del", rc(o))
with suppress(KeyError):
    {}['a']
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes", e)
print(suppress(KeyError).__exit__(None, None, None))
with nullcontext() as n:
    print(n)
class C:
    def close(self): print("closed")
with closing(C()) as cc:
    print(type(cc).__name__)
with ExitStack() as st:
    st.callback(print, "cb1")
    st.push(lambda *a: print("push exit", a[0]))
    st.enter_context(cm(7))
    print("body")
st = ExitStack()
st.callback(print, "closing")
st2 = st.pop_all()
st.close()
st2.close()
with ExitStack() as s3:
    s3.push(lambda t, v, tb: True)
    raise ValueError("suppressed by exit")
print("done")  # (gc.collect() right after importing contextlib is refused on 3.14: see modules.ts IMPORT_GARBAGE)
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)
`
};

describeAgainstCPython('contextlib', SNIPPETS);
