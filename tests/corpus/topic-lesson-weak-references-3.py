import weakref
class Node:
    def __init__(self, parent=None):
        self.parent = weakref.ref(parent) if parent else None
        self.children = []
root = Node()
root.children.append(Node(root))
child = weakref.ref(root.children[0])
del root
print(child() is None)
