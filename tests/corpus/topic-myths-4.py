import sys
items = list(range(10))
print(sys.getsizeof(items), sys.getsizeof(set(items)))
