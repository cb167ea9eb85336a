x = [1, 2]
y = [1, 2]
print("x == y:", x == y)
print("x is y:", x is y)
z = x
print("z is x:", z is x)
print(None is None)
