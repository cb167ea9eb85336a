# checks: [obj] * n stores n references to the same object
import sys

class Cell:
    pass

c = Cell()
print("start:", sys.getrefcount(c))
row = [c] * 5
print("in [c]*5:", sys.getrefcount(c))
print("all the same object:", all(item is c for item in row))
grid = [row] * 3
print("row refcount (grid holds it 3 times):", sys.getrefcount(row))
grid[0].append("x")
print("lengths:", [len(r) for r in grid])
del row, grid
print("after del:", sys.getrefcount(c))
