import gc
gc.collect()
class Node:
    def __init__(self):
        self.me = self
for i in range(3):
    Node()
print(gc.collect())
n = Node()
n.__dict__
del n
print(gc.collect())
print(gc.collect())
