import sys
squares = [n * n for n in range(20)]
print(sys.getsizeof(squares))
