import sys
lazy = (n * n for n in range(20))
print(sys.getsizeof(lazy))
print(next(lazy), next(lazy))
