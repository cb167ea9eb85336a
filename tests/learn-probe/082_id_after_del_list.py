a = [1, 2, 3]
addr = id(a)
del a
b = [4, 5, 6]
print(id(b) == addr)
