# checks: frozenset vs set sizes for the same int contents
import sys

for n in [0, 1, 4, 5, 10, 20, 100]:
    items = range(n)
    print(f"n={n:3d} set={sys.getsizeof(set(items)):5d} frozenset={sys.getsizeof(frozenset(items)):5d}")
print("set literal {1,2,3}:", sys.getsizeof({1, 2, 3}))
print("set comprehension  :", sys.getsizeof({i for i in range(3)}))
