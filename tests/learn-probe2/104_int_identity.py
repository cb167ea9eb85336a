a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c == d, c is d)
e = int("100")
f = int("100")
print(e is f)
x = 5
y = x
x += 1
print(x, y, x is y)
print(-5 is int("-5"), -6 is int("-6"))
