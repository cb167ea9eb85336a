# checks: WeakValueDictionary as a cache: entries vanish when the value has no strong refs
import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = cache[name] = Image(name)
    return img

a = load("cat.png")
b = load("cat.png")
print("cache hit is same object:", a is b)
print("entries:", len(cache))
del a, b
print("entries after del:", len(cache))
c = load("cat.png")
print("keys:", list(cache.keys()))
