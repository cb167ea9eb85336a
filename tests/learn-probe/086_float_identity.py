x = 1.5
y = 1.5
print(x == y)
a = float("1.5")
b = float("1.5")
print(a is b)
print(a == b)
