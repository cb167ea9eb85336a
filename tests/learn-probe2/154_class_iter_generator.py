class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

f = Fib(50)
print(list(f))
print(sum(f), max(f), 21 in f)
it = iter(f)
print(type(it).__name__, next(it), next(it), next(it))
print(list(zip(f, "abcdef")))
