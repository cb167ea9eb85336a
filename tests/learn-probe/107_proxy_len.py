import weakref

class Bag:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)

bag = Bag()
p = weakref.proxy(bag)
print(len(p))
print(type(p).__name__)
print(p.items)
