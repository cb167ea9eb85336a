# checks: a class's __dict__ is a read-only mappingproxy of its namespace; an instance's __dict__ is a plain dict
import sys

class Dog:
    """A dog."""
    species = "canis"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says woof"

rex = Dog("Rex")
print(type(Dog.__dict__).__name__, type(rex.__dict__).__name__)
print([k for k in Dog.__dict__ if not k.startswith("__")])
print(Dog.__dict__["species"], "species" in rex.__dict__, rex.species)
print(Dog.__dict__["__doc__"], Dog.__dict__["__module__"])
print(Dog.__dict__["__dict__"])
print("getsizeof proxy:", sys.getsizeof(Dog.__dict__))
try:
    Dog.__dict__["species"] = "felis"
except TypeError as e:
    print("TypeError:", e)
rex.species = "wolf"
print(rex.__dict__, Dog.species)
