# checks: names starting with two underscores inside a class are renamed _Class__name (private name mangling)
class Account:
    __rate = 0.05

    def __init__(self, owner):
        self.owner = owner
        self.__balance = 100

    def __secret(self):
        return "hidden"

    def report(self):
        return self.__balance * (1 + self.__rate), self.__secret()

a = Account("ann")
print(sorted(a.__dict__))
print(a.report())
print(a._Account__balance, Account._Account__rate)
print(hasattr(a, "__balance"), Account._Account__secret.__name__)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)

class _Helper:
    def run(self, __n=3):
        return [__n * i for i in range(__n)]
print(_Helper().run(), _Helper.run.__code__.co_varnames)
