# checks: calling a class packs its arguments into a tuple (keywords into a dict) that is held while __new__ and __init__ run (_PyObject_MakeTpCall); keywords also go through a temporary argument array; f(*args) to a class passes its own tuple
import sys
payload = ["data"]
class Node:
    def __init__(self, value, label=None):
        print("in __init__:", sys.getrefcount(payload))
        self.value = value
class Tracked:
    def __new__(cls, value):
        print("in __new__:", sys.getrefcount(payload))
        return super().__new__(cls)
    def __init__(self, value):
        print("in Tracked.__init__:", sys.getrefcount(payload))
print("before:", sys.getrefcount(payload))
a = Node(payload)
b = Node(payload, label=payload)
c = Node(*[payload])
d = Node(**{"value": payload})
t = Tracked(payload)
print("after:", sys.getrefcount(payload))
