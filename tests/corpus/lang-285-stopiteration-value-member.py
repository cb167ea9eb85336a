# checks: StopIteration keeps its value and SystemExit its code as members besides args (Objects/exceptions.c: StopIteration_init, SystemExit_init): one more reference each; a generator's return value too
import sys
v = "stop value here"
e = StopIteration(v)
print(sys.getrefcount(v), e.value is v)
def g():
    yield 1
    return v
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print(s.value is v, sys.getrefcount(v))
print(sys.getrefcount(v))
c = "exit code text"
x = SystemExit(c)
print(x.code is c, sys.getrefcount(c), SystemExit(1, 2).code, SystemExit().code)
x.code = 5
print(x.code, sys.getrefcount(c))
