import sys
a = []
t = (a, a)
b = a
print(sys.getrefcount(a))
