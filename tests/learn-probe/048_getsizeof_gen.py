import sys

def gen():
    yield 1
    yield 2

g = gen()
print("generator:", sys.getsizeof(g))
r = range(10**6)
print("range:", sys.getsizeof(r))
print("list of range 10:", sys.getsizeof(list(range(10))))
