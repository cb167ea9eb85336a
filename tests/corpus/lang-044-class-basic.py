# checks: class with __init__ and methods, instance state, method calls via instance and class, vars()
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
    def learn(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.age}) knows {len(self.tricks)} tricks: {', '.join(self.tricks)}"
    def birthday(self):
        self.age += 1
rex = Dog("Rex", 3)
rex.learn("sit").learn("roll")
rex.birthday()
print(rex.describe())
fido = Dog("Fido", 1)
Dog.learn(fido, "beg")
print(fido.describe())
print(vars(rex))
print(type(rex).__name__, isinstance(fido, Dog), rex.tricks is fido.tricks)
print(Dog.__name__, Dog.describe.__name__, Dog.__init__.__code__.co_argcount)
