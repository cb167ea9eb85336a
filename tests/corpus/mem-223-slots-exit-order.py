# checks: __slots__ values are visited in sorted slot-name order, so at exit they are finalized in that order, not the order they were set
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)

class Point:
    __slots__ = ("y", "x", "label")

    def __init__(self, x, y, label):
        self.y = y
        self.x = x
        self.label = label

points = [Point(Res("x1"), Res("y1"), Res("label1"))]
p = Point(Res("x2"), Res("y2"), Res("label2"))
del p
print("end of program")
