import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
it = iter(data)
print(sys.getrefcount(data))
for x in it:
    pass
print(sys.getrefcount(data))
