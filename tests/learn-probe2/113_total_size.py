import sys

def total_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set)):
        size += sum(total_size(x, seen) for x in obj)
    return size

data = {"name": "Ann", "scores": [90, 85, 77], "tags": ("a", "b")}
print(sys.getsizeof(data))
print(total_size(data))
print(total_size([1, 1, 1]), total_size([1, 2, 3]))
