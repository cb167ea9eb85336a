# checks: constants live in the function's code object (__code__.co_consts)
import sys

def price():
    return 123456789

a = price()
b = price()
print("same object each call:", a is b)
print("in co_consts:", 123456789 in price.__code__.co_consts)
print("refcount:", sys.getrefcount(a))

def computed():
    return 123456788 + int("1")

c = computed()
d = computed()
print("computed same object:", c is d, c == d)
print("computed refcount:", sys.getrefcount(c))
