import sys

print("list", sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
print("tuple", sys.getsizeof(()), sys.getsizeof((1, 2, 3)))
print("dict", sys.getsizeof({}), sys.getsizeof({"a": 1}))
print("set", sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
print("frozenset", sys.getsizeof(frozenset()))
big = [1, 2, 3]
print(sys.getsizeof([big, big]) == sys.getsizeof([1, 2]))
nested = [[1] * 100]
print(sys.getsizeof(nested) < sys.getsizeof(nested[0]))
