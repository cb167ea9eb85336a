import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = {}
def load(name):
    ref = cache.get(name)
    img = ref() if ref else None
    if img is None:
        img = Image(name)
        cache[name] = weakref.ref(img, lambda r: cache.pop(name, None))
        print("loaded", name)
    return img
a = load("cat")
b = load("cat")
print(a is b, len(cache))
del a, b
print(len(cache))
