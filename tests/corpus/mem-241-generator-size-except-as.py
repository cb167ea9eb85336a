# checks: `except ... as e` and `import` inside a function bind locals (locals() shows them, the generator's frame has a slot for each) and the handler's cleanup needs stack room
import sys

def parse_all(texts):
    for t in texts:
        try:
            yield int(t)
        except ValueError as e:
            yield "bad: " + str(e).split(":")[0]

def with_import():
    import math
    from math import pi as half_turn
    print(sorted(locals()))
    yield math.floor(half_turn)

def plain(texts):
    for t in texts:
        yield int(t)

print(list(parse_all(["1", "x"])))
for g in [plain([]), parse_all([]), with_import()]:
    print(g.__name__, sys.getsizeof(g))
print(list(with_import()))
print("math" in globals(), "half_turn" in globals())
