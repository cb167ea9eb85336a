# checks: set &, -, ^ and their _update forms build the result table as CPython does (which set is walked, copy-then-discard, dummies resized away, last dummy reused)
import sys
a = set(range(20))
b = set(range(10, 30))
print(a ^ b, sys.getsizeof(a ^ b))
big = set(range(100))
print(sys.getsizeof(big - {1}), sys.getsizeof(big.difference([1, 2])), sys.getsizeof(big - set(range(50))))
c = {0, 8, 16, 24, 32, 1, 9}
d = {8, 16, 40, 48, 1, 2, 3}
print(c ^ d, d ^ c, sys.getsizeof(c ^ d))
e = {i * 8 for i in range(10)}
print(e.intersection([72, 64, 56, 48, 40, 32, 24, 16, 8, 0]))
print(e.symmetric_difference([0, 8, 1000, 2000]))
s = set(range(40))
s.intersection_update(range(3))
print(s, sys.getsizeof(s))
t = set(range(50))
t &= {1, 2}
print(t, sys.getsizeof(t))
u = {1, 9, 17, 25, 33}
u.remove(9)
u.remove(17)
u.add(41)
print(u)
class Frozen(frozenset):
    pass
print(type(Frozen([1]) | {2}).__name__, type(Frozen([1]).copy()).__name__)
