import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
img = Image("cat.png")
cache["cat"] = img
print("in cache:", "cat" in cache)
print(len(cache))
del img
print("after del:", "cat" in cache)
print(len(cache))
