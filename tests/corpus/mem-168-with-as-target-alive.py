# checks: the `as` target of a with block stays bound after the block; __exit__ runs first, the object dies later
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *exc):
        print("  exit", self.name)
        return False
    def __del__(self):
        print("  del", self.name)

with Resource("r1") as r:
    print("  inside, refcount:", sys.getrefcount(r))
print("after block:", r.name, sys.getrefcount(r))
r = None
print("rebound r")

with Resource("r2"):
    print("  inside anonymous")
print("after anonymous block")

class Wrapper:
    def __enter__(self):
        return Resource("inner")
    def __exit__(self, *exc):
        print("  wrapper exit")

with Wrapper() as w:
    print("  got", w.name)
print("after wrapper block, w alive:", w.name)
del w
print("end")
