# checks: a class written in Python gets a __weakref__ slot (listed in its __dict__); reading obj.__weakref__ is refused, not reported as a missing attribute
import weakref

class Node:
    pass

x = Node()
print(list(Node.__dict__))
r = weakref.ref(x)
print(r() is x)
print(x.__weakref__ is r)
