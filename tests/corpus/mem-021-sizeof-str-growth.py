# checks: an ASCII string grows by exactly one byte per character
import sys

base = sys.getsizeof("x" * 0)
for n in range(0, 12):
    s = "x" * n
    print(n, sys.getsizeof(s), sys.getsizeof(s) - base)
print("1000 chars:", sys.getsizeof("x" * 1000))
