class Base:
    __slots__ = ("a",)

class Child(Base):
    pass

c = Child()
c.a = 1
c.b = 2
print(c.a, c.b)
print(hasattr(c, "__dict__"))
print(Base.__slots__)
