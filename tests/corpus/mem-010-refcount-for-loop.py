# checks: the list iterator used by a for loop holds a reference to the list
import sys

items = [1, 2, 3]
print("before loop:", sys.getrefcount(items))
for x in items:
    print("in loop   :", sys.getrefcount(items), "x =", x)
print("after loop :", sys.getrefcount(items))
it = iter(items)
print("explicit iterator:", sys.getrefcount(items))
for _ in it:
    pass
print("exhausted iterator:", sys.getrefcount(items))
