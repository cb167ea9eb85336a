from operator import itemgetter, attrgetter

rows = [{"name": "x", "v": 3}, {"name": "y", "v": 1}, {"name": "z", "v": 2}]
print([r["name"] for r in sorted(rows, key=itemgetter("v"))])
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=itemgetter(1)))

class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return f"P({self.name}, {self.age})"

print(sorted([P("a", 3), P("b", 1)], key=attrgetter("age")))
