import weakref

class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.children = []
        self._parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def __del__(self):
        print("deleting", self.value)

root = Node("root")
kid = Node("kid", root)
print(kid.parent.value, [c.value for c in root.children])
del root
print(kid.parent)
print("end")
