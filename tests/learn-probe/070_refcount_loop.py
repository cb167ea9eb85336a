import sys
data = ["x"]
holders = []
for i in range(5):
    holders.append(data)
    print(i, sys.getrefcount(data))
