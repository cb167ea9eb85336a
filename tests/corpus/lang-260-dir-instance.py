# checks: dir(obj) lists the instance's __dict__ keys with every name its class and object define, sorted (3.14 adds __firstlineno__ and __static_attributes__)
class Dog:
    species = "canis"

    def __init__(self, name):
        self.name = name

    def bark(self):
        return self.name + " says woof"

rex = Dog("Rex")
print(dir(rex))
print(len(dir(rex)), len(dir(Dog)))
print('name' in dir(rex), 'name' in dir(Dog))
print(set(dir(rex)) - set(dir(Dog)))
print(rex.__dict__)
rex.age = 3
public = [n for n in dir(rex) if not n.startswith('_')]
print(public)
