import sys
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

P = namedtuple("P", "x y")
print(sys.getsizeof(P(1, 2)), sys.getsizeof((1, 2)))
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))
print(sys.getsizeof(defaultdict(int)), sys.getsizeof({}))
print(sys.getsizeof(Counter()), sys.getsizeof(OrderedDict()))
print(sys.getsizeof(Counter("hello")))
print(sys.getsizeof(range(5)), sys.getsizeof(iter([1])), sys.getsizeof(enumerate([])))
print(sys.getsizeof(lambda: 0), sys.getsizeof(print))
print(sys.getsizeof(sys.getsizeof))
print(sys.getsizeof(object()), sys.getsizeof(type))
