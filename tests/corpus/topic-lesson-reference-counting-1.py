import sys
x = []
y = x
box = [x]
print(sys.getrefcount(x))
