# checks: setting and deleting attributes through a weakref.proxy reaches the referent; arithmetic and isinstance see through it; a callable referent gets CallableProxyType
import weakref

class Account:
    def __init__(self, balance):
        self.balance = balance
    def __add__(self, amount):
        return Account(self.balance + amount)
    def __radd__(self, amount):
        return Account(amount + self.balance)

acc = Account(100)
p = weakref.proxy(acc)
p.owner = "ann"
print("owner on the account:", acc.owner)
del p.owner
print("still has owner?", hasattr(acc, "owner"))
print("p + 5:", (p + 5).balance, " 5 + p:", (5 + p).balance)
print("isinstance(p, Account):", isinstance(p, Account), type(p).__name__)

def greet(name):
    return "hi " + name

g = weakref.proxy(greet)
print(type(g).__name__, g("bob"), callable(g), callable(p))
print(weakref.ProxyTypes)
