# checks: multiple inheritance, MRO (C3 linearization), cooperative super() chain through mixins
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello(), Left().hello(), [k.__name__ for k in Child.__mro__])
class JsonMixin:
    def to_text(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items()) + "}"
class LogMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")
class User(JsonMixin, LogMixin):
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin
u = User("root", True)
u.log("created")
print(u.to_text(), isinstance(u, LogMixin), User.__bases__[1].__name__)
try:
    class Broken(Base, Left): pass
except TypeError as e:
    print("TypeError:", e)
