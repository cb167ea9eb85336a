# checks: id() of an object CPython allocates statically (small ints, None, True) is an address inside the executable: one 30-bit digit in the oracle's 3.14, two in 3.11 (libpython mapped high); a heap object's id needs two
import sys
x = 10
first = id(x)
print(sys.getsizeof(first), sys.getsizeof(id(None)), sys.getsizeof(id(True)), sys.getsizeof(id("")))
print(sys.getsizeof(id([])), sys.getsizeof(id(3.5)))
print(id(x) == first, id(int("10")) == first)
