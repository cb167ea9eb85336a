# checks: __eq__ and __hash__ for value objects in sets/dicts, __eq__ without __hash__ makes unhashable
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p1, p2, p3 = Point(1, 2), Point(1, 2), Point(3, 4)
print(p1 == p2, p1 is p2, p1 != p3, p1 == (1, 2))
seen = {p1, p2, p3}
print(len(seen), Point(3, 4) in seen)
labels = {p1: "start"}
print(labels[p2])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 5, NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), len({a, a}))
