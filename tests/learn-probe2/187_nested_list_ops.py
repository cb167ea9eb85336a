matrix = [[1, 2, 3], [4, 5, 6]]
print(len(matrix), len(matrix[0]), matrix[1][-1])
matrix[0].append(10)
print(matrix, [len(r) for r in matrix])
copy1 = [row[:] for row in matrix]
copy1[0][0] = 99
print(matrix[0][0], copy1[0][0])
flat = sum(matrix, [])
print(flat, max(max(r) for r in matrix), sorted(flat, reverse=True)[:3])
print([[r[i] for r in [[1, 2], [3, 4]]] for i in range(2)], [sum(r) for r in matrix])
grid = [["."] * 3 for _ in range(2)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
