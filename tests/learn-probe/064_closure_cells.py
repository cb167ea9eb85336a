def outer():
    x = [1, 2]
    y = "hi"
    def inner():
        return x, y
    return inner

f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
