class Dog:
    species = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("Rex")
b = Dog("Fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print("species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)
