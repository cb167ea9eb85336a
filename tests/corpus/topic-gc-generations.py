import gc
import weakref
print(*gc.get_threshold())
gc.collect()
print(*gc.get_count())
class Node:
    def __init__(self):
        self.me = self
first = Node()
r = weakref.ref(first)
del first
keep = [[] for i in range(3000)]
print(r() is None)
