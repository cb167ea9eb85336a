class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __bool__(self):
        return self._balance > 0

a = Account("Ann")
print(bool(a), a)
a.deposit(50).deposit(25)
print(a, bool(a), a.balance)
print(Account.interest, a.interest, getattr(a, "missing", "n/a"), hasattr(a, "deposit"))
setattr(a, "nickname", "A")
print(vars(a))
print(Account.deposit.__qualname__, type(a.deposit).__name__)
