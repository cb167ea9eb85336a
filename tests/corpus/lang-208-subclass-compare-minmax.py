# checks: comparisons of int/str/float subclasses call their own __lt__/__eq__/__le__; min/max take one item at a time (key, then > or <) and name the operator CPython names in errors; dict views are 40 bytes
class V(int):
    def __lt__(self, o):
        print("V.lt", int(self), int(o)); return int(self) < int(o)
    def __eq__(self, o):
        print("V.eq"); return int(self) == int(o)
    __hash__ = int.__hash__
a, b = V(1), V(2)
print(a < b, a == b, b > a, a < 5, 3 < a)
class S(str):
    def __lt__(self, o):
        print("S.lt"); return len(self) < len(o)
print(S("bb") < S("a"), sorted([S("ccc"), S("a")]))
class F(float):
    def __le__(self, o):
        print("F.le"); return True
print(F(3.0) <= 1.0, True < 2, 1 < 2.5)
def gen():
    for x in [3, 1, 2]:
        print("yield", x)
        yield x
def k(v):
    print("key", v)
    return -v
print(max(gen(), key=k), min(gen()))
class I(int):
    def __lt__(self, o):
        print("lt", int(self), int(o))
        return int(self) < int(o)
    def __gt__(self, o):
        print("gt", int(self), int(o))
        return int(self) > int(o)
print(max(I(1), I(5), I(3)), min([I(2), I(1)]), sorted([I(3), I(1), I(2)]))
print(max([], default="empty"), max("b", "a", "c"), min([(2, "b"), (1, "z")]))
try:
    max({1: 2, "x": 3})
except TypeError as e:
    print(e)
import sys
d = {1: 2}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
