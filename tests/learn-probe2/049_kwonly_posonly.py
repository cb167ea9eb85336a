def greet(name, /, greeting="Hi", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hello", punct="?"))
try:
    greet(name="Cy")
except TypeError as e:
    print(e)
try:
    greet("Dee", "Yo", "?")
except TypeError as e:
    print(e)
