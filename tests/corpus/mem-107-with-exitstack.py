# checks: contextlib.ExitStack releases resources in reverse order of acquisition
from contextlib import ExitStack

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("acquire", self.n)
        return self
    def __exit__(self, *exc):
        print("release", self.n)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(Res(i))
    stack.callback(print, "callback registered last runs first")
    print("working")
print("all released")
