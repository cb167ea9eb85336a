# checks: contextlib.contextmanager generator-based context managers, try/finally cleanup, yielded value, exceptions inside
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")
with tag("html"):
    with tag("body") as t:
        print("  content inside", t)
@contextmanager
def safe_section(label):
    print("enter", label)
    try:
        yield
    except ValueError as e:
        print("handled in cm:", e)
    finally:
        print("leave", label)
with safe_section("one"):
    raise ValueError("oops")
print("after one")
try:
    with safe_section("two"):
        raise KeyError("k")
except KeyError as e:
    print("propagated:", repr(e))
with tag("a") as a, tag("b") as b:
    print(repr(a), repr(b))
