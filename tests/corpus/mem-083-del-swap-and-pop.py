# checks: list.pop(), slice deletion and dict.pop free objects at precise moments
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

items = [V(i) for i in range(5)]
print("pop() returns the last; result discarded")
items.pop()
print("del items[0:2]")
del items[0:2]
print("remaining:", [v.n for v in items])
d = {"a": V("a"), "b": V("b")}
print("d.pop('a')")
d.pop("a")
print("popitem")
d.popitem()
print("end")
