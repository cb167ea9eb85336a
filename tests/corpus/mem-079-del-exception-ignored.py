# checks: an exception raised in __del__ is reported to stderr and ignored; stdout continues
class Faulty:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("in __del__ of", self.name)
        raise RuntimeError("cleanup failed")

f = Faulty("f1")
del f
print("program continues after failing __del__")
try:
    g = Faulty("f2")
    g = None
    print("no exception reached this try block")
except RuntimeError:
    print("never printed")
print("end")
