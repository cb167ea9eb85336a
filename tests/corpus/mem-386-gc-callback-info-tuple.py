# checks: a gc callback's info dict has one reference more on 3.11, where Modules/gcmodule.c: invoke_gc_callback calls it through PyObject_CallFunction(cb, "sO", ...) and the argument tuple holds it; 3.14 calls it with PyObject_Vectorcall
import gc
import sys
seen = []
def on_gc(phase, info):
    seen.append((phase, sys.getrefcount(info), info["generation"]))
gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)
for s in seen:
    print(s)
