# checks: a failed attribute lookup's AttributeError holds the object (its obj member): a kept exception keeps the object alive, and an uncaught one keeps it until the interpreter exits (sys.last_exc)
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

r = Resource("r")
print(sys.getrefcount(r))
try:
    r.colour
except AttributeError as e:
    print(sys.getrefcount(r), e.obj is r)
print(sys.getrefcount(r))
errors = []
for attempt in range(3):
    try:
        r.size
    except AttributeError as e:
        errors.append(e)
print(sys.getrefcount(r))
del r
print("after del r")
errors.clear()
print("after clear")
print(hasattr(Resource("h"), "nope"))
import atexit
atexit.register(print, "atexit callback")
Resource("temporary").missing
