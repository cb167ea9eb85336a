import sys
def numbers():
    n = 0
    while True:
        yield n
        n += 1

g = numbers()
print([next(g) for _ in range(5)], sys.getsizeof(g) > 0)
print(g.gi_frame is not None, g.gi_running)
g.close()
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted")
squares = (x * x for x in range(3))
print(next(squares), list(squares), list(squares))
