# checks: nested list comprehensions: matrix transpose/flatten/multiplication, comprehension with multiple for/if
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print(list(map(list, zip(*matrix))))
print([x for row in matrix for x in row if x % 2 == 0])
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
for row in identity:
    print(row)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
product = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(product)
pairs = [(x, y) for x in range(4) for y in range(x, 4) if x + y == 4]
print(pairs)
board = [["." for _ in range(4)] for _ in range(3)]
board[1][2] = "X"
print("\n".join("".join(r) for r in board))
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
