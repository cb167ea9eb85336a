a = [1, 2]
b = [1, 2]
print(a == b, a is b)
x = None
print(x is None)
