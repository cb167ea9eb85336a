# checks: instance __dict__ sizes for several instances of one class, after adding and deleting attributes
import sys

class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

users = [User("u" + str(i), i) for i in range(3)]
print("instance size:", sys.getsizeof(users[0]))
print("dict sizes   :", [sys.getsizeof(u.__dict__) for u in users])
users[1].email = "x@y"
print("one extra attr:", [sys.getsizeof(u.__dict__) for u in users])
del users[2].age
print("after del attr:", sys.getsizeof(users[2].__dict__))
plain = {"name": "u0", "age": 0}
print("ordinary dict with same keys:", sys.getsizeof(plain))
print("vars() is __dict__:", vars(users[0]) is users[0].__dict__)
