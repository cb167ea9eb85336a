import gc

class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)

gc.collect()
p = Parent()
for _ in range(3):
    Child(p)
print(len(p.children), p.children[0].parent is p)
del p
found = gc.collect()
print("unreachable objects found:", found)
print(gc.collect())
