from dataclasses import dataclass, field, asdict, astuple

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)

    def total(self):
        return self.price * self.qty

i = Item("pen", 1.5, ["office"], qty=4)
print(i, i.total())
print(asdict(i))
print(astuple(i))
print(Item.__dataclass_fields__.keys())
@dataclass
class Point3:
    x: int = 0
    y: int = 0
    def __post_init__(self):
        print("post init", self.x, self.y)
print(Point3(1))
