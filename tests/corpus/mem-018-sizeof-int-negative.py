# checks: negative ints take the same space as their absolute value
import sys

for v in [1, -1, 1000, -1000, 2**40, -(2**40), 2**100, -(2**100)]:
    print(f"{v:>32d}: {sys.getsizeof(v)}")
print("zero:", sys.getsizeof(0), "minus zero:", sys.getsizeof(-0))
print("int('-7') size:", sys.getsizeof(int("-7")))
