class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def __str__(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

for s in [Rect(2, 3), Square(2)]:
    print(s)
try:
    print(Shape("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__mro__[1].__name__, Square.sides, isinstance(Square(1), Rect))
