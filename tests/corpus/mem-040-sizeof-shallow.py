# checks: getsizeof is shallow: containers do not include the size of their items
import sys

small = [1, 2, 3]
big_items = ["x" * 10000, "y" * 10000, "z" * 10000]
print("list of small ints :", sys.getsizeof(small))
print("list of big strings:", sys.getsizeof(big_items))

def deep_size(obj):
    size = sys.getsizeof(obj)
    if isinstance(obj, (list, tuple)):
        size += sum(deep_size(item) for item in obj)
    return size

print("deep size of big   :", deep_size(big_items))
nested = [[0] * 100 for _ in range(3)]
print("outer only         :", sys.getsizeof(nested))
print("with inner lists   :", deep_size(nested))
