# checks: a class with __slots__ lists its slot names but no __dict__ or __weakref__ in dir()
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Plain:
    def __init__(self):
        self.x = 1

p = Point(1, 2)
print([n for n in dir(p) if not n.startswith('__')])
print('__dict__' in dir(p), '__dict__' in dir(Plain()))
print(len(dir(p)), len(dir(Plain())))
for name in dir(p):
    if not name.startswith('_'):
        print(name, getattr(p, name))
