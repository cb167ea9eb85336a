# checks: seed post claim "x = 10; x = 20 frees the 10": the 10 object is shared and still alive
x = 10
y = 10
print("x is y:", x is y)
x = 20
print("y still 10:", y)
ten = 10
print("y is the literal 10 object:", y is ten)
z = 5 + 5
print("computed 10 is y:", z is y)
big = 10**6
keep = big
big = 20**6
print("old big value kept by other name:", keep, keep is not big)
