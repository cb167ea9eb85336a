# checks: generator functions with yield, lazy execution order of prints, generator state, generator reuse
def countdown(n):
    print("  starting countdown")
    while n > 0:
        print(f"  yielding {n}")
        yield n
        n -= 1
    print("  countdown finished")
g = countdown(3)
print("created generator:", type(g).__name__)
print("first:", next(g))
for value in g:
    print("loop got", value)
print("again:", list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n
print(list(evens(10)), sum(evens(100)), max(evens(7)))
