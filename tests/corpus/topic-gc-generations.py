import gc
print(*gc.get_threshold())
gc.collect()
print(*gc.get_count())
import weakref
class Node:
    def __init__(self):
        self.me = self
refs = [weakref.ref(Node()) for i in range(2500)]
print(sum(r() is None for r in refs) > 0)
