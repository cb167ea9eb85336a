import sys
data = list(range(100))
print(sys.getsizeof(data), sys.getsizeof(tuple(data)), sys.getsizeof(set(data)), sys.getsizeof(frozenset(data)))
print(sys.getsizeof(dict.fromkeys(data)), sys.getsizeof({i: i for i in data}))
print(sys.getsizeof([0] * 100), sys.getsizeof([0 for _ in range(100)]), sys.getsizeof(list(range(100))))
print(sys.getsizeof("a" * 100), sys.getsizeof(b"a" * 100), sys.getsizeof(bytearray(100)))
small = [1, 2, 3]
print(sys.getsizeof(small), sys.getsizeof(small[:]), sys.getsizeof(small + []), sys.getsizeof(small * 2))
