# checks: getsizeof of bytes objects and bytearray growth
import sys

for n in [0, 1, 2, 10, 100]:
    print("bytes", n, sys.getsizeof(bytes(n)))
ba = bytearray()
print("bytearray empty:", sys.getsizeof(ba))
sizes = []
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print("bytearray appends:", sizes)
print("encoded str:", sys.getsizeof("hello".encode()))
