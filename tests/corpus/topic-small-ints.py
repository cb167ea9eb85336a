a = int("256")
b = int("256")
print(a is b)
c = int("257")
d = int("257")
print(c is d)
cached = [n for n in range(-10, 300) if int(str(n)) is int(str(n))]
print(cached[0], cached[-1])
