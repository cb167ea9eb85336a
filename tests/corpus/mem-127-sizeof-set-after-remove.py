# checks: removing elements never shrinks a set; clear() and set(s) do
import sys

s = set(range(100))
print("100 items     :", sys.getsizeof(s))
for i in range(95):
    s.discard(i)
print("5 items left  :", sys.getsizeof(s), len(s))
print("set(s) copy   :", sys.getsizeof(set(s)))
print("s.copy()      :", sys.getsizeof(s.copy()))
s.clear()
print("after clear() :", sys.getsizeof(s))
t = {1, 2, 3}
t |= set(range(50))
print("after |=      :", sys.getsizeof(t), len(t))
