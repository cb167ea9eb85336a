# checks: gc.collect() return value for a two-node cycle of instances with __dict__
import gc

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("again    :", gc.collect())
