# checks: references to a context manager during __enter__ and __exit__ (3.14 LOAD_SPECIAL keeps (function, self) pairs; 3.11 BEFORE_WITH binds methods)
import sys
class M:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, *args):
        print("exit", sys.getrefcount(self), args[0] is None)
        return False
with M() as m:
    print("body", sys.getrefcount(m))
print("after", sys.getrefcount(m))
with M():
    pass
try:
    with M():
        raise ValueError("boom")
except ValueError:
    print("caught")
