# checks: 3.14 getrefcount of a local that may be unbound where it is read (assigned in a branch, a loop, a try): CPython loads it with LOAD_FAST_CHECK, a counted reference, not a borrowed one
import sys
class O: pass
def t():
    try:
        a = O()
        raise ValueError
    except ValueError:
        print("t", sys.getrefcount(a))
def u():
    a = O()
    try:
        b = 1
    finally:
        print("u", sys.getrefcount(a), b)
def v(n):
    while n:
        z = O()
        n -= 1
    print("v", sys.getrefcount(z))
def w(k=None):
    if k is None:
        k = O()
    print("w", sys.getrefcount(k))
def x():
    for i in [O(), O()]:
        pass
    print("x", sys.getrefcount(i))
def y():
    try:
        q = O()
    except Exception:
        pass
    print("y", sys.getrefcount(q))
def z():
    e = O()
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = O()
    print("z", sys.getrefcount(e), sys.getrefcount(msg))
t(); u(); v(2); w(); x(); y(); z()
