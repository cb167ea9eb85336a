import sys

class Empty:
    pass

class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

e = Empty()
w = WithAttrs()
print("empty instance:", sys.getsizeof(e))
print("with attrs:", sys.getsizeof(w))
print("w.__dict__:", sys.getsizeof(w.__dict__))
print("e.__dict__:", sys.getsizeof(e.__dict__))
