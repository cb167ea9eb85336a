import sys
a = [i for i in range(10)]
b = list(range(10))
c = [0] * 10
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
