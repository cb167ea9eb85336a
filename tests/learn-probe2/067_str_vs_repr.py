class Money:
    def __init__(self, amount):
        self.amount = amount
    def __str__(self):
        return f"${self.amount:.2f}"
    def __repr__(self):
        return f"Money({self.amount})"

m = Money(5)
print(m)
print(str(m), repr(m))
print([m, Money(2.5)])
print(f"{m} and {m!r}")
print("%s %r" % (m, m))
