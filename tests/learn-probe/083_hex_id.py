x = [1]
y = x
print(hex(id(x)) == hex(id(y)))
print(type(id(x)).__name__)
