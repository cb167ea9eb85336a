# checks: list comprehension has its own scope (loop var does not leak), but a for loop's var does; class-scope quirk
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, "| x is still:", x)
for i in range(3):
    pass
print("for loop leaked i =", i)
try:
    [j for j in range(3)]
    print(j)
except NameError as e:
    print("NameError:", e)
total = 10
print([total + k for k in range(3)])
def f():
    values = [n for n in range(4)]
    return values, "n" in globals()
print(f())
class Config:
    base = 10
    doubled = [v * 2 for v in range(3)]
    try:
        shifted = [v + base for v in range(3)]
    except NameError as e:
        shifted = f"NameError: {e}"
print(Config.doubled, Config.shifted)
