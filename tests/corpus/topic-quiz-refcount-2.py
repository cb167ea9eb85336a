import sys
a = []
box = [a]
print(sys.getrefcount(a))
