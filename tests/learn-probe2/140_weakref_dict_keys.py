import weakref
import gc

class User:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"User({self.name})"

sessions = weakref.WeakKeyDictionary()
u1, u2 = User("ann"), User("bob")
sessions[u1] = "token1"
sessions[u2] = "token2"
print(len(sessions), sessions[u1])
del u1
gc.collect()
print(len(sessions), list(sessions.keys()))
r = weakref.ref(u2)
print(type(r).__name__, r() is u2)
print(weakref.getweakrefs(u2) == [r])
