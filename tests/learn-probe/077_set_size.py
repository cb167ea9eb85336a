import sys
s = set()
prev = sys.getsizeof(s)
print(0, prev)
for i in range(12):
    s.add(i)
    cur = sys.getsizeof(s)
    if cur != prev:
        print(len(s), cur)
        prev = cur
