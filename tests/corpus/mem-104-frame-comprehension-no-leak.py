# checks: comprehension variables do not leak into the enclosing scope
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

names = [obj.name for obj in [Loud("a"), Loud("b")]]
print("names:", names)
print("'obj' leaked:", "obj" in globals())
x = "outer x"
squares = [x * x for x in range(4)]
print("x after comprehension:", x)
total = sum(y for y in range(5))
print("'y' leaked:", "y" in globals(), total)
