# checks: user context manager with __enter__/__exit__, ordering of prints, exit args on exception
class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(f"[{self.label}] enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"[{self.label}] exit, exception: {name} {exc!r}")
        return False
with Timer("first") as t:
    print("inside block, label =", t.label)
try:
    with Timer("second"):
        print("about to fail")
        raise KeyError("boom")
        print("not printed")
except KeyError as e:
    print("caught outside:", repr(e))
with Timer("outer"), Timer("inner"):
    print("nested body")
x = Timer("value")
with x as same:
    print(same is x)
