# checks: a Python __getitem__ or property getter sees its object one reference lower once CPython specializes the instruction (3.14: from its second run; 3.11: __getitem__ once the code is warm, 8 runs or loop turns) — heapsnake answers the generic runs and refuses after
import sys
class Grid:
    def __init__(self):
        self.cells = [0] * 4
    def __getitem__(self, i):
        return sys.getrefcount(self)
    @property
    def size(self):
        return sys.getrefcount(self)
g = Grid()
print("property, first read:", g.size)
for i in range(10):
    print("getitem, turn", i, g[i])
