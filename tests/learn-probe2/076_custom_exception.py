class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"need {amount - balance} more")
        self.balance = balance
        self.amount = amount

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount

acct = Account(50)
try:
    acct.withdraw(80)
except InsufficientFunds as e:
    print("Error:", e, e.amount, e.args)
print(isinstance(InsufficientFunds(1, 2), Exception))
acct.withdraw(100)
