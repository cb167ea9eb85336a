def reader():
    try:
        yield "line1"
        yield "line2"
    finally:
        print("cleanup in generator")

g = reader()
print(next(g))
del g
print("generator deleted")
