# checks: at exit a weakref callback does not run when the weakref itself is garbage of __main__; weakref.finalize runs at atexit
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def gone(ref):
    print("callback for a dead object")

a = V("a")
watcher = weakref.ref(a, gone)
b = V("b")
holder = [V("in list"), weakref.ref(b, gone)]
weakref.finalize(V("finalized"), print, "finalize ran")
print("end")
