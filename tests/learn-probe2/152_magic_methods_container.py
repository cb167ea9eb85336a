class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __len__(self):
        return len(self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __contains__(self, v):
        return any(v in r for r in self.rows)

m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m, m[1, 0], len(m), 9 in m, 7 in m)
print(m == Matrix([[1, 9], [3, 4]]), m != Matrix([[0]]), m == 5)
