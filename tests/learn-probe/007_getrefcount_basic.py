import sys
x = []
print("refcount of x:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = [x, x]
print("after list:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
del z
print("after del z:", sys.getrefcount(x))
