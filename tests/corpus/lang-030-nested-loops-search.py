# checks: nested loops with break flags, for-else to break out of two loops, range with steps
grid = [
    [3, 8, 1],
    [9, 4, 7],
    [2, 6, 5],
]
target = 7
found = False
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            found = True
            break
    if found:
        break
print("found" if found else "missing", target, "at", (r, c))
for row in grid:
    for val in row:
        if val > 8:
            break
    else:
        continue
    print("row with a value > 8:", row)
    break
for i in range(1, 4):
    print(" ".join(f"{i * j:2}" for j in range(1, 6)))
