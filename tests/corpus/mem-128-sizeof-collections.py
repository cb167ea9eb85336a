# checks: getsizeof of deque (block allocation), namedtuple, OrderedDict and defaultdict
import sys
from collections import deque, namedtuple, OrderedDict, defaultdict

dq = deque()
sizes = [sys.getsizeof(dq)]
for i in range(130):
    dq.append(i)
    if i in (0, 62, 63, 64, 128, 129):
        sizes.append((i + 1, sys.getsizeof(dq)))
print("deque:", sizes)
Point = namedtuple("Point", "x y")
print("namedtuple:", sys.getsizeof(Point(1, 2)), "tuple:", sys.getsizeof((1, 2)))
print("OrderedDict():", sys.getsizeof(OrderedDict()), "dict():", sys.getsizeof(dict()))
od = OrderedDict.fromkeys(range(10))
print("OrderedDict 10:", sys.getsizeof(od), "dict 10:", sys.getsizeof(dict.fromkeys(range(10))))
print("defaultdict():", sys.getsizeof(defaultdict(list)))
