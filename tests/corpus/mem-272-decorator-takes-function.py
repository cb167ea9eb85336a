# checks: a decorator that is a Python function receives the new function as a moved stack reference (the CALL's), so inside it the function is held once less than through a builtin decorator or a class
import sys
registry = []
def register(fn):
    print("register sees", sys.getrefcount(fn))
    registry.append(fn)
    return fn
class Route:
    def __init__(self, fn):
        print("Route sees", sys.getrefcount(fn))
        self.fn = fn
@register
def home():
    return "home"
@Route
def about():
    return "about"
print(sys.getrefcount(registry[0]), home())
