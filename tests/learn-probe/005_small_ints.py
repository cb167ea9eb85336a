a = 256
b = 256
print("256 is 256:", a is b)
c = int("257")
d = int("257")
print("257 is 257:", c is d)
print("257 == 257:", c == d)
e = -5
f = int("-5")
print("-5:", e is f)
