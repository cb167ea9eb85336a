import sys
print(sys.getsizeof(10), sys.getsizeof(2**40))
