# checks: recursive repr of a list containing itself ([...]), nested self-references, str() of the same
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
print(a[2] is a, a[2][2][2][0], len(a))
b = []
b.append(b)
b.append(b)
print(b)
c = [b, "end"]
print(c)
x = ["x"]
y = ["y", x]
x.append(y)
print(x)
print(y)
t = ([],)
t[0].append(t)
print(t)
outer = [[[]]]
outer[0][0].append(outer)
print(outer, f"{outer}")
