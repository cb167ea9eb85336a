class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = []
for i in range(200):
    points.append(Point(i, -i))
last = points[-1]
print(len(points))
