# checks: an unknown keyword argument: 3.14 adds "Did you mean" (Python functions and builtins like sorted/print); 3.11 words builtins' error differently
def greet(name, *, greeting="Hello"):
    return greeting + ", " + name

print(greet("Ann", greeting="Hi"))
try:
    greet(nam="Bob")
except TypeError as e:
    print(e)
try:
    greet("Bob", greting="Hey")
except TypeError as e:
    print(e)
try:
    sorted([3, 1, 2], reversed=True)
except TypeError as e:
    print(e)
try:
    print("a", "b", sepp="-")
except TypeError as e:
    print(e)
try:
    max([1, 2], defualt=0)
except TypeError as e:
    print(e)
