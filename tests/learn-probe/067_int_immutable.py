def bump(n):
    print("before:", id(n) == id(x))
    n += 1
    print("after:", id(n) == id(x))
    return n

x = 10
y = bump(x)
print(x, y)
