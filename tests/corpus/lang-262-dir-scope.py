# checks: dir() with no argument: the sorted names of the module (3.11 also has __annotations__) and of a function's locals
total = 0

def add(a, b=10):
    result = a + b
    print(dir())
    return result

print(dir())
add(1)
class Box:
    pass
items = [1, 2]
print(dir())
