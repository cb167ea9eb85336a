import gc

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("A", self.n, "finalized")

x = A(1)
y = A(2)
x.y = y
y.x = x
del x
del y
gc.collect()
print("done")
