print(id([1, 2]) == id([3, 4]))
x = [1, 2]
y = [3, 4]
print(id(x) == id(y))
