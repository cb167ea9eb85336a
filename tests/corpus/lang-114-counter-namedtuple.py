# checks: collections.Counter (most_common, arithmetic, missing keys, repr) and namedtuple (fields, _replace, _asdict, repr)
from collections import Counter, namedtuple
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["dog"])
letters = Counter("mississippi")
print(letters.most_common(), sorted(letters.elements())[:5])
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b)
a.update("aab")
print(a, sum(a.values()), a.total())
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p == (3, 4), len(p))
print(p._replace(x=10), p._asdict(), Point._fields)
x, y = p
print(x + y, Point._make([5, 6]), isinstance(p, tuple))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card("10", "hearts"), sorted([Card("K"), Card("A"), Card("Q", "clubs")]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
