# checks: operator.itemgetter/attrgetter objects: their size, the references they hold (one item itself, several in a tuple), gc tracking and a cycle through one (Modules/_operator.c)
import sys, gc
from operator import itemgetter, attrgetter
key = [1, 2]
before = sys.getrefcount(key)
one = itemgetter(key)
two = itemgetter(key, "name")
print(sys.getrefcount(key) - before, sys.getrefcount(one))
print(sys.getsizeof(one), sys.getsizeof(two), sys.getsizeof(attrgetter("a", "b.c")))
print(gc.is_tracked(one), gc.is_tracked(attrgetter("x")), one, two, attrgetter("x.y", "z"))
rows = [{"name": "b", "age": 3}, {"name": "a", "age": 1}]
print(sorted(rows, key=itemgetter("age")), list(map(itemgetter("name", "age"), rows)))
box = []
box.append(itemgetter(box))
del one, two, box
print(gc.collect())
