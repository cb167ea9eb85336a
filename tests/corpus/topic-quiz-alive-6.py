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
a.me = a
del a
b = c
print("freed:", " ".join(freed))
gc.collect()
