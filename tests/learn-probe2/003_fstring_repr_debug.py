name = "Bob"
age = 30
items = [1, 2, 3]
print(f"{name!r} is {age}")
print(f"{name=}")
print(f"{age + 1=}")
print(f"{items=}")
print(f"{len(items) = }")
print(f"{name!s:>6}|")
print(f"{3.5=:.2f}")
x = 10
print(f"{x * 2 = }")
