#### Invalid snippets for tests/parse.test.ts; each must raise the same exception type, message and line as CPython 3.11 compile(). Separated by lines starting with "####".
print 'x'
####
print x, y
####
exec 'code'
####
exec code in ns
####
x = `y`
####
  x = 1
####
if x:
pass
####
if x:
####
x = = 1
####
x = (1,
y = 2
####
x = (1,
####
s = 'abc
####
x = 1
s = 'abc
####
x = = 1
s = 'abc
####
1 = x
####
f() = 1
####
(a, 1) = x
####
a + b = c
####
return 1
####
break
####
x = 1abc
####
if x
    pass
####
f(a=1, a=2)
####
f(a=1, 2)
####
nonlocal x
####
def f(a=1, b): pass
####
for x in y:
    pass
  pass
####
if x:
	pass
        pass
####
x = [1, 2
y = 3
z = (4
####
foo(
  a b
)
####
x = 1 +
####
del f()
####
for 1 in x: pass
####
with a as 1: pass
####
x += 1 = 2
####
f() += 1
####
x: int, y: int = 1
####
def f():
    x = 1
    nonlocal x
####
class A:
    return 1
####
def f(x, x): pass
####
f(**k, *a)
####
f(**k, a)
####
f(x for x in y, 1)
####
a, b += 1
####
x := 1
####
def f():
  yield = 1
####
lambda x=1, y: x
####
x <> y
####
True = 1
####
None = 1
####
continue
####
yield x
####
await x
####
async def f():
    yield from x
####
def f(*): pass
####
def f(*, **k): pass
####
[x for x in 1, 2]
####
f'{x!z}'
####
f'{}'
####
f'{x'
####
f'}'
####
b'é'
####
'a' b'b'
####
'\x1'
####
x = 0777
####
x = 0b12
####
x = 0o8
####
x = 0x
####
x = 1_
####
x = 1__0
####
x = 1e
####
x = 1.e5j5
####
x = $
####
x = 1 \ 2
####
x = 1 \
####
def f():
	if x:
        pass
####
if x:
        a
    b
####
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
####
x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
####
x = (]
####
x = )
####
x = (
]
####
x = €
####
x = a + b
####
x = '''abc
def
####
s = 'abc\
####
x = 10L
####
def f():
    return
  x
####
class A
    pass
####
def f()
    pass
####
for x in y
    pass
####
while x
    pass
####
else:
    pass
####
try
    pass
####
with a
    pass
####
def f():
pass
####
class A:
pass
####
for x in y:
pass
####
while x:
pass
####
with a:
pass
####
try:
pass
####
try:
    pass
except:
pass
####
try:
    pass
finally:
pass
####
if x:
    pass
else:
pass
####
if x:
    pass
elif y:
pass
####
match x:
case 1: pass
####
match x:
    case 1:
    pass
####
def f():
    if x:
    y
####
def f():
  if x:
y
####
def f():
  if x:
####
try:
    pass
x = 1
####
x = yield = 1
####
x = f() = 1
####
f(), x = 1
####
x, f() = 1
####
[a, 1] = x
####
(a, b) = 1, 2 = c
####
a < b = c
####
not a = 1
####
x = lambda: 1 = 2
####
'abc' = 1
####
f'{x}' = 1
####
... = 1
####
-x = 1
####
a.b() = 1
####
[x for x in y] = 1
####
{a: b} = 1
####
{a} = 1
####
x if y else z = 1
####
(x := 1) = 2
####
a, *b, *c = d
####
*a = b
####
x = *a
####
print(*a for a in b)
####
def f(a, a=1): pass
####
def f(/): pass
####
def f(a, /, b, /): pass
####
def f(*, a, /): pass
####
def f(*a, *b): pass
####
def f(**a, b): pass
####
def f(**a, *b): pass
####
lambda: (yield)
yield
####
def f(x):
    global x
####
def f():
    x = 1
    global x
####
def f():
    print(x)
    global x
####
def f():
    nonlocal x
####
x: int
global x
####
def f():
    x: int
    global x
####
from __future__ import braces
####
x = 1
from __future__ import annotations
####
from __future__ import nonexistent
####
def f():
    from os import *
####
class A:
    [y := 1 for x in z]
####
[x := 1 for x in y]
####
[y for x in (y := z)]
####
def f():
    [(yield x) for x in y]
####
try:
    pass
except:
    pass
except E:
    pass
####
try:
    pass
except E:
    pass
except* F:
    pass
####
try:
    pass
except E, F:
    pass
####
try:
    pass
except*:
    pass
####
async def f():
    x = 1
    yield 1
    return 2
####
def f():
    await x
####
def f():
    async with a: pass
####
def f():
    async for a in b: pass
####
async with a: pass
####
def f():
    return [await x for x in y]
####
for x in y:
    pass
else:
    break
####
while x:
    def f():
        break
####
while x:
    class A:
        continue
####
match x:
    case _:
        pass
    case 1:
        pass
####
match x:
    case [a, a]:
        pass
####
match x:
    case a | b:
        pass
####
match x:
    case 1 | a:
        pass
####
match x:
    case Point(x=1, 2):
        pass
####
x = 1 if y
####
f(a b)
####
x = [1 2]
####
x = {1: 2 3: 4}
####
x = (a, b c)
####
print(a b)
####
if x = 1:
    pass
####
f(a.b=1)
####
f(x=1, y=2, x=3)
####
class A(x=1, x=2): pass
####
del *a
####
del (a, *b)
####
del 1
####
del a + b
####
for f() in x: pass
####
for x, 1 in y: pass
####
with a as f(): pass
####
with a as (b, 1): pass
####
[x for 1 in y]
####
a = 1 b = 2
####
def f(:
####
x = {
####
print('hello'
####
foo(a, b
bar = 1
####
if True:
    x = (
####
x = 1
)
####
def f():
    return )
####
x = 'abc" 
####
x = """abc

####
x = b'\x1'
####
x = '\U00110000'
####
x = '\u12'
####
f'{a!}'
####
f'{a:{b:{c}}}'
####
f'{a#}'
####
f'{a\n}'
####
f'{a)}'
####
f'{a(}'
####
f'{a b}'
####
f'{*a}'
####
f'{lambda x: 1}'
####
f'{x:{'
####
f'{'
####
f'{x!r=}'
####
f'{1_}'
####
x = 1
  y = 2
####
def f():
    x = 1
        y = 2
####
if x:
    pass
  else:
    pass
####
	if x:
####
a = 1
b = $
####
x = 5 if else 3
####
x = not
####
import
####
from x import
####
from x import a,
####
import a as
####
def
####
class
####
return = 1
####
pass = 1
####
x.1 = 2
####
x = .
####
@
def f(): pass
####
@dec
x = 1
####
async x = 1
####
await = 1
####
x = a if b else
####
lambda x: yield
####
x = 1 +* 2
####
x = [*]
####
x = {**}
####
f(**)
####
a[]
####
r"\n" R'\d' rb'\x' Br"x"
####
x = r'\'
'
####
match x:
    case [1, 2, *_, 3]:
        pass
    case {"a": 1, **kw} | {"b": 2, **kw}:
        pass
    case Foo(a, b=[1, 2], c={}) | Bar():
        pass
    case (1 | 2) as y:
        pass
####
def f(a: *Ts): pass
####
def f(**a: *Ts): pass
####
a[:, {]
####
x = [)]
####
x = a[b](c]
####
\
 x = "a" "b" "c"
####
\
 with (a as b, c as d,):
    pass
####
 f(a, /): pass
####
x = 1e-5, 1e16, 1e15, 0.1, 1.0, 100.0, 1e-4, 123456789.123456789, 5e-324, x 1.7976931348623157e308
####
x = a // b % c  d
####
x = lambda lambda: 1
####
x = a lambda b ** c
####
print("hi", end=import)
####
x  a if b else c if d else e
####
with (a as ):
    pass
####
x  f"{x:%Y-%m-%d}"
####
x + = rf"\n{x}\t"
####
global x, : y
####
x = {k: v for k, pass in d.items()}
####
x = (i for i in def(3) if i if i > 1)
####
x: a** .b = 1
####
x = [(a, b) for a in x for ** b in y]
####
x = 
####
f(import, *b, c, *d)
####
x =  ** b * c + d << e & f ^ g | h
####
a or  and c or d
####
with open(f)  g, open(h) as (i, j):
    pass
####
x = = "'\""
####
match item:
    case async ast.Expr(value=ast.Constant(value=str() as doc)) if x:
        pass
####
x = -a ** -1 b ** c
####
print(x, file=sys.await stderr)
####
from def f(): yield from g()
####
f(a, b=1, *c, d=2, **e
####
lambda: (yield( )
####
[ print(f"{x:{'>' if y else '<'}10}")
####
yield x = f"{a}{b}{c}"
####
yield = 1
####
yield x = f"{x:{y}}"
####
def f():
    return f'{x'a, *b
####
class A: f'{x'
####
f'{x' x = f"{a}{b}{c}"
####
x: a.b ) = 1
####
if (n := lena)) > 10: pass
####
def f():
    x = yield
    y = yield from z
    yield } a, b
####
x = (1, 2) + (3, x 4)
####
x = {a  a in b}
####
if (n  len(a)) > 10: pass
####
x ''' match(a)
####
match item:
    case ast.Expr(value=ast.Constant(value=str() as doc)) ''' x:
        pass
####
x ''' = f"{a < b}"
####
f(a=1, b)
####
f(a, b=1, c, d=2, **e)
####
f(a, b=1, *c, d=2, e)
####
not _ = 1
####
not x = ...
####
x = -1\
####
rb'\x' Br"x"\
####
x = 1 .real\
####
x = 1; y = 2await ;
####
x = [1x ][0]
####
async def f():
     for a, b in c:
        pass
    else:
        pass
####
def f():
    global x
    #c
 x = 1
####
def f():
    x #c
 = yield
    y = yield from z
    yield a, b
####
f"{a:{b}.{c}}"= 
####
x = f"{x}" f"{y}" "z" f"{{}}"= 
####
f"hello {name}!"= 
####
def f()return : yield from g()
####
if a
 :
    if b:
        pass
    else:
        pass
####
async def f()[ :
    return await a.b(c)[d]
####
global a
nonlocal_x if 1
####
def _g():
    x = (yield) if a  b
####
x = 1 if True  2
####
x = u"a" = f"{b}"
####
await x += 1
####
lambda: list[int] = []
####
x = yield a == b == c
####
yield print(*a, **k)
####
x = await [...]
####
class A(): 
####
class A: 
####
class A: 
####
for i in range(3):
    continue
else:
    
####
if a:
    if b:
        pass
    else:
        
####
try:
    
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    pass
####
if x = b"'\""
####
for x in *a *b: pass
####
for x in *a *b: pass
####
x = * a[b][c]
####
await x = --1
####
await x = u"a" f"{b}"
####
await x = fr"\d{x}"
####
match *a, b:    case _: pass
####
match *a, b:not    case _: pass
####
class A(B@ metaclass=M):
    """doc"""
    x = 1
    def m(self): ...
####
print("hi", not end="")
####
x = [(a, b) for a in x async for b in y]
####
x = 1j, 0j, 1.5e20j, 1e16jasync 
####
print* (*a + b)
####
x = [i for i in (* lambda: y)()]
####
(*a + b)
####
print iff
####
print 1
####
print  4
####
x = ([ +
     2)
####
x = [
    1( ,  # one
    2,  # two
]
####
from .... import d, 
####
+ ﬁ = 2
####
x * y = 2
####
nonlocal_ ** global_ = 1
####
x.y.z(1)(2)= [3]
####
try:
    pass
except* ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
####
def f(
    a,
    b,
):
    
####
@decorator
class A:
    @staticmethod
    def f(): 
    @classmethod
    async def g(cls): pass
####
del 1 (a, b)
####
* x = f"\N{BULLET} {x}"
####
* x = ''
####
* x = --1
####
1 = a if b else (c if d else e)
####
f(**a, b)
####
match -x:    case _:
        pass
####
await x: int | str
####
def f():
    global x
    x : 1
