import sys
a = [1, 2, 3]
b = []
b.append(1)
b.append(2)
b.append(3)
print(a == b)
print("literal:", sys.getsizeof(a))
print("appended:", sys.getsizeof(b))
