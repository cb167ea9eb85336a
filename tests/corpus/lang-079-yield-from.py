# checks: yield from delegation to sub-generators and iterables, return value of yield from, recursive tree walk
def inner():
    yield "a"
    yield "b"
    return "inner-done"
def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield from range(3)
    yield from "xy"
print(list(outer()))
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)
tree = ("root", [("src", [("main.py", []), ("util.py", [])]), ("README", [])])
for line in walk(tree):
    print(line)
def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, (2, [3, 4]), [[5]], 6])))
