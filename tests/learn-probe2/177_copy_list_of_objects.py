import copy
class Cell:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Cell({self.v})"

row = [Cell(1), Cell(2)]
grid = [row, row]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
row[0].v = 99
print(grid, shallow, deep)
print(deep[0] is deep[1], deep[0][0] is row[0], shallow[0] is row)
