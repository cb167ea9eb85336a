# checks: a default argument value is held by the function's __defaults__ tuple
import sys

shared = []
print("before def:", sys.getrefcount(shared))

def append_to(item, target=shared):
    target.append(item)
    return target

print("after def :", sys.getrefcount(shared))
append_to(1)
append_to(2)
print("shared    :", shared)
print("default is shared:", append_to.__defaults__[0] is shared)
del append_to
print("after del function:", sys.getrefcount(shared))
