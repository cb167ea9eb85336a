import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(20):
    d[i] = i * i
    size = sys.getsizeof(d)
    if size != last:
        print("grew at", len(d), "->", size)
        last = size
