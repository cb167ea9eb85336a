# checks: weakref.proxy forwards attribute access and raises ReferenceError once the referent dies
import weakref

class Account:
    def __init__(self, owner):
        self.owner = owner
    def describe(self):
        return "account of " + self.owner

acct = Account("ada")
p = weakref.proxy(acct)
print(p.owner)
print(p.describe())
print("type:", type(p).__name__)
del acct
try:
    p.owner
except ReferenceError as e:
    print("ReferenceError:", e)
