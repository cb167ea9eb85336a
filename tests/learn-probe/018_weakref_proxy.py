import weakref

class Person:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hi, I'm " + self.name

p = Person("Ann")
px = weakref.proxy(p)
print(px.name)
print(px.hello())
del p
try:
    print(px.name)
except ReferenceError as e:
    print("ReferenceError:", e)
