def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)
c2 = make_counter()
print(c2())
