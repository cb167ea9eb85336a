import sys

class Dog:
    def __init__(self, name):
        self.name = name

rex = Dog("rex")
print("rex:", sys.getrefcount(rex))
owner = {"pet": rex}
print("rex with owner:", sys.getrefcount(rex))
pets = [rex, rex]
print("rex in list twice:", sys.getrefcount(rex))
