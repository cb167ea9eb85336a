import weakref

class Parent:
    def __init__(self):
        self.child = Child(self)
    def __del__(self):
        print("parent del")

class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
    def __del__(self):
        print("child del")

p = Parent()
print(p.child.parent() is p)
del p
print("after del p")
