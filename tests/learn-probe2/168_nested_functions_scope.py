def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def reset():
        nonlocal items
        items = []
    add(1); add(2)
    before = list(items)
    reset()
    add(3)
    return before, items

print(outer())
counter = 0
def bump():
    global counter
    counter += 1
[bump() for _ in range(4)]
print(counter)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
