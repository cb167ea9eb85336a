# checks: functools.reduce (with/without initial), partial (args/keywords), lru_cache hits/misses and cache_info, cache_clear
from functools import reduce, partial, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: a + b, [], "empty"))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square.args, square.keywords)
int_from_bin = partial(int, base=2)
print(int_from_bin("1101"), list(map(partial(round, ndigits=1), [1.25, 2.35])))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(calls))
print(fib.cache_info())
@lru_cache(maxsize=2)
def slow_square(x):
    print("  computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
