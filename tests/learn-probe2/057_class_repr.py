class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, 2)
print(p)
print([p, Point("a", 3.5)])
print(str(p), repr(p))
print(f"{p}")

class Plain:
    pass

print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
