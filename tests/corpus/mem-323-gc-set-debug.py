# checks: gc.set_debug(0) / gc.get_debug() and the DEBUG_* constants; a cycle is still collected with debugging off and gc.garbage stays empty
import gc

class Node:
    pass

print("debug flags at start:", gc.get_debug())
gc.set_debug(0)
print("DEBUG_SAVEALL =", gc.DEBUG_SAVEALL, "DEBUG_LEAK =", gc.DEBUG_LEAK)
n = Node()
n.me = n
del n
print("found the cycle:", gc.collect() >= 1)
print("gc.garbage:", gc.garbage)
try:
    gc.set_debug("stats")
except TypeError as e:
    print("TypeError:", e)
