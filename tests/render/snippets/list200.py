class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = []
while len(points) < 200:
    points.append(Point(len(points) * 0.5, 1.5))
last = points[-1]
print(len(points))
