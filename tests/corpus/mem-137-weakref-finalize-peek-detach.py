# checks: finalize.peek/detach/alive/atexit, explicit calls, and which finalizers run at exit
import weakref, sys
class R: pass
def f(*a, **k):
    print('f', a, k)
    return 'ret'
r = R()
fin = weakref.finalize(r, f, 1, 2, x=3)
print(fin.alive, fin.atexit, sys.getrefcount(fin), sys.getsizeof(fin), sys.getrefcount(r))
print(repr(fin).split(';')[1][:12])
o, fn, args, kw = fin.peek()
print(o is r, fn is f, args, kw)
del o
print(fin(), fin.alive, fin(), fin.peek(), fin.detach())
print(repr(fin).split(';')[1])
r2 = R()
fin2 = weakref.finalize(r2, f, 'two')
det = fin2.detach()
print(det[0] is r2, det[2], fin2.alive)
del det
del r2
print('after del r2')
r3 = R()
fin3 = weakref.finalize(r3, f, 'three')
r4 = R()
fin4 = weakref.finalize(r4, f, 'four')
fin4.atexit = False
print(fin3.atexit, fin4.atexit)
fin3()
r5 = R()
weakref.finalize(r5, f, 'five')
print('end')
