# checks: WeakKeyDictionary drops an entry when its key object dies
import weakref

class Widget:
    def __init__(self, n):
        self.n = n

extra = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget(1), Widget(2), Widget(3)
extra[w1] = "first"
extra[w2] = "second"
extra[w3] = "third"
print("len:", len(extra))
del w2
print("len after del w2:", len(extra))
print("values:", [extra[w] for w in (w1, w3)])
print("w1 in extra:", w1 in extra)
w1 = w3 = None
print("len at end:", len(extra))
