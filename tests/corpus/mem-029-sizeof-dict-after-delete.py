# checks: deleting keys does not shrink a dict; clear() and rebuilding do
import sys

d = {i: i for i in range(50)}
print("50 keys        :", sys.getsizeof(d))
for i in range(45):
    del d[i]
print("5 keys left    :", sys.getsizeof(d), len(d))
rebuilt = dict(d)
print("dict(d) copy   :", sys.getsizeof(rebuilt))
print("{**d} copy     :", sys.getsizeof({**d}))
d.clear()
print("after clear()  :", sys.getsizeof(d))
d[1] = 1
print("one key again  :", sys.getsizeof(d))
