import sys

for n in [0, 1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 100, -1]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.0), sys.getsizeof(1e300))
print(sys.getsizeof(None))
print(sys.getsizeof(3 + 4j))
