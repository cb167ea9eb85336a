def point(x, y, z=0):
    return f"({x}, {y}, {z})"

coords = [1, 2]
print(point(*coords))
print(point(*coords, 5))
opts = {"y": 7, "z": 8}
print(point(1, **opts))
print(point(**{"x": 0, "y": 0}))
try:
    point(1, 2, x=3)
except TypeError as e:
    print(e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
