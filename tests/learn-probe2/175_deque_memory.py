import sys
from collections import deque
d = deque()
sizes = {sys.getsizeof(d)}
for i in range(100):
    d.append(i)
    sizes.add(sys.getsizeof(d))
print(sorted(sizes))
print(d[0], d[-1], len(d), d.maxlen)
d2 = deque(range(10), maxlen=3)
print(d2, sys.getsizeof(d2))
d2.appendleft(-1)
print(d2, d2.count(8), d2.index(8))
