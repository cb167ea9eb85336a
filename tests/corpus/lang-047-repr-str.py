# checks: __repr__ vs __str__, which one print/str/repr/f-strings/containers use, fallback to __repr__
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"<Tag {self.name}>"
m = Money(3.5)
print(m)
print(repr(m), str(m))
print([m, Money(10, "USD")])
print(f"{m} / {m!r} / {m!s}")
print("%s and %r" % (m, m))
t = Tag("python")
print(t, str(t), [t], {"tag": t})
print((m, t), str((m,)))
print("{0} {0!r}".format(m))
