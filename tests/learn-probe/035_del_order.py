class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("deleting", self.name)

x = Obj("first")
y = Obj("second")
z = Obj("third")
print("end of script")
