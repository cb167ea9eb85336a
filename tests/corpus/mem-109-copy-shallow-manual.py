# checks: aliasing vs shallow copies made with list(x), x[:] and dict(x)
grid = [[1, 2], [3, 4]]
alias = grid
copy1 = list(grid)
copy2 = grid[:]
print("alias is grid:", alias is grid)
print("copies are new lists:", copy1 is grid, copy2 is grid)
print("inner lists shared:", copy1[0] is grid[0], copy2[1] is grid[1])
grid[0].append(99)
print("copy1 sees inner change:", copy1[0])
grid.append([5])
print("copy1 length unchanged:", len(copy1), len(grid))
conf = {"opts": ["-v"], "level": 1}
c = dict(conf)
c["level"] = 2
c["opts"].append("-q")
print("original level:", conf["level"], "opts:", conf["opts"])
