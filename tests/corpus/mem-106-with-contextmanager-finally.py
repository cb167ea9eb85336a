# checks: contextlib.contextmanager: setup, body, finally ordering, also when the body raises
from contextlib import contextmanager

@contextmanager
def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    finally:
        print("finally", name)

with managed("one") as v:
    print("body sees", v)
print("after first")
try:
    with managed("two"):
        print("body raising")
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print("end")
