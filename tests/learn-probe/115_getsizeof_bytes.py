import sys
print(sys.getsizeof(b""))
print(sys.getsizeof(b"abc"))
print(sys.getsizeof(bytearray(10)))
print(sys.getsizeof(bytearray()))
