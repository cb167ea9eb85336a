# checks: refcount of an exception object inside `except ... as e` and after it
import sys

saved = None
try:
    raise ValueError("bad value")
except ValueError as e:
    print("inside except:", sys.getrefcount(e))
    saved = e
    print("after saving :", sys.getrefcount(e))
print("after except :", sys.getrefcount(saved))
print("name e bound? ", "e" in globals())
print("message      :", saved)
