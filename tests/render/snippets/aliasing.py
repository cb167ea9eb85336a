x = [1, 2, 3]
y = x
y.append(4)
z = list(x)
z.append(5)
print(x, y, z)
