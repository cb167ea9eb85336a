import sys
a = []
d = {"k": a}
print(sys.getrefcount(a))
