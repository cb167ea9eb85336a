class Tracker:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

def scope():
    a = Tracker("local")
    print("leaving scope")

scope()
x = Tracker("x")
y = x
del x
print("x deleted, y still alive")
y = Tracker("replacement")
lst = [Tracker("in list")]
lst.clear()
print("end of program")
