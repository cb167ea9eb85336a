# checks: del removes one reference; the object survives while another name holds it
import sys

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freeing", self.name)

a = Node("n1")
b = a
print("a and b     :", sys.getrefcount(a))
del a
print("after del a :", sys.getrefcount(b))
print("still here  :", b.name)
del b
print("after del b (object already freed above)")
