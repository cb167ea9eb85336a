# checks: getsizeof of OrderedDict (dict + fast-node array + one node per item), defaultdict, and their subclasses
import sys
from collections import OrderedDict, defaultdict
od = OrderedDict()
print(sys.getsizeof(od))
for i in range(12):
    od[i] = i
    print(i, sys.getsizeof(od))
del od[3]; del od[4]
print(sys.getsizeof(od))
od.popitem(); od.popitem(last=False)
print(sys.getsizeof(od))
od.clear()
print(sys.getsizeof(od))
od["a"] = 1
print(sys.getsizeof(od))
s = OrderedDict([("x", 1), ("y", 2)])
print(sys.getsizeof(s), sys.getsizeof(OrderedDict(dict.fromkeys("abcdef"))))
e = OrderedDict(a=1)
del e["a"]
print(sys.getsizeof(e))
dd = defaultdict(list)
for w in "the cat the dog".split():
    dd[w].append(1)
print(sys.getsizeof(dd), sys.getsizeof(dict(dd)))
class Sub(OrderedDict):
    pass
print(sys.getsizeof(Sub()))
from collections import defaultdict, Counter, deque, OrderedDict
class DD(defaultdict):
    pass
print(sys.getsizeof(DD(int)))
print(sys.getsizeof(Counter()), sys.getsizeof(Counter("hello")))
