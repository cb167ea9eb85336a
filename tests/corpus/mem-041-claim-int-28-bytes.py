# checks: seed post claim "an int is 4 bytes" measured: a Python int object is much bigger
import sys

x = int("42")
print("sys.getsizeof(42-ish int):", sys.getsizeof(x))
print("bytes needed for the value:", (x.bit_length() + 7) // 8)
million = list(range(1_000_000, 1_000_010))
per_item = sys.getsizeof(million[0]) + 8
print("per int stored in a list (object + pointer):", per_item)
print("10 ints in a list, total:", sys.getsizeof(million) + sum(sys.getsizeof(i) for i in million))
print("as bytes (4 each):", 4 * len(million))
print("int('10**20') size:", sys.getsizeof(int("1" + "0" * 20)))
