class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 2)
    @property
    def diameter(self):
        return self.radius * 2

c = Circle(3)
print(c.area, c.diameter)
c.radius = 10
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area))
