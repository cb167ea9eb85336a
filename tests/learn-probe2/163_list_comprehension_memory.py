import sys
squares = [x ** 2 for x in range(10)]
same = list(x ** 2 for x in range(10))
third = []
for x in range(10):
    third.append(x ** 2)
print(squares == same == third)
print(sys.getsizeof(squares), sys.getsizeof(same), sys.getsizeof(third))
print(sys.getsizeof([x for x in range(100)]), sys.getsizeof(list(range(100))), sys.getsizeof([None] * 100))
words = "the quick brown fox".split()
print(sys.getsizeof(words), sys.getsizeof([w.upper() for w in words]))
