# checks: custom exception hierarchy with extra attributes, args/str/repr, except ordering; uncaught custom error
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"need {amount - balance} more")
        self.balance = balance
        self.amount = amount
class AccountLocked(BankError):
    pass
def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked("account 42 is locked", 42)
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
for args in [(100, 30), (10, 50), (5, 1, True)]:
    try:
        print("left:", withdraw(*args))
    except InsufficientFunds as e:
        print("funds:", e, e.args, e.balance, e.amount)
    except BankError as e:
        print(type(e).__name__, repr(e), str(e), e.args[1])
e = BankError()
print(repr(e), repr(str(e)), BankError("a", 1), repr(BankError("only")))
print(InsufficientFunds.__mro__[1].__name__, issubclass(AccountLocked, Exception))
raise InsufficientFunds(3, 10)
