import gc

class N:
    pass

gc.set_debug(0)
n = N()
n.self = n
del n
found = gc.collect()
print("found >= 1:", found >= 1)
print("garbage:", gc.garbage)
