# checks: list.clear(), del lst[:] and pop() and what they do to the allocation
import sys

a = list(range(100))
print("100 items     :", sys.getsizeof(a))
a.clear()
print("after clear() :", sys.getsizeof(a))
b = list(range(100))
del b[:]
print("after del b[:]:", sys.getsizeof(b))
c = list(range(100))
sizes = []
while c:
    c.pop()
    if len(c) % 10 == 0:
        sizes.append((len(c), sys.getsizeof(c)))
print("popping:", sizes)
d = list(range(100))
d[:] = []
print("slice assign  :", sys.getsizeof(d))
