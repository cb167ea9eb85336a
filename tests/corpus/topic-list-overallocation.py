import sys
l = []
sizes = []
for i in range(10):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(*sizes)
