# checks: a function's __name__/__qualname__ are its code's interned co_name/co_qualname, __module__ is the module's __name__ object; setting them
import functools

def outer():
    def inner():
        return 1
    return inner

f = outer()
g = lambda: 0
print(f.__name__, f.__qualname__, g.__name__)
print(f.__name__ is f.__code__.co_name, f.__qualname__ is f.__code__.co_qualname)
print(outer.__name__ is outer.__qualname__, f.__module__ is __name__)

def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper

@shout
def greet(name):
    return "hi " + name

print(greet("ann"), greet.__name__, greet.__wrapped__.__name__ is greet.__name__)
f.__name__ = "renamed"
print(f.__name__, f.__code__.co_name, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    del f.__qualname__
except TypeError as e:
    print(e)
f.__module__ = None
print(f.__module__)
