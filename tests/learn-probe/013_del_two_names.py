class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freeing", self.name)

a = Res("A")
b = a
del a
print("deleted a, still alive via b")
del b
print("done")
