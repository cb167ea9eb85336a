# checks: a range object has a fixed size no matter how many numbers it covers
import sys

for r in [range(0), range(10), range(10**6), range(0, 10**18, 7)]:
    print(r, sys.getsizeof(r), len(r))
print("list(range(10)) :", sys.getsizeof(list(range(10))))
print("list(range(1000)):", sys.getsizeof(list(range(1000))))
print("range iterator  :", sys.getsizeof(iter(range(10))))
print("huge range iter :", sys.getsizeof(iter(range(2**70))))
