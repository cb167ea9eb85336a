# checks: __iter__ (as generator) and __contains__, membership fallback, iterating twice
class Bag:
    def __init__(self):
        self.items = {}
    def add(self, item, n=1):
        self.items[item] = self.items.get(item, 0) + n
    def __iter__(self):
        for item, n in self.items.items():
            for _ in range(n):
                yield item
    def __contains__(self, item):
        print(f"  (checking {item!r})")
        return self.items.get(item, 0) > 0
    def __len__(self):
        return sum(self.items.values())
bag = Bag()
bag.add("apple", 2)
bag.add("pear")
bag.add("apple")
print(list(bag), len(bag))
print("pear" in bag, "plum" in bag, "plum" not in bag)
print(list(bag) == list(bag), sorted(bag, reverse=True))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(4)), 2 in Countdown(4), 9 in Countdown(4))
a, b, *c = Countdown(5)
print(a, b, c)
