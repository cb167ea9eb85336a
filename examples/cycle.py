# A reference cycle survives `del` and is freed by the cycle collector.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a
del b
print("collected:", gc.collect())
