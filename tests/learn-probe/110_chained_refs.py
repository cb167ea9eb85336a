import sys

class Wrapper:
    def __init__(self, inner):
        self.inner = inner

core = [1, 2, 3]
w1 = Wrapper(core)
w2 = Wrapper(core)
print(sys.getrefcount(core))
w1.inner = None
print(sys.getrefcount(core))
del w2
print(sys.getrefcount(core))
