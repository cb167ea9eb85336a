import gc
freed = []
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)
a = Obj("a")
b = Obj("b")
c = Obj("c")
b = a
del a
print("freed:", " ".join(freed))
gc.collect()
