# checks: the same list contents built different ways has different getsizeof
import sys

print("[]             :", sys.getsizeof([]))
print("[1, 2, 3]      :", sys.getsizeof([1, 2, 3]))
print("list(range(3)) :", sys.getsizeof(list(range(3))))
print("[None] * 3     :", sys.getsizeof([None] * 3))
print("comprehension  :", sys.getsizeof([i for i in range(3)]))
a = []
a.append(0); a.append(1); a.append(2)
print("3 appends      :", sys.getsizeof(a))
for n in [0, 1, 5, 10, 100]:
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([None] * n), sys.getsizeof([i for i in range(n)]))
