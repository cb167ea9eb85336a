# checks: del removes a name, not the object: an alias keeps it alive
import sys

class Box:
    def __del__(self):
        print("Box freed")

original = Box()
alias = original
container = [original]
del original
print("after del original:", sys.getrefcount(alias))
try:
    original
except NameError as e:
    print("NameError:", e)
del alias
print("after del alias, container holds it:", type(container[0]).__name__)
del container[0]
print("end")
