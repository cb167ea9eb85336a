def reader():
    try:
        print("opened")
        yield 1
        yield 2
    finally:
        print("closed")

g = reader()
print(next(g))
g.close()
print("after close")
