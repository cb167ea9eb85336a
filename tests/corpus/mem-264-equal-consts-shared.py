# checks: functions whose constants are equal share one co_consts tuple (merge_const_one), so the constant is held once for all of them; a docstring makes the tuples differ
import sys
def greet():
    return "hello world"
def greet_again():
    return "hello world"
quick = lambda: "hello world"
def documented():
    "Says hello."
    return "hello world"
msg = greet()
print(sys.getrefcount(msg))
def price():
    return 19.99
def discounted(x):
    if x:
        return 19.99
    return 0
p = price()
print(sys.getrefcount(p))
