# checks: __exit__ returning True suppresses the exception; only listed types suppressed; code after raise skipped
class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print("  exit: clean")
            return False
        if issubclass(exc_type, self.types):
            print(f"  exit: suppressing {exc_type.__name__}: {exc_value}")
            self.caught = exc_value
            return True
        print(f"  exit: letting {exc_type.__name__} through")
        return False
with Ignore(ZeroDivisionError) as ig:
    print("computing")
    x = 1 / 0
    print("never printed")
print("continued after with; caught =", repr(ig.caught))
with Ignore(KeyError, IndexError):
    [][1]
with Ignore(KeyError):
    print("nothing wrong")
try:
    with Ignore(KeyError):
        int("bad")
except ValueError as e:
    print("outside got ValueError:", e)
