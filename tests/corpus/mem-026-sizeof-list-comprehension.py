# checks: a list comprehension grows by appending, so it over-allocates like append
import sys

for n in [1, 4, 5, 8, 9, 16, 17, 50, 1000]:
    comp = [x for x in range(n)]
    exact = list(range(n))
    print(f"n={n:4d} comprehension={sys.getsizeof(comp):5d} list(range)={sys.getsizeof(exact):5d}")
