a = 1 == 1
b = bool(5)
print(a is True, b is True)
print(True + True)
print(isinstance(True, int))
print(True is 1 == 1)
