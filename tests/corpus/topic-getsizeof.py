import sys
print(sys.getsizeof(0))
print(sys.getsizeof([]))
big = ["x" * 100]
print(sys.getsizeof(big))
print(sys.getsizeof(big[0]))
