import weakref

class User:
    def __init__(self, name):
        self.name = name

extra = weakref.WeakKeyDictionary()
u = User("bob")
extra[u] = "admin"
print(len(extra), extra[u])
del u
print(len(extra))
