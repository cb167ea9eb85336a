import weakref

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None

root = Node("root")
kid = Node("kid", root)
print(kid.parent.name)
print([c.name for c in root.children])
del root
print(kid.parent)
