# checks: an instance's attributes are freed and visited in the order of its class's shared keys (3.14: sorted names set in methods first)
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Pair:
    def __init__(self, a, b):
        self.b = b
        self.a = a

class Bag:
    pass

p = Pair(V("pa"), V("pb"))
print("del p")
del p
first = Bag()
first.y = V("y1")
first.x = V("x1")
second = Bag()
second.x = V("x2")
second.y = V("y2")
print("del second")
del second
kept = [Pair(V("ka"), V("kb")), first]
del first
print("end")
