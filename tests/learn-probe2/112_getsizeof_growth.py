import sys

items = []
last = sys.getsizeof(items)
print(0, last)
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(len(items), size)
        last = size
d = {}
last = sys.getsizeof(d)
for i in range(30):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print("dict", len(d), last)
