import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
r = Res("file")
del r
a = Res("a")
b = Res("b")
a.b = b
b.a = a
del a, b
print("collected", gc.collect())
