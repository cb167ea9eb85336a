import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper()
    return wrapper

@shout
def greet(name):
    """Say hi."""
    return f"hi {name}"

print(greet("ann"))
print(greet.__name__, greet.__doc__)
print(greet.__wrapped__("bob"))
