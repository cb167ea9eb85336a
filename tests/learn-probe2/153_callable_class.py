class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return sum(args)

c = Counter()
print(c(1, 2), c(3), c())
print(c.count, callable(c), callable(Counter), callable(5))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

print(list(map(Adder(10), [1, 2, 3])))
