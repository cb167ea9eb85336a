# checks: atexit runs newest first; weakref.finalize registered its exit hook when the first finalizer was made
import atexit, weakref
class C: pass
atexit.register(print, 'registered first')
c = C()
weakref.finalize(c, print, 'finalizer')
atexit.register(print, 'registered last', sep='|')
def bye(n, tail='!'):
    print('bye', n, tail)
atexit.register(bye, 1, tail='?')
atexit.register(bye, 2)
atexit.unregister(bye)
print('end')
