import sys

_cache = {}

class Big:
    def __init__(self, n):
        self.data = [0] * n

def get(n):
    if n not in _cache:
        _cache[n] = Big(n)
    return _cache[n]

x = get(10)
y = get(10)
print(x is y)
print("cache entries:", len(_cache))
print(sys.getrefcount(x))
