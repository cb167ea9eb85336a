class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

for a in [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]:
    print(a.describe())
print(isinstance(Puppy("x", "y"), Animal), issubclass(Dog, Puppy))
print(Puppy.__mro__)
print(vars(Dog("Rex", "lab")))
