# checks: functools.wraps copies __name__/__doc__/__wrapped__; without wraps the metadata is lost
import functools
def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
def careful(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper
@plain
def area(w, h):
    """Return the area of a rectangle."""
    return w * h
@careful
def perimeter(w, h):
    """Return the perimeter of a rectangle."""
    return 2 * (w + h)
print(area(3, 4), area.__name__, area.__doc__)
print(perimeter(3, 4), perimeter.__name__, perimeter.__doc__)
print(perimeter.__wrapped__(1, 1), hasattr(area, "__wrapped__"))
print(perimeter.__qualname__, area.__qualname__)
