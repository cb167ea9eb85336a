import sys
x = 10
print(sys.getsizeof(x))
