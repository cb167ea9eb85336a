def safe_divide(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")

print(list(safe_divide([(1, 2), (3, 0), (4, 4)])))

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
print("closed")
for x in gen():
    print("got", x)
    break
print("after break")
