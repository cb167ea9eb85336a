# checks: locals of a function that raises are freed when the exception is handled
class Guard:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def risky():
    g = Guard("risky-local")
    raise KeyError("missing")

try:
    risky()
except KeyError:
    print("handling KeyError")
print("after try")

def safe():
    g = Guard("safe-local")
    return 1

safe()
print("after safe()")
