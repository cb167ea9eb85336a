# checks: nonlocal in nested functions, closures keeping independent state, two closures sharing one cell
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c1())
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print("before:", x)
    inner()
    print("after:", x)
outer()
def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    return deposit, lambda: f"balance={balance}"
dep, show = bank(10)
dep(5); dep(20)
print(show())
