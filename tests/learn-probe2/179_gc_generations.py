import gc
print(gc.isenabled(), len(gc.get_threshold()))
class Node:
    def __init__(self):
        self.ref = self
n = Node()
print(gc.is_tracked(n), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked("s"))
del n
print(gc.collect() >= 1)
gc.disable()
print(gc.isenabled())
gc.enable()
