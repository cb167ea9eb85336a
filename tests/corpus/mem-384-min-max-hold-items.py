# checks: min()/max() hold the item being compared twice (the iterator's reference and its value, Python/bltinmodule.c: min_max) and the best so far twice; 3.11's METH_VARARGS min/max also keep their argument tuple and keyword dict (the key function) while a __lt__/__gt__ or key runs
import sys
class Score:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v > other.v
    def __lt__(self, other):
        print("lt", self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v
a, b, c = Score(1), Score(5), Score(3)
print(max(a, b, c).v)
print(min([a, b]).v)
def weight(s):
    print("weight", s.v, sys.getrefcount(weight))
    return -s.v
print(max([a, b], key=weight).v, min(a, c, key=weight).v)
