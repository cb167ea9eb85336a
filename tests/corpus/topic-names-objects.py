a = [1, 2, 3]
b = a
b.append(4)
print(a)
print(a is b)
