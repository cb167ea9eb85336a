class Base:
    def __init__(self, **kwargs):
        print("Base", kwargs)

class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    pass

p = Person(name="Ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
print(Person.__bases__, Person.__name__)
