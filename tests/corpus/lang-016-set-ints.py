# checks: sets/frozensets of small ints: union/intersection/difference/symmetric diff, subset, add/discard
evens = {0, 2, 4, 6, 8}
primes = {2, 3, 5, 7}
print(evens | primes)
print(evens & primes, evens - primes, primes - evens)
print(evens ^ primes)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {3})
s = set()
print(s, len(s))
for n in [3, 1, 3, 2, 1]:
    s.add(n)
print(s, sorted(s))
s.discard(10)
s.remove(1)
print(s, 2 in s, 1 in s)
f = frozenset([4, 1, 4])
print(f, f | {9}, type(f | {9}).__name__)
print({frozenset({1, 2}): "pair"}[frozenset({2, 1})])
print(set(range(5)).isdisjoint({7, 8}), {1, 2}.issuperset({2}))
dupes = [1, 5, 2, 5, 1, 9]
print(len(dupes) - len(set(dupes)), "duplicates")
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
