# checks: list sizes after extend, insert, += and *= (over-allocation rules)
import sys

a = []
a.extend(range(10))
print("extend(range(10)):", sys.getsizeof(a))
b = []
for i in range(10):
    b.insert(0, i)
print("10 x insert(0)   :", sys.getsizeof(b))
c = [0]
c += [1, 2, 3, 4]
print("[0] += 4 items   :", sys.getsizeof(c))
d = [1, 2]
d *= 5
print("[1,2] *= 5       :", sys.getsizeof(d), len(d))
e = [1, 2] * 5
print("[1,2] * 5        :", sys.getsizeof(e))
f = list(range(10))
f.extend([10])
print("list(range(10)) + extend 1:", sys.getsizeof(f))
