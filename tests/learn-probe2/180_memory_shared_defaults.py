def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

first = add_item(1)
second = add_item(2)
print(first, second, first is second)
print(add_item.__defaults__)
def add_item_safe(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(add_item_safe(1), add_item_safe(2))
import sys
print(sys.getrefcount(add_item.__defaults__[0]))
