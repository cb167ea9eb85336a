# checks: __del__ of locals when a function returns, and when an exception's traceback keeps the frame until cleared
import sys

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def work():
    first = Loud("first")
    second = Loud("second")
    kept = Loud("returned")
    print("  returning")
    return kept

r = work()
print("after call, holding", r.name)
r = None

def fail():
    local = Loud("in failing frame")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("caught", e)
    saved = e
print("after except, traceback still saved")
saved.__traceback__ = None
print("traceback cleared")
del saved
print("exception dropped")

def fail2():
    other = Loud("second failing frame")
    raise KeyError("k")

try:
    fail2()
except KeyError:
    print("caught without name")
print("end")
