# checks: simple decorators without arguments, stacking order, decorator that counts calls
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def trace(func):
    def wrapper(*args):
        print(f"-> {func.__name__}{args}")
        value = func(*args)
        print(f"<- {func.__name__} = {value!r}")
        return value
    return wrapper
@shout
def greet(name):
    return "hello " + name
@trace
@shout
def farewell(name):
    return "bye " + name
print(greet("ana"), farewell("bo"))
def counted(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper
@counted
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, greet.__name__, farewell.__name__)
