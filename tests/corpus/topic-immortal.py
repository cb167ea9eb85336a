import sys
if sys.version_info >= (3, 12):
    print(sys.getrefcount(None))
else:
    print("no immortal objects")
x = 1000 + int("1")
print(sys.getrefcount(x))
