# checks: a generator's size counts its frame's stack: a with block (and a with inside a loop) makes the frame bigger, and 3.14's with needs more than 3.11's
import sys

class Opened:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def plain(names):
    for name in names:
        yield name.upper()

def with_block(names):
    with Opened("log") as log:
        for name in names:
            yield log.name + ":" + name

def nested(names):
    with Opened("a") as a:
        with Opened("b") as b:
            yield a.name + b.name
    for name in names:
        with Opened(name) as f:
            yield f.name

for g in [plain(["x"]), with_block(["x"]), nested(["x", "y"])]:
    print(g.__name__, sys.getsizeof(g))
print(list(nested(["x", "y"])))
