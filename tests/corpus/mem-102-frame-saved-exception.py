# checks: saving the exception object keeps the traceback and the frame's locals alive
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def fail():
    big = Loud("big local")
    raise RuntimeError("oops")

saved = None
try:
    fail()
except RuntimeError as e:
    saved = e
print("after except, local still alive via saved exception")
saved.__traceback__ = None
print("traceback cleared")
saved = None
print("end")
