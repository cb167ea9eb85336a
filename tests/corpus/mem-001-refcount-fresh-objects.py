# checks: sys.getrefcount of freshly created list/dict/object (name + call argument)
import sys

class Thing:
    pass

nums = [1, 2, 3]
table = {"a": 1}
t = Thing()

# getrefcount always reports one extra reference: its own argument.
print("list  :", sys.getrefcount(nums))
print("dict  :", sys.getrefcount(table))
print("object:", sys.getrefcount(t))
# A temporary that no name refers to
print("temp  :", sys.getrefcount([4, 5, 6]))
print("temp  :", sys.getrefcount(Thing()))
