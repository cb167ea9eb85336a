# checks: field(default_factory=list/dict), field(repr=False, compare=False, init=False), __post_init__, nested dataclass repr
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 1
@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    note: str = field(default="", compare=False)
    def __post_init__(self):
        self.owner = self.owner.title()
    def add(self, name, qty=1):
        self.items.append(Item(name, qty))
        self.total += qty
c1, c2 = Cart("ada lovelace"), Cart("alan")
c1.add("pen", 3); c1.add("ink")
print(c1)
print(c2, c1.items is c2.items)
c1.meta["coupon"] = "X1"
print(c1.meta, c2.meta, Cart("x", note="a") == Cart("X", note="b"))
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
