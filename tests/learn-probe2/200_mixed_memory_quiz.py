import sys
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(b, c, a is b, a is c, a == b)
print(sys.getrefcount(a) - sys.getrefcount(c))
s = "hi"
t = s
s += "!"
print(s, t, s is t)
n = 10
m = n
n += 1
print(n, m)
def mutate(lst):
    lst.append("x")
    lst = ["new"]
    return lst
r = mutate(b)
print(a, r)
