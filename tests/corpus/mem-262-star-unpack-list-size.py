# checks: the starred name of an unpacking gets PySequence_List(iterator): presized from the iterator's length hint (rounded up to even; 8 for a generator), and the names after the star are cut off without shrinking it
import sys
scores = [90, 85, 70, 60, 55]
best, *others = scores
print(best, others, sys.getsizeof(others))
*early, last = scores
print(early, last, sys.getsizeof(early))
first, *middle, final = range(10)
print(len(middle), sys.getsizeof(middle))
head, *tail = "ab"
print(tail, sys.getsizeof(tail))
*nothing, only = [1]
print(nothing, sys.getsizeof(nothing))
def numbers(n):
    for i in range(n):
        yield i
a, *b = numbers(3)
print(b, sys.getsizeof(b))
a, *b = numbers(12)
print(len(b), sys.getsizeof(b))
