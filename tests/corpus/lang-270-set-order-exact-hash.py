# checks: a set's order follows the full 64-bit hash of tuples, floats and big ints (Objects/setobject.c probing)
points = {(1, 2), (3, 4), (5, 6), (0, 0), (2, 1), (7, 8), (9, 9)}
print(points)
prices = {0.1, 0.2, 0.3, 0.7, 1.1, 2.5, 3.3, 0.01}
print(prices)
squares = {(i, i * i) for i in range(12)}
print(squares)
big = {10**20, 10**19 + 7, 2**61 - 1, 2**62, -(2**63)}
print(big)
print(set([-0.1, 1e-3, 12.34, 99.9, 3.14159, 2.71828]))
print(hash((1, 2)), hash(0.1), hash(10**20))
print(hash(frozenset({1, 2})), hash(frozenset({0.1, (1, 2)})))
