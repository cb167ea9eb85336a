import sys
outer = [[1, 2, 3], [4, 5, 6]]
print("outer only:", sys.getsizeof(outer))
total = sys.getsizeof(outer) + sum(sys.getsizeof(x) for x in outer)
print("outer + inner:", total)
