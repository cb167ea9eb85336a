# checks: a cycle with __del__ never collected while the script runs (gc disabled) is still finalized at shutdown
import gc

gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a, b = Node("cyc-a"), Node("cyc-b")
a.peer, b.peer = b, a
del a, b
live = Node("global")
print("end of script")
