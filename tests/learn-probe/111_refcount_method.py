import sys

class Counter:
    def __init__(self):
        self.n = 0
    def refs(self):
        return sys.getrefcount(self)

c = Counter()
print("from method:", c.refs())
print("from outside:", sys.getrefcount(c))
