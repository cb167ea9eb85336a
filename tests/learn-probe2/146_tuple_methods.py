t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), len(t), t[::-1], t + (4,), t * 2)
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__)
a, b, c = "xyz"
print(a, b, c)
nested = ((1, 2), (3, 4))
print(sum(x for pair in nested for x in pair))
print(tuple([1, 2]), tuple("ab"), tuple({"k": 1}), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), max([(1, "b"), (1, "a")]))
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)))
