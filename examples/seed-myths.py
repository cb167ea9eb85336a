# The seed post's claims, measured.
import sys

x = 10
y = 10
print("small ints are shared:", x is y)
x = 20
print("the 10 is still alive:", y, "an int takes", sys.getsizeof(y), "bytes, not 4")

numbers = list(range(100))
print("list of 100:", sys.getsizeof(numbers), "set of 100:", sys.getsizeof(set(numbers)))
