import sys
a = [[1, 2], [3, 4], "x"]
b = a[:]
print(a == b, a is b)
print(a[0] is b[0])
b[0].append(99)
print(a)
b.append("new")
print(len(a), len(b))
print(sys.getsizeof(a), sys.getsizeof(b))
print(sys.getrefcount(a[0]))
