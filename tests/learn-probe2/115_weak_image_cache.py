import weakref

class Image:
    def __init__(self, name):
        self.name = name
        print("loading", name)

_cache = weakref.WeakValueDictionary()

def get_image(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img

a = get_image("cat.png")
b = get_image("cat.png")
print(a is b, len(_cache))
del a, b
print(len(_cache), "cat.png" in _cache)
c = get_image("cat.png")
