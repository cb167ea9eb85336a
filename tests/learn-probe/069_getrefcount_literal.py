import sys
print(sys.getrefcount(None) > 1000)
print(sys.getrefcount(1) > 10)
x = 1000000
print(sys.getrefcount(x))
