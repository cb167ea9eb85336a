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
x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
def f():
    global x
    global x
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
x = ()()
