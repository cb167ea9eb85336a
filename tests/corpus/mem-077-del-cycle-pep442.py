# checks: __del__ of objects in a cycle runs once, during gc.collect() (PEP 442)
import gc

gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a, b = Node("a"), Node("b")
a.ref, b.ref = b, a
print("del names")
del a, b
print("collect")
n = gc.collect()
print("collected >= 2:", n >= 2)
print("second collect:", gc.collect())
