# checks: infinite generators with itertools.count/cycle/repeat, islice, takewhile/dropwhile, zip stopping early
from itertools import count, cycle, repeat, islice, takewhile, dropwhile
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(100), 95, 200)))
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(repeat("ha", 3)), list(zip(range(3), repeat(0))))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 10)))
print(list(takewhile(lambda p: p < 30, primes())))
print(list(islice(dropwhile(lambda p: p < 100, primes()), 3)))
for i, c in zip(count(1), "xyz"):
    print(i, c)
