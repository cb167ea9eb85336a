# checks: list and dict equality hold both items while __eq__ runs; a dict holds the new key while hashing it; list(x) asks for the iterator before __len__
import sys
class K:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return self.n == o.n
    def __hash__(self):
        print("hash", self.n, sys.getrefcount(self))
        return 1
a, b = K(1), K(1)
print([a] == [b], (a,) == (b,))
print({"x": a} == {"x": b})
d = {a: 1}
class L:
    def __len__(self): print("len"); return 2
    def __iter__(self): print("iter"); return iter([1, 2])
print(list(L()))
