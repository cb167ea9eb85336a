# checks: a namedtuple class holds its field-name tuple three times: _fields, __match_args__ and the cell of its _replace closure (Lib/collections/__init__.py)
import sys
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
print(Point._fields, Point._fields is Point.__match_args__)
print("refcount:", sys.getrefcount(Point._fields))
p = Point(1, 2)
print(p._replace(y=5))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), sys.getrefcount(Card._fields))
