# checks: with automatic collection off, every dropped cycle waits for gc.collect(), however many there are; the counts right after it (print() itself moves CPython's count)
import gc
gc.disable()
class Node:
    pass
for i in range(300):
    a = Node(); b = Node(); a.b = b; b.a = a
del a, b
n = gc.collect()
print(n, gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.enable()
print(gc.isenabled(), gc.collect())
