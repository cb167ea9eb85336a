import gc

class Thing:
    pass

t = Thing()
holder = [t]
refs = gc.get_referrers(t)
print(any(r is holder for r in refs))
print(len(gc.get_referents(holder)))
