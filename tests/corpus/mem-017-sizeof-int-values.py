# checks: sys.getsizeof of ints grows by one 30-bit digit at a time
import sys

values = [0, 1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 2**1000]
for v in values:
    print(f"{v.bit_length():5d} bits -> {sys.getsizeof(v)} bytes")
