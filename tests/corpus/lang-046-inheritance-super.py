# checks: inheritance, method overriding, super().__init__ and super().method(), isinstance with subclasses
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Cat(Animal):
    sound = "meow"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        base = super().speak()
        return base + f" (a {self.breed})"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
pets = [Animal("thing"), Cat("Tom"), Dog("Rex", "lab"), Puppy("Bit", "pug")]
for p in pets:
    print(repr(p), "->", p.speak())
print(pets, isinstance(pets[3], Animal), issubclass(Puppy, Cat))
print([c.__name__ for c in Puppy.__mro__])
