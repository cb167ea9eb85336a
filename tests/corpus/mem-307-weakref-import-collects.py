# checks: after 'import weakref' (whose own allocations pass 3.14's threshold, so CPython collects inside it and its count is then at most a few hundred) cycles with __del__ and weak references to them are answered exactly: alive until gc.collect(), which finalizes them in order
import gc
import weakref

class Resource:
    count = 0
    def __init__(self, name):
        self.name = name
        Resource.count += 1

    def __del__(self):
        Resource.count -= 1
        print("closing", self.name)

def make_pair():
    a = Resource("a")
    b = Resource("b")
    a.other = b
    b.other = a
    return weakref.ref(a)

refs = [make_pair() for _ in range(3)]
print("alive:", Resource.count, [r() is not None for r in refs])
found = gc.collect()
print("found", found, "alive:", Resource.count)
print([r() for r in refs])
