import sys
t = (1, 2, 3, 4, 5)
l = [1, 2, 3, 4, 5]
print("tuple:", sys.getsizeof(t))
print("list:", sys.getsizeof(l))
print("empty tuple is empty tuple:", () is ())
