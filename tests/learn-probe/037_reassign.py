class Box:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("bye", self.label)

b = Box("one")
b = Box("two")
print("reassigned")
b = None
print("set to None")
