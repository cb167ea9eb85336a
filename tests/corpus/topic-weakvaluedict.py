import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = cache[name] = Image(name)
        print("loaded", name)
    return img
a = load("cat")
b = load("cat")
print(a is b, len(cache))
del a, b
print(len(cache))
