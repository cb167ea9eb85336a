import weakref

class Texture:
    loads = 0
    def __init__(self, name):
        Texture.loads += 1
        self.name = name

_cache = weakref.WeakValueDictionary()

def load(name):
    tex = _cache.get(name)
    if tex is None:
        tex = Texture(name)
        _cache[name] = tex
    return tex

a = load("grass")
b = load("grass")
print(a is b, Texture.loads)
del a, b
c = load("grass")
print(Texture.loads)
