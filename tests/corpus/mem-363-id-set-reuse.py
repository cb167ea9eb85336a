# checks: a set of id()s of objects that were never alive together is refused: CPython's allocator may give them one address (3.11 here: one id), heapsnake gives each its own (Objects/obmalloc.c)
class Thing:
    pass

ids = set()
for _ in range(5):
    t = Thing()
    ids.add(id(t))
    del t
print(len(ids))
