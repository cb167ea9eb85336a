import gc

class DNode:
    def __init__(self, v):
        self.v = v
        self.prev = None
        self.next = None
    def __del__(self):
        print("free", self.v)

a = DNode(1)
b = DNode(2)
a.next = b
b.prev = a
print(a.next.v, b.prev.v)
del a, b
print("deleted names")
gc.collect()
print("collected")
