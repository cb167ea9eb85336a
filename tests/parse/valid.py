#### Valid Python 3.11 snippets for tests/parse.test.ts; each is compared with CPython's ast.dump(). Snippets are separated by lines starting with "####".
x = 1
####
x = y = 2
####
a, b = b, a
####
[a, *b] = c
####
x: int = 5
####
(x): int
####
x.y: List[int] = []
####
x += 1
####
a[1:2, ::3] = 4
####
del a, b[0], c.d
####
del (a, b)
####
print("hi", end="")
####
f(*args, **kwargs)
####
f(a, b=1, *c, d=2, **e)
####
def f(a, /, b: int = 1, *args: int, c, d=2, **kw) -> int:
    return a
####
async def f():
    async with a as b, c:
        pass
    async for x in y:
        await z
    return [i async for i in g() if i]
####
class A(B, metaclass=M):
    """doc"""
    x = 1
    def m(self): ...
####
@dec
@dec2(1)
def f(): pass
####
lambda: 0
####
lambda x, *y, z=1, **w: x
####
x = a if b else c
####
x = [i for i in range(10) if i % 2 for j in i]
####
x = {k: v for k, v in d.items()}
####
x = {a for a in b}
####
x = (a for a in b)
####
x = {1: 2, **d, 3: 4}
####
x = {1, 2, *s}
####
x = ()
####
x = (1,)
####
x = [1, 2, 3,]
####
if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass
####
while x:
    break
else:
    pass
####
for i in range(3):
    continue
else:
    pass
####
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
####
try:
    pass
finally:
    pass
####
with open(f) as g, open(h) as (i, j):
    pass
####
with (open(a) as b, c):
    pass
####
with (a, b):
    pass
####
with (a, b) as c:
    pass
####
import os, sys as system, a.b.c as d, e.f
####
from . import x
####
from ..a.b import (c as d, e,)
####
from x import *
####
from __future__ import annotations
####
global x, y
####
def f():
    nonlocal_thing = 1
    def g():
        nonlocal nonlocal_thing
####
assert x, "msg"
####
assert x
####
raise
####
raise E from e
####
def _g():
    x = yield
####
def f():
    x = yield
    y = yield from z
    yield a, b
####
a < b <= c != d in e not in f is g is not h
####
not a and b or c and not d
####
a and b and c
####
(a and b) and c
####
a or b and c or d
####
-x ** 2
####
x ** -y
####
~a + +b - -c
####
a @ b // c % d / e * f
####
a << b >> c & d | e ^ f
####
x = 1 if y else 2 if z else 3
####
(x := 10)
####
if (n := len(a)) > 10: pass
####
f(x := 1)
####
print(*a, sep='')
####
a[...]
####
a[:, 1]
####
a[1:2:3]
####
a[::]
####
a[:]
####
a[*b]
####
a[1,]
####
x.y.z(1)(2)[3]
####
"abc" 'def'
####
b"abc" b'\x00\xff'
####
f"hello {name}!"
####
f"{x!r} {y!s:>10} {z!a}"
####
f"{x=}"
####
f"{x = }"
####
f"{x=!s}"
####
f"{x=:>10}"
####
f"{{literal}} {x}"
####
f"{a:{b}.{c}}"
####
f"abc" "def" f"{x}"
####
"a" f"b{c}d" "e"
####
x = 0x_FF + 0o17 + 0b1010 + 1_000_000
####
x = 1.5 + .5 + 5. + 1e10 + 1.5e-3 + 1_0.0_1
####
x = 1j + 2.5J + 1e3j
####
x = 123456789012345678901234567890
####
x = None, True, False, ...
####
"\n\t\\\'\"\a\b\f\v\0\x41\u00e9\U0001F600\101"
####
b"\n\t\\\x41\101\q"
####
"\q \d"
####
x = 1 + \
    2
####
x = (1 +
     2)
####
def f(
    a,
    b,
):
    pass
####
# comment only
####
x = 1  # trailing comment
####
if x: a = 1; b = 2
####
x = 1; y = 2;
####
for x, in y: pass
####
for (a, b), c in d: pass
####
[x for x, y in z]
####
class A: pass
####
class A(): pass
####
def f(*, a): pass
####
def f(a, /): pass
####
def f(**k): pass
####
def f(a=1, /, b=2, *, c, d=4): pass
####
lambda a, /, b: 0
####
lambda *, k: 0
####
x = [*a, *b]
####
f(**a, **b)
####
print(f"{x:{'>' if y else '<'}10}")
####
x = a.b.c
####
x = not a
####
x = a is not b
####
x = a not in b
####
def _g():
    x = (yield)
####
def g():
    return (yield x)
####
x = lambda: (yield)
####
x = [y for y in range(3)][0]
####
x = {**a}
####
x = {}
####
x = set()
####
x = a[b][c]
####
f(a)(b)(c)
####
x = (1, 2) + (3, 4)
####
x = "a" "b" "c"
####
x = u"unicode" "more"
####
x = U"upper"
####
x = f""
####
x = ''
####
x = """triple
quoted"""
####
x = '''a\
b'''
####
x = f"""{
x
}"""
####
éé = 1
####
ﬁ = 2
####
x = a if b else c, d
####
del x
####
x = *a, *b
####
for x in *a, *b: pass
####
return_ = 1
####
match = 1
####
case = 2
####
type = 3
####
print = 4
####
x = match(a)
####
x = await_
####
x[a:b, c:d]
####
x = [[1, 2], [3, 4]]
####
x = {'a': [1, {2: 3}]}
####
x = a.b[c](d).e
####
if a:
    if b:
        pass
    else:
        pass
####
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    pass
####
x = 1 if 2 else 3
####
assert (x, y)
####
x = [
    1,
    2,
]
####
print >>sys.stderr, "hello"
####
print >>f
####
x = -1
####
x = --1
####
x = 1 - -1
####
x = (-1) ** 2
####
x = 2 ** 3 ** 4
####
x = a < b < c
####
x = (a < b) < c
####
@property
def f(self): pass
####
@a.b.c
class D: pass
####
@(lambda f: f)
def g(): pass
####
def f(a: "str" = "x") -> "int": pass
####
x: int
####
x: "Tuple[int, ...]" = ()
####
nonlocal_ = global_ = 1
####
match x:
    case 1:
        pass
    case "a" | "b":
        pass
    case [a, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=_):
        pass
    case Point(1, 2, z=3) as p:
        pass
    case -1 | 1.5 | -2.5 | 1+2j | -1-2j:
        pass
    case a.b.c:
        pass
    case None | True | False:
        pass
    case (a, b):
        pass
    case (a) if a:
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case _:
        pass
####
match x, y:
    case a, b:
        pass
####
match (x):
    case 1, 2,:
        pass
####
match x:
    case {1: _, -1: _, "s": _, a.b: _}:
        pass
    case 1 if x > 0:
        pass
    case str() | bytes():
        pass
    case [1, [2, 3], {4: 5}]:
        pass
####
match *a, b:
    case _: pass
####
x = *a, b
####
x = *f(), 1
####
x = *a.b, *c[0], *d()
####
return_value = [*a + b]
####
print(*a + b)
####
f(*a or b)
####
x = [*a, *b + c]
####
a[*b + c]
####
def f():
    return *a, *b
####
def f():
    return 1, 2
####
def f():
    yield *a, b
####
for x in *a, b: pass
####
x = f"{x!r:>{width}.{precision}}"
####
x = f"{'a' if x else 'b'}"
####
x = f'{"nested"}'
####
x = f"{x}" f"{y}" "z" f"{{}}"
####
x = f"{3.14:.2f}"
####
x = f"{x:}"
####
x = f"{x!r:}"
####
x = f"a{{b}}c"
####
x = f"{a}{b}{c}"
####
x = f"{a['k']}"
####
x = f"{ {'a': 1}['a'] }"
####
x = f"{(lambda: 1)()}"
####
x = f"{x,}"
####
x = f"{x, y}"
####
def _g():
    x = f"{yield}"
####
x = f"{*a,}"
####
x = f"{a!r}{b!s}{c!a}"
####
x = f"{x:{y}}"
####
x = f"\n{x}\t"
####
x = rf"\n{x}\t"
####
x = fr"\d{x}"
####
x = f"\N{BULLET} {x}"
####
x = F"{x}"
####
x = f"{x:%Y-%m-%d}"
####
x = f"{x:{{}}}"
####
x = f"{x = !r:^20}"
####
x = f"""{
    x
}"""
####
x = f"{x!r}" "abc" u"def"
####
x = u"a" f"{b}"
####
x = f"{a == b}"
####
x = f"{a != b}"
####
x = f"{a < b}"
####
x = f"{a >= b}"
####
x = f"{a:=b}"
####
x = f"{(a:=b)}"
####
x = "\x00\x7f\x80\xff"
####
x = "\u2028\u00a0\u200b"
####
x = "'"
####
x = '"'
####
x = "'\""
####
x = b"'"
####
x = b"'\""
####
x = "\\"
####
x = "a\
b"
####
x = "\777"
####
x = b"\777"
####
x = "😀"
####
x = "tab\there"
####
x = 1e-5, 1e16, 1e15, 0.1, 1.0, 100.0, 1e-4, 123456789.123456789, 5e-324, 1.7976931348623157e308
####
x = 1e400, -1e400
####
x = 0.0, 00, 0_0, 0e0
####
x = 1j, 0j, 1.5e20j, 1e16j
####
x = 0xDEADBEEF, 0O777, 0B_1
####
x = 9999999999999999999999999999999999999999
####
async def f():
    await x ** 2
####
async def f():
    return await a.b(c)[d]
####
async def f():
    x = [await y for y in z]
    async with a:
        pass
    z = {k async for k in g}
####
def f():
    x = [(yield)]
####
def f(): return (yield)
####
x = a if b else (c if d else e)
####
x = lambda: lambda: 1
####
x = lambda x=lambda: 1: x
####
x = [lambda: i for i in range(3)]
####
x = [i for i in (lambda: y)()]
####
x = (i for i in range(3) if i if i > 1)
####
x = [(a, b) for a in x for b in y]
####
x = [x for x in [1, 2] if x]
####
x = {(a): b for a, b in c}
####
global a
nonlocal_x = 1
####
class A:
    x: int
    y: str = "a"
    def __init__(self) -> None:
        self.z: int = 1
####
class A(object, *bases, **kw): pass
####
class A(B, C): pass
####
@decorator
class A:
    @staticmethod
    def f(): pass
    @classmethod
    async def g(cls): pass
####
def f(a, b, /, c, d, *, e, f): pass
####
def f(a=1, b=2, /, c=3): pass
####
def f(*args, **kwargs): pass
####
def f(a, *, b=1, c): pass
####
def f(*args: int, **kwargs: str) -> None: pass
####
def f(a: int, b: str = "x", *args: tuple, c: float = 1.0, **kw: dict) -> "ret": pass
####
def f(x: List[int], y: Dict[str, int], z: int | None, w: a.b.C) -> Tuple[int, ...]: pass
####
def f(x: Callable[[int], str]) -> Optional["A"]: pass
####
x: list[int] = []
####
x: int | str
####
x: a.b = 1
####
x: Dict[str, List[int]] = {}
####
if x:
    pass
# comment at end
####
def f():
    pass

    # trailing comment in body
####
for i in range(10):
    if i: continue
    break
####
while True:
    try:
        pass
    finally:
        break
####
try:
    x
except Exception:
    raise
####
with a:
    with b:
        pass
####
x = [
    1,  # one
    2,  # two
]
####
x = (
    "implicit"
    "concat"
)
####
if (a and
        b):
    pass
####
x = a[1:2]
x = a[:2]
x = a[1:]
x = a[::2]
x = a[1::2]
x = a[:2:]
x = a[:-1]
####
x = a[b:=1]
####
a.b.c = d.e = f
####
a[0], b.c, *d = e
####
(a, b), c = d
####
[a, [b, c]] = d
####
x = not not a
####
x = a in b in c
####
x = a == b == c
####
x = a if not b else c
####
x = (a for b in c)
####
f(a for b in c)
####
f(a, *b, c, *d)
####
f(a=1, *b)
####
f(**a, b=1)
####
x = a.b.c.d.e.f
####
x = a()()()
####
x = (a)(b)
####
x = (a).b
####
x = (1).real
####
x = 1 .real
####
x = 1.0.real
####
x = ...
####
x = [...]
####
x = a[..., 1]
####
import a.b.c
####
from .a import b
####
from ... import c
####
from .... import d
####
from .....x import y
####
if True:
    pass
####
if x:
    pass
elif y:
    pass
####
x = 1 if True else 2
####
exec("code")
####
exec(code, globals())
####
print(x, file=sys.stderr)
####
def f():
    global x
    x = 1
####
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
####
x = [1][0]
####
x = {}.get(1)
####
x = ''.join([])
####
x = a if b else c if d else e
####
def _g():
    x = (yield) if a else b
####
async def f():
    async for a, b in c:
        pass
    else:
        pass
####
async def f():
    async with a as b, c as d:
        pass
####
def f(): yield from g()
####
x = 'a' \
    'b'
####
x = a.  b
####
x = a .b
####
x = a[
  1
]
####
lambda: (yield)
####
async def _g():
    x = [i async for i in a]
####
\
x = 1
####
x = ~1 ^ 1 & 1 | 1 & 1
####
x = a ^ b & c
####
x = a & b ^ c
####
x = a | b ^ c & d << e + f * g ** h
####
x = a ** b * c + d << e & f ^ g | h
####
x = a - b - c
####
x = a ** b ** c
####
x = -a ** -b ** c
####
x = a * -b ** c + d
####
x: list[str] | A | B = 1
####
def f(x: int | None | str = None) -> A | B | C | D: pass
####
x: A | (B | C)
####
x: A | B & C | D
####
x: Dict[str, int] | List[int] | None
####
x = (a ^ b) & c
####
x = a @ b @ c
####
x = a // b % c / d
####
x = 1 + 2 * 3 - 4 / 5 % 6 ** 7 // 8 @ 9
####
x = a << b >> c << d
####
async def f():
    return await a ** b ** c * await d
####
type(backend).__typecache = weakref.WeakValueDictionary()
####
type = 1
####
type(x)
####
x = type
####
def type(self): pass
####
f(type=1)
####
x.type = 2
####
type: int = 3
####
match item:
    case ast.Expr(value=ast.Constant(value=str() as doc)) if x:
        pass
####
with (a.b(c=d)
      as tpe):
    pass
####
with (a as b):
    pass
####
with (a as b, c as d,):
    pass
####
def _g():
    with (yield):
        pass
####
match(x)
####
match = {}
####
match.x = 1
####
match[1] = 2
####
match x:
    case {**rest}:
        pass
####
match -x:
    case _:
        pass
####
case = 1
####
_ = 1
####
print -1
####
print (a), b
####
print
####
exec
####
print(*a, **k)
####
match x:
    case "a" "b":
        pass
    case b"x":
        pass
    case 1_000:
        pass
    case 0x10:
        pass
    case -0.5:
        pass
    case 1j:
        pass
####
def func2(*args: *tuple[int, str]): pass
####
def f(*args: *Ts): pass
####
r"\n" R'\d'
####
rb'\x' Br"x"
####
match x:
    case [1, 2, *_, 3]:
        pass
    case {"a": 1, **kw} | {"b": 2, **kw}:
        pass
    case Foo(b=[1, 2], c={}) | Bar():
        pass
    case (1 | 2) as y:
        pass
####
x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
####
def f():
    global x
    global x
####
x = ()()
####
x, = y
####
from ...a.b import c
from . import x
from .... import y
####
x = [lambda A, x, **kw: f(A, x, **kw), lambda *a: a]
####
type(backend).cache = {}
####
def f():
    return (bar.
baz)
####
with (open(a) as b):
    pass
####
def f(*args: *tuple[int, str]): pass
####
x = "\N{BULLET} \N{greek small letter alpha} \N{CJK UNIFIED IDEOGRAPH-6574}"
####
x = a ^ b & c | d ^ e
####
x: list[str] | A | B = []
####
x = (1if y else 2)
####
x = f"{x!r:>{w}.{p}}" f"{y=}"
####
class X(Generic[*Ts, P]):
    f: Callable[P, int]
    g: Tuple[*Ts]
####
def f(x: Tuple[int, *Ts]) -> Tuple[*Ts, int]: pass
