a = [1, 2, 3]
b = a
b = [9]
print(a, b)
