# checks: sys.getrefcount through attribute chains and nested function frames
import sys

class Node:
    def __init__(self, child=None):
        self.child = child

leaf = Node()
mid = Node(leaf)
root = Node(mid)
print("leaf      :", sys.getrefcount(leaf))
print("via chain :", sys.getrefcount(root.child.child))
alias = root.child.child
print("aliased   :", sys.getrefcount(leaf))

def outer(obj):
    print("  outer   :", sys.getrefcount(obj))
    def inner(o):
        print("  inner   :", sys.getrefcount(o))
    inner(obj)
    return obj

outer(leaf)
print("back      :", sys.getrefcount(leaf))
mid.child = None
print("unlinked  :", sys.getrefcount(leaf))
del alias
print("alias gone:", sys.getrefcount(leaf))
