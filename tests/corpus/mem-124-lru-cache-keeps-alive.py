# checks: functools.lru_cache holds strong references to arguments and results until cache_clear()
import functools

class Key:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  free Key", self.n)

@functools.lru_cache(maxsize=2)
def lookup(key):
    return key.n * 10

for i in range(3):
    print("lookup", i, "->", lookup(Key(i)))
print("info:", lookup.cache_info())
print("clearing cache")
lookup.cache_clear()
print("end")
