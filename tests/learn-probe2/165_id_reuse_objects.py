class Thing:
    pass

ids = set()
for _ in range(5):
    t = Thing()
    ids.add(id(t))
    del t
print(len(ids) <= 2)
a = Thing()
b = Thing()
print(a is not b, id(a) != id(b))
x = [1, 2]
y = x
del x
print(y)
z = y.copy()
print(z == y, z is y, id(z) != id(y))
