# checks: a frame object a traceback keeps after its function returned holds the function too (f_funcobj), until the traceback goes
import sys
def fail():
    raise ValueError("boom")
def outer():
    fail()
print("before:", sys.getrefcount(fail), sys.getrefcount(outer))
try:
    outer()
except ValueError as e:
    saved = e
print("traceback kept:", sys.getrefcount(fail), sys.getrefcount(outer))
saved.__traceback__ = None
print("traceback dropped:", sys.getrefcount(fail), sys.getrefcount(outer))
