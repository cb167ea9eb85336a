a = 100
b = 50 + 50
print(a is b, a == b)
c = 1000
d = 999 + 1
print(c == d)
e = int("256")
f = 256
print(e is f)
g = int("257")
h = int("257")
print(g is h, g == h)
big = 10 ** 20
print(big, type(big), big.bit_length(), (2 ** 64) - 1, -2 ** 3, (-2) ** 3)
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** -1, divmod(-7, 2))
