# checks: tuples are allocated exactly: 8 bytes per item on top of a fixed header
import sys

print("()        :", sys.getsizeof(()))
for n in range(1, 6):
    t = tuple(range(n))
    print(f"{n} items  : {sys.getsizeof(t)}")
print("tuple of 100:", sys.getsizeof(tuple(range(100))))
print("list of 100 :", sys.getsizeof(list(range(100))))
print("nested tuple counts only the outer:", sys.getsizeof(((1, 2, 3), (4, 5, 6))))
