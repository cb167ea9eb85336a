# While a list, tuple, dict or set is repr'd, Py_ReprEnter keeps it in the thread state's list of containers
# being repr'd (Objects/object.c: Py_ReprEnter — PyList_Append): one more reference while the items' __repr__ run.
import sys

class Probe:
    def __repr__(self):
        print("inside:", sys.getrefcount(box), sys.getrefcount(pair), sys.getrefcount(table), sys.getrefcount(bag))
        return "P"

p = Probe()
box = [p]
pair = (p, 1)
table = {"k": p}
bag = {p}
print(repr(box))
print(pair)
print(table)
print(bag)
print(sys.getrefcount(box), sys.getrefcount(pair), sys.getrefcount(table), sys.getrefcount(bag))
nest = [box, [box]]
print(nest)
