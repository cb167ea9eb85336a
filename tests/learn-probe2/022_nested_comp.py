matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print(list(zip(*matrix)))
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag)
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(row)
